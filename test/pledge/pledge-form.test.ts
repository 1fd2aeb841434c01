import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pledge-form.js';
import type { SanctuaryPledgeForm } from '../../src/pledge/sanctuary-pledge-form.js';
import { nextGoal, validatePledge } from '../../src/pledge/pledge.js';
import { shadow, textOf, withPageLanguage } from '../helpers.js';

// Every test talks to the real reference receiver (SQLite) that web-test-runner.config.js mounts
// at /receiver/ on the test server; /test-api/receiver?down=1 makes it drop connections. (Taking
// the whole tab offline would cut the test runner's own connection: the real offline-and-reload
// test is in test/e2e/pledge.test.js, with Playwright.)

const receiverCount = async () => (await (await fetch('/receiver/count')).json()).count as number;
const receiverDown = (down: boolean) => fetch(`/test-api/receiver?down=${down ? 1 : 0}`);

async function exported(): Promise<string> {
  return (await fetch('/receiver/export.csv', { headers: { Authorization: 'Bearer test-export-token' } })).text();
}

/** A name no other test uses, to find this test's pledges in the export. */
const uniqueName = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

async function form(template: ReturnType<typeof html>): Promise<SanctuaryPledgeForm> {
  const el = await fixture<SanctuaryPledgeForm>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form is ready', { timeout: 8000 });
  return el;
}

function type(el: SanctuaryPledgeForm, field: string, value: string): void {
  const input = shadow(el).querySelector<HTMLInputElement>(`#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function tick(el: SanctuaryPledgeForm, field: string): void {
  shadow(el).querySelector<HTMLInputElement>(`#${field}`)!.click();
}

async function submit(el: SanctuaryPledgeForm): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

const summary = (el: SanctuaryPledgeForm) => Array.from(shadow(el).querySelectorAll('.error-summary li')).map((li) => textOf(li));
const status = (el: SanctuaryPledgeForm) => textOf(shadow(el).querySelector('[part="status"]')!);

describe('pledge rules (shared by the form and the receiver)', () => {
  it('steps the goal up: 100, 250, 500, 1,000, 2,500 …', () => {
    expect([0, 99, 100, 249, 250, 999, 1000, 2600, 9999, 10000].map(nextGoal)).to.deep.equal([100, 100, 250, 250, 500, 1000, 2500, 5000, 10000, 25000]);
  });

  it('drops unknown properties and cleans text', () => {
    const { pledge } = validatePledge({ idempotencyKey: 'a'.repeat(20), name: '  Ana  ', consent: true, isAdmin: true, email: '' });
    expect(pledge).to.deep.equal({ idempotencyKey: 'a'.repeat(20), kind: 'person', name: 'Ana', consent: true });
  });
});

describe('<sanctuary-pledge-form>', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(async () => {
    restore();
    await receiverDown(false);
  });

  it('shows every validation message in an error summary that links to each field, and focuses it', async () => {
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" min-seconds="0"></sanctuary-pledge-form>`);
    await submit(el);
    expect(summary(el)).to.deep.equal(['Enter your name or initials', 'Tick the box to agree to your pledge being kept']);
    await waitUntil(() => shadow(el).activeElement?.classList.contains('error-summary'), 'focus on the summary');
    const name = shadow(el).querySelector<HTMLInputElement>('#name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('name-error');
    expect(textOf(shadow(el).querySelector('#name-error')!)).to.equal('Error: Enter your name or initials');
    shadow(el).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(shadow(el).activeElement).to.equal(name);

    type(el, 'name', 'x'.repeat(101));
    type(el, 'email', 'not-an-email');
    type(el, 'message', 'y'.repeat(1001));
    tick(el, 'consent');
    await submit(el);
    expect(summary(el)).to.deep.equal([
      'Your name or initials must be 100 characters or fewer',
      'Enter an email address in the correct format, like name@example.com',
      'Message must be 1,000 characters or fewer',
    ]);
    type(el, 'name', 'Ana\u0007');
    type(el, 'email', '');
    type(el, 'message', '');
    tick(el, 'contactMe');
    await submit(el);
    expect(summary(el)).to.deep.equal(['Enter your name using letters, numbers and punctuation only', 'Enter your email address so that we can contact you, or untick “You may contact me”']);
  });

  it('asks for an email when required, and for the organisation in organisation mode', async () => {
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" require-email mode="organisation" min-seconds="0"></sanctuary-pledge-form>`);
    type(el, 'name', 'Ana');
    tick(el, 'consent');
    await submit(el);
    expect(summary(el)).to.deep.equal(['Enter the name of your organisation', 'Enter your email address']);
    expect(textOf(shadow(el).querySelector('label[for="email"]')!)).to.equal('Email address');
    type(el, 'organisation', 'o'.repeat(201));
    type(el, 'role', 'r'.repeat(101));
    type(el, 'email', 'ana@example.org');
    await submit(el);
    expect(summary(el)).to.deep.equal(['Organisation must be 200 characters or fewer', 'Your role must be 100 characters or fewer']);
  });

  it('checks the area too, and says so in the summary and on the field', async () => {
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" fields="area" min-seconds="0"></sanctuary-pledge-form>`);
    type(el, 'name', 'Ana');
    tick(el, 'consent');
    type(el, 'area', 'a'.repeat(61));
    await submit(el);
    expect(summary(el)).to.deep.equal(['Your area must be 60 characters or fewer']);
    type(el, 'area', 'SE13\u0000');
    await submit(el);
    expect(summary(el)).to.deep.equal(['Check this answer']);
    expect(textOf(shadow(el).querySelector('#area-error')!)).to.equal('Error: Check this answer');
  });

  it('shows the receiver\'s own field errors (a 422) on those fields, losing nothing', async () => {
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver-strict/pledges" fields="email area" min-seconds="0"></sanctuary-pledge-form>`);
    type(el, 'name', 'Ana');
    type(el, 'area', 'SE13');
    tick(el, 'consent');
    await submit(el);
    await waitUntil(() => summary(el).length > 0, 'the receiver\'s errors are shown');
    expect(summary(el)).to.deep.equal(['Enter your email address']);
    expect(shadow(el).querySelector<HTMLInputElement>('#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector<HTMLInputElement>('#area')!.value).to.equal('SE13');
    expect(shadow(el).querySelector<HTMLInputElement>('#name')!.value).to.equal('Ana');
    // A receiver that wants a field this form does not show: said plainly, answers kept.
    const mismatched = await form(html`<sanctuary-pledge-form endpoint="/receiver-strict/pledges" fields="area" min-seconds="0"></sanctuary-pledge-form>`);
    type(mismatched, 'name', 'Ana');
    tick(mismatched, 'consent');
    await submit(mismatched);
    await waitUntil(() => status(mismatched).startsWith('The pledge server did not accept'), 'the mismatch is reported');
    expect(shadow(mismatched).querySelector<HTMLInputElement>('#name')!.value).to.equal('Ana');
  });

  it('keyboard only: Tab, type, Space, Enter; thanks with the pledge number, announced and focused', async () => {
    const before = await receiverCount();
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" count-url="/receiver/count" fields="email" min-seconds="0"></sanctuary-pledge-form>`);
    shadow(el).querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ type: 'Kim L' });
    await sendKeys({ press: 'Tab' }); // email
    await sendKeys({ press: 'Tab' }); // consent
    expect(shadow(el).activeElement?.id).to.equal('consent');
    await sendKeys({ press: ' ' }); // ' ', not 'Space': the name Firefox's WebDriver BiDi knows too
    await sendKeys({ press: 'Tab' }); // contact me
    await sendKeys({ press: 'Tab' }); // submit
    expect(shadow(el).activeElement?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).startsWith('Thank you'), 'thanks', { timeout: 5000 });
    expect(status(el)).to.equal(`Thank you — you are pledge number ${(before + 1).toLocaleString('en-GB')}.`);
    expect(shadow(el).querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    await waitUntil(() => shadow(el).activeElement?.getAttribute('part') === 'status', 'focus on the thanks');
    expect(await receiverCount()).to.equal(before + 1);
    expect(textOf(shadow(el).querySelector('.count')!)).to.equal(`${(before + 1).toLocaleString('en-GB')} ${before + 1 === 1 ? 'pledge' : 'pledges'} so far`);
  });

  it('a hostile name is kept and shown as text, never run', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">${uniqueName('Eve')}`;
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" fields="email" min-seconds="0"></sanctuary-pledge-form>`);
    type(el, 'name', hostile);
    type(el, 'email', 'bad');
    tick(el, 'consent');
    await submit(el);
    expect(shadow(el).querySelector<HTMLInputElement>('#name')!.value).to.equal(hostile);
    expect(shadow(el).querySelector('img')).to.equal(null);
    type(el, 'email', '');
    await submit(el);
    await waitUntil(() => status(el).startsWith('Thank you'), 'sent', { timeout: 5000 });
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(await exported()).to.contain(`"${hostile.replace(/"/g, '""')}"`);
  });

  it('server down, then up: everything typed is kept, it is retried, and stored exactly once (a double click too)', async () => {
    const name = uniqueName('Down');
    await receiverDown(true);
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" fields="area" min-seconds="0"></sanctuary-pledge-form>`);
    type(el, 'name', name);
    type(el, 'area', 'SE8');
    tick(el, 'consent');
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); // double click
    await waitUntil(() => status(el).startsWith('Not sent yet'), 'the waiting state is shown', { timeout: 5000 });
    expect(shadow(el).querySelector<HTMLInputElement>('#name')!.value).to.equal(name);
    expect(shadow(el).querySelector<HTMLInputElement>('#area')!.readOnly).to.equal(true);
    await receiverDown(false);
    const retry = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part="status"] button')).find((b) => textOf(b) === 'Try again now')!;
    retry.click();
    retry.click();
    await waitUntil(() => status(el).startsWith('Thank you'), 'sent after the server came back', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // any stray retry would have landed by now
    expect((await exported()).split('\n').filter((line) => line.includes(name))).to.have.length(1);
  });

  it('event mode: pledges that cannot be sent wait on the device, survive a new page, and are sent once when the network returns', async () => {
    const names = [uniqueName('Queue'), uniqueName('Queue')];
    const before = await receiverCount();
    await receiverDown(true);
    let el = await form(html`<sanctuary-pledge-form queue endpoint="/receiver/pledges" fields="" min-seconds="0"></sanctuary-pledge-form>`);
    for (const name of names) {
      type(el, 'name', name);
      tick(el, 'consent');
      await submit(el);
      await waitUntil(() => status(el).startsWith('Thank you. Your pledge is saved on this device'), 'kept on the device', { timeout: 5000 });
      shadow(el).querySelector<HTMLButtonElement>('.link-button')!.click(); // sign another
      await el.updateComplete;
    }
    await waitUntil(() => textOf(shadow(el).querySelector('[part="queue"]') ?? el) === '2 pledges waiting on this device to be sent', 'two waiting', { timeout: 5000 });
    // As after a reload: a new element finds them in IndexedDB.
    el.remove();
    el = await form(html`<sanctuary-pledge-form queue endpoint="/receiver/pledges" fields="" min-seconds="0"></sanctuary-pledge-form>`);
    await waitUntil(() => textOf(shadow(el).querySelector('[part="queue"]') ?? el) === '2 pledges waiting on this device to be sent', 'still two waiting', { timeout: 5000 });
    expect(await receiverCount().catch(() => -1)).to.equal(-1); // really unreachable
    await receiverDown(false);
    window.dispatchEvent(new Event('online')); // what the browser fires when the signal returns
    await waitUntil(() => !shadow(el).querySelector('[part="queue"]'), 'all sent', { timeout: 10000 });
    expect(await receiverCount()).to.equal(before + 2);
    const csv = await exported();
    for (const name of names) expect(csv.split('\n').filter((line) => line.includes(name))).to.have.length(1);
  });

  it('a host page can take over sending (sanctuary-pledge-submit), and nothing goes to the endpoint', async () => {
    const before = await receiverCount();
    const taken: unknown[] = [];
    let fail = true;
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" fields="email" min-seconds="0"
      @sanctuary-pledge-submit=${(e: CustomEvent) => {
        e.preventDefault();
        taken.push(e.detail.pledge);
        e.detail.waitUntil(fail ? Promise.reject(new Error('CRM down')) : Promise.resolve());
      }}></sanctuary-pledge-form>`);
    type(el, 'name', 'Host Test');
    type(el, 'email', 'host@example.org');
    tick(el, 'consent');
    await submit(el);
    await waitUntil(() => status(el).startsWith('The pledge server did not accept'), 'the host\'s failure is shown');
    expect(shadow(el).querySelector<HTMLInputElement>('#email')!.value).to.equal('host@example.org');
    fail = false;
    shadow(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => status(el) === 'Thank you — your pledge has been sent.', 'thanks');
    expect(taken).to.have.length(2);
    expect(taken[1]).to.include({ name: 'Host Test', email: 'host@example.org', consent: true });
    expect(await receiverCount()).to.equal(before);
  });

  it('the honeypot: a bot that fills the hidden field is thanked, and nothing is stored', async () => {
    const before = await receiverCount();
    const el = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" fields="" min-seconds="0"></sanctuary-pledge-form>`);
    const trap = shadow(el).querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    trap.value = 'http://spam.example';
    type(el, 'name', 'Bot');
    tick(el, 'consent');
    await submit(el);
    await waitUntil(() => status(el).startsWith('Thank you'), 'thanked');
    expect(await receiverCount()).to.equal(before);
  });

  it('the counter: hidden below min-count, a fixed goal, or goals that step up', async () => {
    const count = await receiverCount();
    const hidden = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" count-url="/receiver/count" min-count=${count + 1000}></sanctuary-pledge-form>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(hidden).querySelector('[part="counter"]')).to.equal(null);
    const fixed = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" count-url="/receiver/count" goal="5000"></sanctuary-pledge-form>`);
    await waitUntil(() => shadow(fixed).querySelector('[part="counter"]'), 'counter');
    expect(textOf(shadow(fixed).querySelector('.goal')!)).to.equal('Next goal: 5,000');
    const bar = shadow(fixed).querySelector<HTMLProgressElement>('progress')!;
    expect(bar.getAttribute('aria-label')).to.equal(`${count.toLocaleString('en-GB')} of 5,000`);
    expect([bar.value, bar.max]).to.deep.equal([count, 5000]);
    const stepping = await form(html`<sanctuary-pledge-form endpoint="/receiver/pledges" count-url="/receiver/count"></sanctuary-pledge-form>`);
    await waitUntil(() => shadow(stepping).querySelector('[part="counter"]'), 'counter');
    expect(textOf(shadow(stepping).querySelector('.goal')!)).to.equal(`Next goal: ${nextGoal(count).toLocaleString('en-GB')}`);
  });

  it('shows the pledge text in the visitor\'s language when the page gives several, even against a page\'s !important', async () => {
    const style = document.createElement('style');
    style.textContent = 'p { display: block !important; }';
    document.head.append(style);
    try {
      const el = await form(html`<sanctuary-pledge-form lang="fa-AF" endpoint="/receiver/pledges">
        <p lang="en">I pledge to welcome people.</p>
        <p lang="fa" dir="rtl">متن فارسی</p>
        <p lang="ar" dir="rtl">نص عربي</p>
      </sanctuary-pledge-form>`);
      const shown = () => Array.from(el.querySelectorAll('p')).filter((p) => p.getBoundingClientRect().height > 0).map((p) => p.lang);
      expect(shown()).to.deep.equal(['fa']); // fa-AF → fa: the primary language before English
      el.lang = 'ar';
      await waitUntil(() => shown()[0] === 'ar', 'Arabic shown after the language changes');
      expect(shown()).to.deep.equal(['ar']);
      el.lang = 'so'; // no Somali text: English
      await waitUntil(() => shown()[0] === 'en', 'English shown when there is no text in the language');
      expect(shown()).to.deep.equal(['en']);
      el.append(Object.assign(document.createElement('p'), { lang: 'so', textContent: 'Qoraal Soomaali' }));
      await waitUntil(() => shown()[0] === 'so', 'a text added later is picked up');
    } finally {
      style.remove();
    }
  });

  it('has no axe violations in English and Arabic: the form, its errors and the thanks', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await form(html`<sanctuary-pledge-form lang=${lang} mode="organisation" endpoint="/receiver/pledges" count-url="/receiver/count" min-seconds="0"><p>Pledge text</p></sanctuary-pledge-form>`);
      await waitUntil(() => shadow(el).querySelector('[part="counter"]'), 'counter');
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
      await submit(el);
      await expect(el).to.be.accessible();
      type(el, 'name', 'Ana');
      type(el, 'organisation', 'Deptford Community Choir');
      tick(el, 'consent');
      await submit(el);
      await waitUntil(() => shadow(el).querySelector('.share'), 'thanks', { timeout: 5000 });
      await expect(el).to.be.accessible();
    }
  });
});
