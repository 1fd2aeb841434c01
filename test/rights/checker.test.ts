import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
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

  it('heads the list for everyone "free" only when all of it is free (Sweden: some of it has a fee)', async () => {
    const england = await checker(html`<sanctuary-rights-checker lang="en" jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    expect(textOf(shadow(england).querySelector('.free-first > :first-child')!)).to.equal('Free for everyone, whoever you are');
    const sweden = await checker(html`<sanctuary-rights-checker lang="en" jurisdiction="se-vgr"></sanctuary-rights-checker>`);
    const heading = textOf(shadow(sweden).querySelector('.free-first > :first-child')!);
    expect(heading).to.equal('Care everyone can get, whoever you are');
    expect(textOf(shadow(sweden).querySelector('.free-first')!)).to.contain('you may have to pay');
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

  it('keyboard only, start to finish: Tab in, arrows to choose, Enter to go on; every step is a named group with its heading focused, and the result is a live region', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker></div>`);
    const el = wrapper.querySelector<SanctuaryRightsChecker>('sanctuary-rights-checker')!;
    await waitUntil(() => shadow(el).querySelector('form'), 'ready', { timeout: 8000 });
    const active = () => shadow(el).activeElement as HTMLElement | null;
    const tabTo = async (what: (node: HTMLElement) => boolean, label: string) => {
      for (let i = 0; i < 100 && !(active() && what(active()!)); i++) await sendKeys({ press: 'Tab' });
      expect(active() && what(active()!), label).to.equal(true);
    };
    /**
     * What a screen reader is given for the question now shown (Chromium's accessibility tree):
     * the question as a heading, then every answer as a radio named by its label. The fieldset's
     * group takes its name from the legend that holds the heading.
     */
    const expectQuestionInAccessibilityTree = async () => {
      // The accessibility tree comes over the DevTools protocol: Chromium only (Firefox and WebKit
      // runs check the rest of this keyboard path; see README "Browsers").
      if (!navigator.userAgent.includes('Chrome/')) return;
      type AxNode = { role: string; name?: string; children?: AxNode[] };
      const nodes: AxNode[] = [];
      const walk = (node: AxNode) => {
        nodes.push(node);
        (node.children ?? []).forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as AxNode);
      const at = nodes.findIndex((n) => n.role === 'heading' && n.name === heading(el));
      expect(at, `the heading "${heading(el)}" is in the accessibility tree`).to.be.greaterThan(-1);
      const radios: string[] = [];
      for (const node of nodes.slice(at + 1)) {
        if (node.role === 'radio') radios.push(node.name ?? '');
        else if (node.role === 'button') break;
      }
      const labels = Array.from(shadow(el).querySelectorAll('fieldset label')).map((l) => textOf(l));
      expect(radios.map((r) => r.trim())).to.deep.equal(labels);
      expect(shadow(el).querySelector('fieldset > legend > [data-step-heading]'), 'the group is named by the question').to.exist;
    };
    const answer = async (value: string) => {
      await waitUntil(() => active()?.hasAttribute('data-step-heading'), `focus on the heading "${heading(el)}"`);
      await expectQuestionInAccessibilityTree();
      await tabTo((n) => n.matches('input[type="radio"]'), 'Tab reaches the answers');
      for (let i = 0; i < 12 && (active() as HTMLInputElement).value !== value; i++) await sendKeys({ press: 'ArrowDown' });
      expect((active() as HTMLInputElement).value).to.equal(value);
      if (!(active() as HTMLInputElement).checked) await sendKeys({ press: ' ' }); // Tab lands on the first answer without choosing it
      expect((active() as HTMLInputElement).checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active()?.classList.contains('exit-button'), 'the exit button comes first').to.equal(true);
    shadow(el).querySelector<HTMLElement>('[data-step-heading]')!.focus();
    await answer('hospital');
    await answer('none');
    await answer('no');
    await answer('yes');
    await waitUntil(() => heading(el) === 'Check your answers' && active()?.hasAttribute('data-step-heading'), `check your answers, focused (on "${heading(el)}", focus ${active()?.outerHTML.slice(0, 80)})`);
    await tabTo((n) => n.textContent?.trim() === 'See what applies to you', 'Tab reaches "See what applies to you"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'What applies to you' && active()?.hasAttribute('data-step-heading'), 'the result, focused');
    const status = shadow(el).querySelector('.outcome[role="status"]')!;
    expect(textOf(status)).to.contain('Free for you');
    await tabTo((n) => n.textContent?.trim() === 'Show this at reception', 'Tab reaches the card button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'For reception staff' && active()?.hasAttribute('data-step-heading'), 'the card, focused');
    await tabTo((n) => n.textContent?.trim() === 'Back to your result', 'Tab reaches "Back to your result"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'What applies to you', 'back on the result');
  });

  it('tells people how to complain and where to get advice, with numbers they can tap', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await choose(el, 'hospital');
    await choose(el, 'none');
    await choose(el, 'no');
    await choose(el, 'yes');
    await seeResult(el);
    const result = textOf(shadow(el).querySelector('.result')!);
    expect(result).to.contain('You have the right to complain about any NHS service');
    expect(result).to.contain('What you may be asked to show');
    expect(result).to.contain('Doctors of the World advice line');
    const phones = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
    expect(phones).to.include.members(['tel:03003112233', 'tel:08081647686']);
  });

  it('Sweden: points to the patient board and the Equality Ombudsman', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="se-vgr"></sanctuary-rights-checker>`);
    await choose(el, shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!.value);
    for (let i = 0; i < 12 && !shadow(el).querySelector('.summary-list'); i++) await choose(el, shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!.value);
    await seeResult(el);
    const result = textOf(shadow(el).querySelector('.result')!);
    expect(result).to.contain('patientnämnden');
    expect(result).to.contain('Equality Ombudsman');
    expect(shadow(el).querySelector('a[href="tel:0104412000"]')).to.exist;
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

  /** Where ink is on each line of text of a picture: [first x, last x] per run of inked rows. */
  async function inkRows(blob: Blob): Promise<{ width: number; height: number; rows: Array<[number, number]>; lines: Array<[number, number]> }> {
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const rows: Array<[number, number]> = [];
    const lines: Array<[number, number]> = [];
    let inLine = false;
    for (let y = 0; y < bitmap.height; y++) {
      let first = -1;
      let last = -1;
      for (let x = 0; x < bitmap.width; x++) {
        if (data[(y * bitmap.width + x) * 4] < 128) {
          if (first < 0) first = x;
          last = x;
        }
      }
      if (first < 0) {
        inLine = false;
        continue;
      }
      rows.push([first, last]);
      if (!inLine) lines.push([first, last]);
      const line = lines[lines.length - 1];
      line[0] = Math.min(line[0], first);
      line[1] = Math.max(line[1], last);
      inLine = true;
    }
    return { width: bitmap.width, height: bitmap.height, rows, lines };
  }

  async function openCard(el: SanctuaryRightsChecker): Promise<void> {
    await choose(el, 'hospital');
    await choose(el, 'none');
    await choose(el, 'no');
    await choose(el, 'yes');
    await seeResult(el);
    shadow(el).querySelector<HTMLButtonElement>('.result .actions .button:not(.secondary)')!.click();
    await el.updateComplete;
  }

  it('saves the reception card as a picture made on the device: a PNG download, announced, no request', async () => {
    const el = await checker(html`<sanctuary-rights-checker jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await openCard(el);
    const downloads: HTMLAnchorElement[] = [];
    shadow(el).addEventListener('click', (e) => {
      const link = e.target as HTMLElement;
      if (link instanceof HTMLAnchorElement && link.download) {
        e.preventDefault(); // keep the test browser from writing a file
        downloads.push(link);
      }
    }, true);
    const start = performance.now();
    Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === 'Save as a picture')!.click();
    await waitUntil(() => downloads.length === 1, 'a download starts');
    expect(downloads[0].download).to.equal('gb-eng-reception-card.png');
    expect(downloads[0].href).to.match(/^blob:/);
    const blob = await (await fetch(downloads[0].href)).blob();
    expect(blob.type).to.equal('image/png');
    const { width, height, rows } = await inkRows(blob);
    expect(width).to.equal(1080);
    expect(height).to.be.greaterThan(600);
    expect(rows.length).to.be.greaterThan(200);
    await waitUntil(() => textOf(shadow(el).querySelector('.card [role="status"]')!) === 'The picture has been saved.');
    expect(performance.getEntriesByType('resource').filter((r) => r.startTime >= start && !r.name.startsWith('blob:')).map((r) => r.name)).to.deep.equal([]);
  });

  it('the picture draws Arabic from the right and English from the left', async () => {
    const english = await checker(html`<sanctuary-rights-checker lang="en" jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await openCard(english);
    const en = await inkRows(await english.cardImage());
    // Every line of text starts at the left margin (64 px; a bullet's text at 100 px).
    expect(en.lines.length).to.be.greaterThan(15);
    expect(en.lines.filter(([first]) => first > 120)).to.deep.equal([]);
    const arabic = await checker(html`<sanctuary-rights-checker lang="ar" jurisdiction="gb-eng"></sanctuary-rights-checker>`);
    await openCard(arabic);
    const ar = await inkRows(await arabic.cardImage());
    // Short Arabic lines hug the right margin (1016 px): they start far from the left edge.
    expect(ar.lines.filter(([first, last]) => first > 300 && last > 990).length).to.be.greaterThan(3);
    expect(ar.height).to.be.greaterThan(en.height); // two languages, not one
  });

  for (const [lang, jurisdiction, staff] of [
    ['vi', 'gb-eng', 'en'],
    ['ar', 'gb-eng', 'en'],
    ['ar', 'se-vgr', 'sv'],
  ] as const) {
    it(`the reception card shows ${lang} and ${staff} side by side (${jurisdiction})`, async () => {
      const el = await checker(html`<sanctuary-rights-checker lang=${lang} jurisdiction=${jurisdiction}></sanctuary-rights-checker>`);
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
