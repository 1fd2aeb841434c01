import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline.js';
import '../../src/pledge-form.js';
import type { SanctuaryTimeline } from '../../src/timeline/sanctuary-timeline.js';
import { SanctuaryElement } from '../../src/core/base-element.js';
import { supportedLocales } from '../../src/core/language.js';
import { fixtureUrl, settled, shadow, textOf, withPageLanguage } from '../helpers.js';

describe('language picker (language-picker attribute)', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('lists every shipped language by its own name, marked with its language, and switches only this widget', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sanctuary-timeline language-picker src=${fixtureUrl('timeline/events.json')}></sanctuary-timeline>
      <sanctuary-timeline src=${fixtureUrl('timeline/events.json')}></sanctuary-timeline>
    </div>`);
    const [picked, other] = Array.from(wrapper.querySelectorAll<SanctuaryTimeline>('sanctuary-timeline'));
    await settled(picked);
    await settled(other);
    expect(shadow(other).querySelector('select#sanctuary-language')).to.equal(null);
    const select = shadow(picked).querySelector<HTMLSelectElement>('#sanctuary-language')!;
    expect(textOf(shadow(picked).querySelector('.language-picker label')!)).to.equal('Language');
    const options = Array.from(select.options);
    expect(options.map((o) => o.value)).to.deep.equal([...supportedLocales]);
    const arabic = options.find((o) => o.value === 'ar')!;
    expect([arabic.textContent, arabic.lang]).to.deep.equal(['العربية', 'ar']);
    expect(options.find((o) => o.value === 'vi')!.textContent).to.equal('Tiếng Việt');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(picked).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'the widget turns to Arabic');
    expect(picked.lang).to.equal('ar');
    expect(textOf(shadow(picked).querySelector('.language-picker label')!)).to.equal('اللغة');
    expect(shadow(other).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await expect(picked).to.be.accessible();
  });
});

describe('partner overrides (overrideMessages)', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('replaces any message in any locale, with placeholders, and widgets already on the page follow', async () => {
    const el = await fixture(html`<sanctuary-pledge-form lang="vi" fields="" endpoint="/nowhere" min-seconds="0"></sanctuary-pledge-form>`);
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'ready');
    const submit = () => textOf(el.shadowRoot!.querySelector('button[type="submit"]')!);
    expect(submit()).to.not.equal('Sign the pledge'); // Vietnamese
    const PledgeForm = customElements.get('sanctuary-pledge-form') as unknown as typeof SanctuaryElement;
    PledgeForm.overrideMessages('vi', { 'pledge.submit': 'Ký tên ủng hộ', 'pledge.goal': 'Mục tiêu: {0}' });
    await waitUntil(() => submit() === 'Ký tên ủng hộ', 'the override shows at once');
    // English can be overridden too, and other widgets of the page (any class) share overrides.
    SanctuaryElement.overrideMessages('en', { 'pledge.submit': 'Add my name' });
    const english = await fixture(html`<sanctuary-pledge-form fields="" endpoint="/nowhere"></sanctuary-pledge-form>`);
    await waitUntil(() => english.shadowRoot?.querySelector('form'), 'ready');
    expect(textOf(english.shadowRoot!.querySelector('button[type="submit"]')!)).to.equal('Add my name');
    SanctuaryElement.overrideMessages('en', { 'pledge.submit': 'Sign the pledge' });
  });
});
