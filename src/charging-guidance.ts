/** Registers <sanctuary-charging-guidance>. Import this module (or `sanctuary-widgets/charging-guidance`) once. */
import { defineElement } from './core/define.js';
import { SanctuaryChargingGuidance } from './rights/sanctuary-charging-guidance.js';

defineElement('sanctuary-charging-guidance', SanctuaryChargingGuidance);

export { SanctuaryChargingGuidance };
