import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/rights-checker.js';
import type { SanctuaryRightsChecker } from '../../src/rights/sanctuary-rights-checker.js';
import { captureWarnings, fixtureUrl, shadow, textOf, withPageLanguage } from '../helpers.js';

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

describe('<sanctuary-rights-checker>', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('asks where you are first when no jurisdiction is set, then what care you need, with what is free for everyone', async () => {
    const el = await checker(html`<sanctuary-rights-checker></sanctuary-rights-checker>`);
    expect(heading(el)).to.equal('Where are you?');
    await choose(el, 'gb-eng');
    await waitUntil(() => heading(el) === 'What care do you need?');
    const free = textOf(shadow(el).querySelector('.free-first')!);
    expect(free).to.contain('Registering with a GP and seeing a GP');
    expect(free).to.contain('Sources');
  });

  it('GP care: free for everyone without a single question about the person', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'gp');
    await seeResult(el);
    const result = textOf(shadow(el).querySelector('.outcome')!);
    expect(result).to.contain('Free for everyone');
    expect(result).to.contain('You do not need ID, proof of address or immigration status');
    expect(shadow(el).querySelectorAll('.outcome .sources li').length).to.be.greaterThan(0);
    expect(textOf(shadow(el).querySelector('.result')!)).to.contain('If you are refused or treated unfairly');
  });

  it('hospital care for a person waiting for an asylum decision: free, with the uncertainty shown and cited', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    expect(heading(el)).to.equal('Is the care for any of these?');
    await choose(el, 'none');
    await choose(el, 'no'); // settled
    await choose(el, 'no'); // protection
    expect(heading(el)).to.contain('claimed asylum');
    await choose(el, 'waiting');
    await seeResult(el);
    const outcome = textOf(shadow(el).querySelector('.outcome')!);
    expect(outcome).to.contain('Free for you');
    expect(outcome).to.contain('Not certain:');
    expect(outcome).to.contain('regulation 15');
  });

  it('says "choose an answer" without losing anything, and "I\'d rather not say" leads to an adviser', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement?.classList.contains('error-summary'), 'focus on the message');
    expect(heading(el)).to.equal('What care do you need?');
    await choose(el, 'pregnancy');
    await choose(el, 'none');
    await choose(el, 'prefer-not-to-say');
    for (let i = 0; i < 12 && heading(el) !== 'Check your answers'; i++) await choose(el, shadow(el).querySelector('input[value="no"]') ? 'no' : 'never');
    await seeResult(el);
    expect(textOf(shadow(el).querySelector('.outcome')!)).to.contain('It depends');
    expect(textOf(shadow(el).querySelector('.outcome')!)).to.contain('Overseas Visitor Manager');
  });

  it('back, then change an answer from "check your answers"', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    shadow(el).querySelector<HTMLButtonElement>('.actions .secondary')!.click(); // Back
    await el.updateComplete;
    expect(heading(el)).to.equal('What care do you need?');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="hospital"]')!.checked).to.equal(true); // kept
    await choose(el, 'ae');
    await seeResult(el);
    expect(textOf(shadow(el).querySelector('.outcome')!)).to.contain('Free for everyone');
    Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === 'Check or change your answers')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.summary-row .link-button')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What care do you need?');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="ae"]')!.checked).to.equal(true);
    await choose(el, 'hospital');
    expect(heading(el)).to.equal('Is the care for any of these?');
  });

  it('keyboard only: arrow keys choose, Enter continues, focus moves to each new heading', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    shadow(el).querySelector<HTMLInputElement>('input[value="gp"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect((shadow(el).activeElement as HTMLInputElement).value).to.equal('nhs111');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement?.hasAttribute('data-step-heading'), 'focus on the new heading');
    expect(heading(el)).to.equal('Check your answers');
  });

  it('sends nothing anywhere while answering', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    const start = performance.now();
    await choose(el, 'hospital');
    await choose(el, 'none');
    await choose(el, 'no');
    await choose(el, 'yes');
    await seeResult(el);
    expect(performance.getEntriesByType('resource').filter((r) => r.startTime >= start).map((r) => r.name)).to.deep.equal([]);
    expect(location.href).to.not.contain('hospital');
  });

  it('tells the host page the step and the kind of outcome, never an answer about the person', async () => {
    const events: Array<[string, unknown]> = [];
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"
      @sanctuary-step-change=${(e: CustomEvent) => events.push(['step', e.detail])}
      @sanctuary-result=${(e: CustomEvent) => events.push(['result', e.detail])}></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    await choose(el, 'none');
    await choose(el, 'no');
    await choose(el, 'yes');
    await seeResult(el);
    await el.updateComplete;
    expect(events.filter(([kind]) => kind === 'step').map(([, d]) => (d as { step: string }).step)).to.include.members(['question', 'check', 'result']);
    expect(events.find(([kind]) => kind === 'result')![1]).to.deep.equal({ jurisdiction: 'gb-eng', care: 'hospital', outcome: 'free' });
    expect(JSON.stringify(events)).to.not.contain('protection');
  });

  it('"Exit this page" wipes the answers first, and a host page can take over the exit', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng" exit-url="/neutral"
      @sanctuary-exit=${(e: CustomEvent) => e.preventDefault()}></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    expect(heading(el)).to.equal('Is the care for any of these?');
    shadow(el).querySelector<HTMLButtonElement>('.exit-button')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What care do you need?');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="hospital"]')!.checked).to.equal(false);
    expect(location.pathname).to.not.equal('/neutral');
  });

  it('keeps nothing: no storage, no cookie, nothing in the address bar', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const before = { cookie: document.cookie, href: location.href };
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'pregnancy');
    await choose(el, 'none');
    for (let i = 0; i < 12 && !shadow(el).querySelector('.summary-list'); i++) await choose(el, shadow(el).querySelector('input[value="no"]') ? 'no' : 'never');
    await seeResult(el);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(before.cookie);
    expect(location.href).to.equal(before.href);
  });

  it('the reception card shows the rules, never the answers', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    await choose(el, 'none');
    await choose(el, 'no');
    await choose(el, 'yes'); // protection
    await seeResult(el);
    Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === 'Show this at reception')!.click();
    await el.updateComplete;
    const card = textOf(shadow(el).querySelector('.card')!);
    expect(card).to.contain('For reception staff');
    expect(card).to.contain('People granted refugee status');
    expect(card).to.not.contain('Have you been granted');
  });

  for (const [lang, jurisdiction, staff] of [
    ['vi', 'gb-eng', 'en'],
    ['ar', 'gb-eng', 'en'],
    ['ar', 'se-vgr', 'sv'],
  ] as const) {
    it(`the reception card shows ${lang} and ${staff} side by side (${jurisdiction})`, async function () {
      const el = await checker(html`<sanctuary-rights-checker lang=${lang} jurisdiction=${jurisdiction}></sanctuary-rights-checker>`);
      const ruleset = (el as unknown as { ruleset: { languages: string[] } }).ruleset;
      if (!ruleset.languages.includes(lang)) this.skip(); // the ruleset has no translation yet
      await choose(el, shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!.value);
      for (let i = 0; i < 12 && !shadow(el).querySelector('.summary-list'); i++) {
        const radios = Array.from(shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]'));
        await choose(el, (radios.find((r) => ['no', 'never', 'none', '18-or-older', 'asylum'].includes(r.value)) ?? radios[0]).value);
      }
      await seeResult(el);
      shadow(el).querySelector<HTMLButtonElement>('.result .actions .button:not(.secondary)')!.click();
      await el.updateComplete;
      const columns = Array.from(shadow(el).querySelectorAll<HTMLElement>('.card-column'));
      expect(columns.map((c) => c.lang)).to.deep.equal([lang, staff]);
      expect(textOf(columns[0])).to.not.equal(textOf(columns[1]));
      expect(textOf(columns[0]).length).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations on a question and on the result, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await checker(html`<sanctuary-rights-checker lang=${lang} jurisdiction="gb-eng"></sanctuary-rights-checker>`);
      await expect(el).to.be.accessible();
      await choose(el, 'gp');
      await seeResult(el);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    }
  });

  it('an unknown jurisdiction, a 404 and an invalid ruleset each show a message and fire sanctuary-error', async () => {
    for (const [template, code] of [
      [html`<sanctuary-rights-checker jurisdiction="atlantis"></sanctuary-rights-checker>`, 'config'],
      [html`<sanctuary-rights-checker src=${fixtureUrl('rights/missing.json')}></sanctuary-rights-checker>`, 'http'],
      [html`<sanctuary-rights-checker src=${fixtureUrl('timeline/events.json')}></sanctuary-rights-checker>`, 'schema'],
    ] as const) {
      const errors: CustomEvent[] = [];
      await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div @sanctuary-error=${(e: CustomEvent) => errors.push(e)}>${template}</div>`);
        const el = wrapper.firstElementChild!;
        await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'an error is shown', { timeout: 8000 });
      });
      expect(errors[0]?.detail.code).to.equal(code);
    }
  });
});
