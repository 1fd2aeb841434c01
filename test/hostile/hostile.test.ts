/**
 * The hostile-input corpus (test/hostile/corpus.js) against every widget, over real requests to the
 * test server: nothing runs, no dangerous link or attribute reaches the page, each bad record is
 * reported and skipped (or shown as plain text), the good records are shown, and nothing is wider
 * than the widget.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/all.js';
// @ts-expect-error -- plain JavaScript shared with the test server
import { hostileCounts, hostilePractices, hostileTexts, hostileTimeline } from './corpus.js';

const texts = hostileTexts as Record<string, string>;
import { shadow, textOf } from '../helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const SAFE_LINK = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** What must hold for any widget after any input. */
function expectInert(el: Element): void {
  expect(window.__pwned, 'no script from the data ran').to.equal(undefined);
  const root = shadow(el);
  const all = [...root.querySelectorAll('*'), ...el.querySelectorAll('*')];
  expect(all.filter((node) => node.localName === 'script').length, 'no <script> element').to.equal(0);
  const handlers = all.flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${node.localName}[${a.name}]`));
  expect(handlers, 'no event-handler attribute').to.deep.equal([]);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.getAttribute('href')!.startsWith('#')) continue;
    expect(SAFE_LINK.has(new URL(link.href).protocol), `link ${link.getAttribute('href')!.slice(0, 60)}`).to.equal(true);
  }
  for (const image of root.querySelectorAll<HTMLImageElement>('img[src]')) {
    expect(['http:', 'https:', 'blob:'].includes(new URL(image.src).protocol), `image ${image.getAttribute('src')!.slice(0, 60)}`).to.equal(true);
  }
  const box = el.getBoundingClientRect();
  const wide = [...root.querySelectorAll('*')].filter((node) => {
    const r = node.getBoundingClientRect();
    return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1) && !node.closest('.leaflet-pane, .visually-hidden, [hidden]');
  });
  expect(wide.map((n) => `${n.localName}.${n.className}`).slice(0, 5), 'nothing wider than the widget').to.deep.equal([]);
}

/** Mount a widget and collect what it reports while it loads. */
async function mount(template: ReturnType<typeof html>, ready: string) {
  const skipped: { row?: number; field?: string; message: string }[] = [];
  const errors: { code: string; message: string }[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  wrapper.addEventListener('sanctuary-error', (e) => {
    const detail = (e as CustomEvent).detail;
    (detail.code === 'invalid-item' ? skipped : errors).push(detail);
  });
  const loaded = new Promise<{ count: number; skipped: number }>((resolve) => wrapper.addEventListener('sanctuary-data-load', (e) => resolve((e as CustomEvent).detail)));
  render(template, wrapper);
  const el = wrapper.firstElementChild as HTMLElement;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `<${el.localName}> showed ${ready}`, { timeout: 10_000 });
  return { el, skipped, errors, loaded };
}

describe('hostile input: <sanctuary-timeline>', () => {
  afterEach(() => delete window.__pwned);

  it('JSON: every bad field is reported and skipped or shown as text; good events shown; nothing runs', async () => {
    const total = hostileTimeline().events.length;
    const { el, skipped, loaded } = await mount(html`<sanctuary-timeline lang="en" src="/test-api/hostile/timeline.json"></sanctuary-timeline>`, '[part="list"], [role="alert"]');
    const load = await loaded;
    expect(load.count + load.skipped).to.equal(total);
    expect(skipped.length).to.equal(load.skipped);
    expect(skipped.every((s) => s.message && s.row)).to.equal(true);
    const titles = [...shadow(el).querySelectorAll('.event-title')].map((t) => textOf(t));
    for (const good of ['Good event 1', 'Good event 2', 'Good event 3']) expect(titles).to.include(good);
    expect(titles).to.not.include('Same id as good-3'); // the duplicate is skipped …
    expect(skipped.some((s) => s.message.includes('used twice'))).to.equal(true); // … and says why
    // Markup in a text is shown as the characters the partner typed.
    expect(titles).to.include(texts['script tag']); // shown as text
    expect(textOf(shadow(el))).to.include('<img src=x onerror=');
    expectInert(el);
  });

  it('CSV with a BOM, semicolons, CRLF and a line break inside quotes reads like the JSON', async () => {
    const { el, loaded } = await mount(html`<sanctuary-timeline lang="en" src="/test-api/hostile/timeline.csv"></sanctuary-timeline>`, '[part="list"], [role="alert"]');
    const load = await loaded;
    expect(load.count).to.be.greaterThan(3);
    expect(textOf(shadow(el))).to.include('A title with a line break inside quotes');
    expect([...shadow(el).querySelectorAll('.event-title')].map((t) => textOf(t))).to.include('Good event 1'); // the BOM did not rename the first column
    expectInert(el);
  });

  it('a file over the size limit is refused with a message, not parsed', async () => {
    const { el, errors } = await mount(html`<sanctuary-timeline lang="en" src="/test-api/hostile/huge.json"></sanctuary-timeline>`, '[role="alert"]');
    expect(errors.map((e) => e.code)).to.include('too-large');
    expect(textOf(shadow(el).querySelector('[role="alert"]')!).length).to.be.greaterThan(10);
    expectInert(el);
  });
});

describe('hostile input: <sanctuary-safe-surgery-map>', () => {
  afterEach(() => delete window.__pwned);

  it('every bad field and coordinate is reported and skipped or made safe; good practices shown, on the list and the real map', async () => {
    const total = hostilePractices().features.length;
    const { el, skipped, loaded } = await mount(html`<sanctuary-safe-surgery-map lang="en" no-tiles src="/test-api/hostile/practices.geojson"></sanctuary-safe-surgery-map>`, '[part="list"], [role="alert"]');
    const load = await loaded;
    expect(load.count + load.skipped).to.equal(total);
    expect(skipped.length).to.equal(load.skipped);
    for (const name of ['coordinates: latitude out of range', 'coordinates: strings', 'coordinates: null', 'Same id as good-3']) {
      expect(textOf(shadow(el).querySelector('[part="list"]')!), name).to.not.include(name);
    }
    const list = textOf(shadow(el).querySelector('[part="list"]')!);
    for (const good of ['Good practice 1', 'Good practice 2', 'Good practice 3']) expect(list).to.include(good);
    // The map itself (real Leaflet), with every marker and cluster made from this data.
    shadow(el).querySelector('[part="map"]')!.scrollIntoView();
    await waitUntil(() => shadow(el).querySelector('.leaflet-marker-icon'), 'markers on the map', { timeout: 10_000 });
    // Open every practice card: the links in them are where a bad website or phone would surface.
    for (const toggle of shadow(el).querySelectorAll<HTMLButtonElement>('.practice-toggle')) toggle.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expectInert(el);
  });
});

describe('hostile input: <sanctuary-rights-checker> and <sanctuary-charging-guidance> with a partner ruleset', () => {
  afterEach(() => delete window.__pwned);

  for (const tag of ['sanctuary-rights-checker', 'sanctuary-charging-guidance']) {
    it(`${tag}: markup stays text, javascript: and data: sources are not links`, async () => {
      const { el } = await mount(
        tag === 'sanctuary-rights-checker'
          ? html`<sanctuary-rights-checker lang="en" src="/test-api/hostile/ruleset.json"></sanctuary-rights-checker>`
          : html`<sanctuary-charging-guidance lang="en" src="/test-api/hostile/ruleset.json"></sanctuary-charging-guidance>`,
        'form, [role="alert"], [part="care"], section',
      );
      if (tag === 'sanctuary-rights-checker' && shadow(el).querySelector('form')) {
        shadow(el).querySelector<HTMLInputElement>('input[value="gp"]')?.click();
        shadow(el).querySelector('form')!.requestSubmit();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      expectInert(el);
    });
  }
});

describe('hostile input: <sanctuary-pledge-form> counter', () => {
  afterEach(() => delete window.__pwned);

  for (const name of Object.keys(hostileCounts)) {
    it(`a count endpoint answering ${name} shows no number it cannot trust, and the form still works`, async () => {
      const { el, errors } = await mount(html`<sanctuary-pledge-form lang="en" endpoint="/receiver/pledges" min-count="0" count-url=${`/test-api/hostile/count-${encodeURIComponent(name)}.json`}></sanctuary-pledge-form>`, 'form');
      await waitUntil(() => errors.length > 0, 'the web editor is told the count is unusable');
      const text = textOf(shadow(el));
      expect(text).to.not.match(/NaN|Infinity|-\d|12\.5|e\+/);
      expect(shadow(el).querySelector('form button[type="submit"]')).to.exist;
      expectInert(el);
    });
  }
});
