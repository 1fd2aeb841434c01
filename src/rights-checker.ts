/** Registers <sanctuary-rights-checker>. Import this module (or `sanctuary-widgets/rights-checker`) once. */
import { defineElement } from './core/define.js';
import { SanctuaryRightsChecker } from './rights/sanctuary-rights-checker.js';

defineElement('sanctuary-rights-checker', SanctuaryRightsChecker);

export { SanctuaryRightsChecker };
