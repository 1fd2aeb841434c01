/** Registers <sanctuary-pledge-form>. Import this module (or `sanctuary-widgets/pledge-form`) once. */
import { defineElement } from './core/define.js';
import { SanctuaryPledgeForm } from './pledge/sanctuary-pledge-form.js';

defineElement('sanctuary-pledge-form', SanctuaryPledgeForm);

export { SanctuaryPledgeForm };
