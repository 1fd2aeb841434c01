import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/rights-checker.js';
import type { SanctuaryRightsChecker } from '../../src/rights/sanctuary-rights-checker.js';
import { shadow, textOf } from '../helpers.js';
import { addRulesetLanguage, loadShippedRuleset, rulesetLanguageFor } from '../../src/rights/shipped-rulesets.js';
import type { Ruleset } from '../../src/rights/ruleset.js';

async function checker(template: ReturnType<typeof html>): Promise<SanctuaryRightsChecker> {
  const el = await fixture<SanctuaryRightsChecker>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('form, [role="alert"], .result'), 'the checker is ready', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const heading = (el: Element) => {
  const node = shadow(el).querySelector('[data-step-heading]');
  return node ? textOf(node) : '';
};

/** Choose an option of the current question by its id and press Continue, as a mouse user would. */
async function choose(el: SanctuaryRightsChecker, optionId: string): Promise<void> {
  const radio = shadow(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${optionId}"]`);
  if (!radio) throw new Error(`no option ${optionId} on "${heading(el)}"`);
  radio.click();
  shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
  await el.updateComplete;
}

/** From "check your answers" to the result (by position, so it works in any language). */
async function seeResult(el: SanctuaryRightsChecker): Promise<void> {
  expect(shadow(el).querySelector('.summary-list'), 'on the check-your-answers page').to.exist;
  shadow(el).querySelector<HTMLButtonElement>('.actions .button:not(.secondary)')!.click();
  await el.updateComplete;
}

// Its own file, so that no other test has loaded a ruleset chunk before (modules are cached per page).
describe('shipped rulesets, one language at a time', () => {
  it('downloads the rules in English and the visitor\'s language only, and adds a new language without losing the answers', async () => {
    const rulesetRequests = () => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/generated/rulesets/gb-eng/'));
        const el = await checker(html`<sanctuary-rights-checker lang="vi" jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    expect(heading(el)).to.not.equal('What care do you need?');
    expect(rulesetRequests().map((name) => name.replace(/^.*\/gb-eng\//, '').replace(/\?.*$/, '')).sort()).to.deep.equal(['base.ts', 'index.ts', 'vi.ts']);
    await choose(el, 'gp');
    const pageInVietnamese = textOf(shadow(el).querySelector('.summary-list')!);
    el.lang = 'ar';
    await waitUntil(() => textOf(shadow(el).querySelector('.summary-list')!) !== pageInVietnamese && /[\u0600-\u06ff]/.test(textOf(shadow(el).querySelector('.summary-list')!)), 'the answers are shown in Arabic');
    expect(rulesetRequests().some((name) => name.includes('/gb-eng/ar.ts'))).to.equal(true);
    expect(rulesetRequests().some((name) => name.includes('/gb-eng/uk.ts'))).to.equal(false);
    await seeResult(el); // the answer is still there: straight on to the result
    expect(textOf(shadow(el).querySelector('.outcome')!)).to.match(/[\u0600-\u06ff]/);
  });

});

describe('shipped ruleset language chunks', () => {
  it('picks the visitor\'s language, then its primary language, and nothing for English', () => {
    const available = ['vi', 'ar', 'fa', 'fa-AF'];
    expect(rulesetLanguageFor(available, ['vi-VN'])).to.equal('vi');
    expect(rulesetLanguageFor(available, ['xx', 'ar'])).to.equal('ar');
    expect(rulesetLanguageFor(available, ['fa-AF', 'fa'])).to.equal('fa-AF');
    expect(rulesetLanguageFor(available, ['fa-IR'])).to.equal('fa');
    expect(rulesetLanguageFor(available, ['en', 'vi'])).to.equal(undefined);
    expect(rulesetLanguageFor(available, ['xx'])).to.equal(undefined);
  });

  it('refuses a language chunk that does not fit the ruleset, rather than put texts in the wrong places', async () => {
    const changed = { ...(await loadShippedRuleset('gb-sct'))!, languages: ['en'], extra: { en: 'A text the chunk does not know' } };
    let error: unknown;
    await addRulesetLanguage(changed as Ruleset, ['vi']).catch((e) => (error = e));
    expect(String(error)).to.contain('do not match');
  });
});
