/** Registers <sanctuary-safe-surgery-map>. Import this module (or `sanctuary-widgets/safe-surgery-map`) once. */
import { defineElement } from './core/define.js';
import { SanctuarySafeSurgeryMap } from './map/sanctuary-safe-surgery-map.js';

defineElement('sanctuary-safe-surgery-map', SanctuarySafeSurgeryMap);

export { SanctuarySafeSurgeryMap };
