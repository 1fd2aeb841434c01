import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureLocalization } from '@lit/localize';
import '../../src/timeline.js';
import type { SanctuaryTimeline } from '../../src/timeline/sanctuary-timeline.js';
import { captureWarnings, fixtureUrl, settled, shadow, textOf, withPageLanguage } from '../helpers.js';

const eventsUrl = fixtureUrl('timeline/events.json');

async function timeline(template: ReturnType<typeof html>): Promise<SanctuaryTimeline> {
  const element = await fixture<SanctuaryTimeline>(template);
  await settled(element);
  return element;
}

const headings = (el: Element, selector = '.year-heading') =>
  Array.from(shadow(el).querySelectorAll(selector)).map((h) => textOf(h));

describe('<sanctuary-timeline> rendering', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('shows events grouped by year, oldest first, with counts, headings and <time datetime>', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const root = shadow(el);
    expect(headings(el)).to.deep.equal(['2018, 1 event', '2019, 1 event', '2021, 2 events']);
    expect(Array.from(root.querySelectorAll('h2')).length).to.equal(3);
    expect(Array.from(root.querySelectorAll('h3')).map((h) => textOf(h))).to.deep.equal([
      'Council agrees to become a Council of Sanctuary',
      'Migration Forum founded',
      'Afghan resettlement pledge',
      '27 of 33 GP practices become Safe Surgeries',
    ]);
    const times = Array.from(root.querySelectorAll('time')).map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).to.deep.equal([
      ['2018', '2018'],
      ['2019-06', 'June 2019'],
      ['2021', '2021'],
      ['2021-03-15', '15 March 2021'],
    ]);
    const section = root.querySelector('[part="base"]')!;
    expect(section.getAttribute('aria-label')).to.equal('Timeline');
    expect(section.getAttribute('dir')).to.equal('ltr');
    expect(section.getAttribute('lang')).to.equal('en');
  });

  it('shows categories and places translated or as written, links, and lazy images with alt text', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const root = shadow(el);
    expect(Array.from(root.querySelectorAll('.tag')).map((t) => t.textContent)).to.include.members(['Council', 'Community', 'Health']);
    const link = root.querySelector<HTMLAnchorElement>('a.link')!;
    expect(link.href).to.equal('https://example.org/forum');
    expect(textOf(link)).to.equal('Read more: Migration Forum founded');
    const img = root.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Council chamber');
    expect(img.getAttribute('loading')).to.equal('lazy');
    // Relative image addresses resolve against the data file, not the page.
    expect(img.src).to.equal(fixtureUrl('timeline/tiny.svg'));
  });

  it('collapses a long description behind an expandable button', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const root = shadow(el);
    const button = root.querySelector<HTMLButtonElement>('button.more')!;
    const full = root.querySelector<HTMLElement>('.full')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(full.hidden).to.equal(true);
    expect(root.querySelector('.short')!.textContent).to.match(/…$/);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(full.hidden).to.equal(false);
    expect(full.textContent).to.contain('mystery-shopper visits');
  });

  it('reads inline JSON, and the events property wins over src and inline data', async () => {
    const inline = await timeline(html`<sanctuary-timeline>
      <script type="application/json">
        [{ "date": "2020", "title": "Inline event" }]
      </script>
    </sanctuary-timeline>`);
    expect(headings(inline, 'h3')).to.deep.equal(['Inline event']);

    const el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline src=${eventsUrl} .events=${[{ date: '2022', title: 'From a property' }]}></sanctuary-timeline>`);
    await settled(el);
    expect(headings(el, 'h3')).to.deep.equal(['From a property']);
    el.events = [{ date: '2023', title: 'Changed' }];
    await waitUntil(() => headings(el, 'h3')[0] === 'Changed');
  });

  it('reads a spreadsheet CSV with translation columns and names the bad row', async () => {
    const errors: CustomEvent[] = [];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline lang="vi" src=${fixtureUrl('timeline/events.csv')} @sanctuary-error=${(e: CustomEvent) => errors.push(e)}></sanctuary-timeline>`);
      await settled(el);
      expect(headings(el, 'h3')).to.deep.equal(['Hội đồng đồng ý', 'Trust launches inquiry, with "quotes"']);
    });
    expect(errors.map((e) => [e.detail.code, e.detail.row])).to.deep.equal([['invalid-item', 4]]);
    expect(warnings.join('\n')).to.contain('Row 4');
  });

  it('renders nothing but the light-DOM fallback until ready', async () => {
    const el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline src="/test-api/slow?ms=800"><p id="fallback">Our successes</p></sanctuary-timeline>`);
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['fallback']);
    await settled(el);
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });
});

describe('<sanctuary-timeline> attributes and filters', () => {
  it('order="newest" puts the latest year first', async () => {
    const el = await timeline(html`<sanctuary-timeline order="newest" src=${eventsUrl}></sanctuary-timeline>`);
    expect(headings(el)[0]).to.match(/^2021/);
    expect(headings(el, 'h3')[0]).to.equal('27 of 33 GP practices become Safe Surgeries');
  });

  it('heading-level sets the year level and the event level below it, clamped to 2–5', async () => {
    const el = await timeline(html`<sanctuary-timeline heading-level="4" src=${eventsUrl}></sanctuary-timeline>`);
    expect(shadow(el).querySelectorAll('h4.year-heading').length).to.equal(3);
    expect(shadow(el).querySelectorAll('h5.event-title').length).to.equal(4);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('h5.year-heading').length).to.equal(3);
  });

  it('label names the region; category and place filter at first; hide-filters hides the controls', async () => {
    const el = await timeline(html`<sanctuary-timeline label="Our sanctuary story" category="council" place="Greenwich" src=${eventsUrl}></sanctuary-timeline>`);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Our sanctuary story');
    expect(headings(el, 'h3')).to.deep.equal(['Afghan resettlement pledge']);
    expect(shadow(el).querySelector<HTMLSelectElement>('#category')!.value).to.equal('council');
    el.hideFilters = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="controls"]')).to.equal(null);
  });

  it('filters by category and place, fires sanctuary-filter-change and announces the count', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#category')!;
    select.value = 'council';
    const fired = oneEvent(el, 'sanctuary-filter-change');
    select.dispatchEvent(new Event('change'));
    const { detail } = await fired;
    expect(detail).to.deep.equal({ category: 'council', place: null, order: 'oldest', count: 2 });
    await el.updateComplete;
    expect(headings(el, 'h3')).to.deep.equal(['Council agrees to become a Council of Sanctuary', 'Afghan resettlement pledge']);
    expect(textOf(shadow(el).querySelector('[role="status"]')!)).to.equal('2 events');

    const place = shadow(el).querySelector<HTMLSelectElement>('#place')!;
    place.value = 'Lewisham';
    place.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(headings(el, 'h3')).to.deep.equal(['Council agrees to become a Council of Sanctuary']);
  });

  it('offers to clear filters that match nothing', async () => {
    const el = await timeline(html`<sanctuary-timeline category="health" place="Lewisham" src=${eventsUrl}></sanctuary-timeline>`);
    expect(textOf(shadow(el))).to.contain('No events match these filters.');
    shadow(el).querySelector<HTMLButtonElement>('.empty button')!.click();
    await el.updateComplete;
    expect(headings(el, 'h3')).to.have.length(4);
  });

  it('format="json" reads a .csv file as JSON (and so reports a syntax error)', async () => {
    const el = await timeline(html`<sanctuary-timeline format="json" src=${fixtureUrl('timeline/events.csv')}></sanctuary-timeline>`);
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
  });

  it('removing attributes returns to the defaults instead of breaking', async () => {
    const el = await timeline(html`<sanctuary-timeline category="council" place="Greenwich" order="newest" timeout="5000" src=${eventsUrl}></sanctuary-timeline>`);
    for (const name of ['category', 'place', 'order', 'timeout', 'heading-level', 'format']) el.removeAttribute(name);
    el.src = `${eventsUrl}?again`;
    await waitUntil(() => headings(el, 'h3').length === 4, 'all events shown again');
    expect(headings(el)[0]).to.match(/^2018/);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('timeout sets how long to wait', async () => {
    const el = await timeline(html`<sanctuary-timeline timeout="150" src="/test-api/slow?ms=2000"></sanctuary-timeline>`);
    expect(textOf(shadow(el).querySelector('[role="alert"]')!)).to.contain('Loading took too long');
  });
});

describe('<sanctuary-timeline> keyboard', () => {
  it('reaches every control by Tab, changes a filter with the arrow keys, and jumps to a year', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const root = shadow(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root.activeElement as HTMLElement | null;
      order.push(active ? active.id || textOf(active) : 'outside');
    }
    expect(order).to.deep.equal(['category', 'place', 'order', '2018', '2019', '2021']);

    // Back to the category select; ArrowDown picks the next option, as a keyboard user would.
    root.querySelector<HTMLSelectElement>('#category')!.focus();
    const fired = oneEvent(el, 'sanctuary-filter-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await fired).detail.category).to.not.equal(null);

    root.querySelector<HTMLSelectElement>('#category')!.value = '';
    root.querySelector<HTMLSelectElement>('#category')!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const link = Array.from(root.querySelectorAll<HTMLAnchorElement>('.year-nav a')).find((a) => a.textContent === '2021')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(root.activeElement?.id).to.equal('year-2021');
    expect(location.hash).to.equal(''); // the host page's URL is left alone
    before.remove();
  });

  it('expands a description with Enter', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('button.more')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<sanctuary-timeline> accessibility', () => {
  it('has no axe violations in English (LTR)', async () => {
    const el = await timeline(html`<sanctuary-timeline lang="en" src=${eventsUrl}></sanctuary-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in Arabic (RTL), with the base part mirrored', async () => {
    const el = await timeline(html`<sanctuary-timeline lang="ar" src=${eventsUrl}></sanctuary-timeline>`);
    const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The dot sits on the right of the line in RTL.
    const list = shadow(el).querySelector<HTMLElement>('.events')!;
    expect(getComputedStyle(list).borderRightWidth).to.equal('3px');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations when showing an error', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${fixtureUrl('timeline/missing.json')}></sanctuary-timeline>`);
    await expect(el).to.be.accessible();
  });
});

describe('<sanctuary-timeline> language', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('follows <html lang> at run time: UI strings, content, dates and direction', async () => {
    document.documentElement.lang = 'vi';
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const root = shadow(el);
    expect(headings(el, 'h3')[0]).to.equal('Hội đồng đồng ý trở thành Hội đồng Nơi trú ẩn');
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('vi');
    const viLabel = root.querySelector('label[for="category"]')!.textContent;
    expect(viLabel).to.not.equal('Category');

    const changed = oneEvent(el, 'sanctuary-locale-change');
    document.documentElement.lang = 'ar';
    await changed;
    await el.updateComplete;
    expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(headings(el, 'h3')[0]).to.equal('المجلس يوافق على أن يصبح مجلس ملاذ');
    expect(root.querySelector('label[for="category"]')!.textContent).to.not.equal(viLabel);
  });

  it('marks content that falls back to another language with its own lang', async () => {
    const el = await timeline(html`<sanctuary-timeline lang="vi" src=${eventsUrl}></sanctuary-timeline>`);
    // Event b has no Arabic; event a's English title in a Vietnamese UI is marked lang="en".
    const arabic = await timeline(html`<sanctuary-timeline lang="ar" src=${eventsUrl}></sanctuary-timeline>`);
    const fallback = Array.from(shadow(arabic).querySelectorAll('h3 span')).find((s) => s.textContent === 'Migration Forum founded')!;
    expect(fallback.getAttribute('lang')).to.equal('en');
    const native = Array.from(shadow(el).querySelectorAll('h3 span')).find((s) => s.textContent === 'Diễn đàn Di cư được thành lập')!;
    expect(native.hasAttribute('lang')).to.equal(false);
  });

  it('lets two widgets on one page speak two languages', async () => {
    const pair = await fixture<HTMLElement>(html`<div>
      <sanctuary-timeline lang="sv" src=${eventsUrl}></sanctuary-timeline>
      <sanctuary-timeline lang="ru" src=${eventsUrl}></sanctuary-timeline>
    </div>`);
    const [sv, ru] = Array.from(pair.querySelectorAll('sanctuary-timeline'));
    await settled(sv);
    await settled(ru);
    expect(shadow(sv).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
    expect(shadow(ru).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ru');
    expect(shadow(sv).querySelector('label[for="order"]')!.textContent).to.not.equal(shadow(ru).querySelector('label[for="order"]')!.textContent);
  });

  it('uses the nearest ancestor lang, and its own lang attribute when it changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="uk"><sanctuary-timeline src=${eventsUrl}></sanctuary-timeline></div>`);
    const el = wrapper.querySelector('sanctuary-timeline')!;
    await settled(el);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('uk');
    el.setAttribute('lang', 'en');
    await waitUntil(() => shadow(el).querySelector('[part="base"]')!.getAttribute('lang') === 'en');
  });

  it('formats counts with the language\'s plural rules', async () => {
    const el = await timeline(html`<sanctuary-timeline lang="ru" src=${eventsUrl}></sanctuary-timeline>`);
    const counts = Array.from(shadow(el).querySelectorAll('.year-count')).map((c) => c.textContent);
    // 1 event and 2 events take different Russian forms.
    expect(counts[0]).to.not.equal(counts[2].replace('2', '1'));
  });

  it('coexists with a host page that configures @lit/localize itself', async () => {
    // If our library had called configureLocalization, this would throw "can only be configured once".
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { 'timeline.label': 'HOST TEMPLATE' } }),
    });
    await setLocale('de');
    const el = await timeline(html`<sanctuary-timeline lang="vi" src=${eventsUrl}></sanctuary-timeline>`);
    const label = shadow(el).querySelector('[part="base"]')!.getAttribute('aria-label');
    expect(label).to.not.equal('HOST TEMPLATE');
    expect(label).to.not.equal('Timeline');
  });
});

describe('<sanctuary-timeline> bad data and failures', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  async function failing(src: string, lang = 'en') {
    const errors: CustomEvent[] = [];
    let el!: SanctuaryTimeline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline lang=${lang} src=${src} @sanctuary-error=${(e: CustomEvent) => errors.push(e)}></sanctuary-timeline>`);
      await settled(el);
    });
    return { el, errors, warnings, alert: shadow(el).querySelector('[role="alert"]') };
  }

  it('a 404 shows a localized message, fires sanctuary-error and warns once', async () => {
    const { alert, errors, warnings } = await failing(fixtureUrl('timeline/missing.json'));
    expect(textOf(alert!)).to.equal('This information could not be found (error 404).');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ code: 'http', status: 404, element: 'sanctuary-timeline' });
    expect(errors[0].bubbles && errors[0].composed).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('missing.json');
  });

  it('the same failure is shown in the page language', async () => {
    const english = await failing(fixtureUrl('timeline/missing.json'));
    const arabic = await failing(fixtureUrl('timeline/missing.json'), 'ar');
    expect(textOf(arabic.alert!)).to.not.equal(textOf(english.alert!));
  });

  it('malformed JSON and a file with no events each show a message', async () => {
    const broken = await failing(fixtureUrl('timeline/broken.json'));
    expect(broken.errors[0].detail.code).to.equal('syntax');
    expect(textOf(broken.alert!)).to.contain('mistake');
    const wrong = await failing(fixtureUrl('timeline/not-events.json'));
    expect(wrong.errors[0].detail.code).to.equal('schema');
  });

  it('a timeout offers to try again', async () => {
    const el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline timeout="150" src="/test-api/slow?ms=1500"></sanctuary-timeline>`);
    await settled(el);
    const retry = shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button');
    expect(textOf(retry!)).to.equal('Try again');
  });

  it('a server error offers to try again, and trying again succeeds', async () => {
    const src = `/test-api/flaky?key=${Math.random()}&file=timeline/events.json`;
    const { el, errors } = await failing(src);
    expect(errors[0].detail).to.include({ code: 'http', status: 503 });
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settled(el, '[part="list"]');
    expect(headings(el)).to.have.length(3);
  });

  it('an unreachable server reports a network error', async () => {
    const { errors } = await failing('http://127.0.0.1:9/events.json');
    expect(errors[0].detail.code).to.equal('network');
  });

  it('no data at all is a configuration error', async () => {
    const { errors, alert } = await failing('');
    expect(errors[0].detail).to.include({ code: 'config', field: 'src' });
    expect(textOf(alert!)).to.contain('not set up correctly');
  });

  it('hostile data never executes or renders as markup; bad records are reported and skipped', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const { el, errors } = await failing(fixtureUrl('timeline/hostile.json'));
    const root = shadow(el);
    await new Promise((r) => setTimeout(r, 200)); // give any injected handler time to run
    expect(w.__pwned).to.equal(undefined);
    expect(root.querySelectorAll('script, b, img').length).to.equal(0);
    expect(headings(el, 'h3')).to.include('<img src=x onerror="window.__pwned = 1">');
    expect(textOf(root)).to.contain('<script>window.__pwned = 2</script>');
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.href).to.match(/^https?:|#year-/);
    expect(errors.filter((e) => e.detail.code === 'invalid-item')).to.have.length(11);
    expect(textOf(root.querySelector('[part="note"]')!)).to.equal('11 entries could not be shown because of mistakes in the data.');
    // Content text is isolated, so a right-to-left override cannot reorder the page around it.
    const override = Array.from(root.querySelectorAll('h3 span')).find((s) => s.textContent!.includes('\u202E'))!;
    expect(override.getAttribute('dir')).to.equal('auto');
  });
});

describe('<sanctuary-timeline> lifecycle', () => {
  it('aborts a download when removed and loads again when put back', async () => {
    const el = await fixture<SanctuaryTimeline>(html`<sanctuary-timeline src="/test-api/slow?ms=600"></sanctuary-timeline>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    el.src = eventsUrl;
    parent.append(el);
    await settled(el);
    expect(headings(el)).to.have.length(3);
  });

  it('keeps working after being moved, and stops watching the language when gone', async () => {
    const el = await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(headings(el)).to.have.length(3);
    el.remove();
    const restore = withPageLanguage('sv');
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    restore();
    other.remove();
  });

  it('makes no request to any other origin', async () => {
    await timeline(html`<sanctuary-timeline src=${eventsUrl}></sanctuary-timeline>`);
    const foreign = performance.getEntriesByType('resource').filter((r) => !r.name.startsWith(location.origin));
    expect(foreign.map((r) => r.name).filter((n) => !n.startsWith('http://127.0.0.1:9'))).to.deep.equal([]);
  });
});
