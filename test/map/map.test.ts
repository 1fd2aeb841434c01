import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/safe-surgery-map.js';
import type { SanctuarySafeSurgeryMap } from '../../src/map/sanctuary-safe-surgery-map.js';
import { captureWarnings, fixtureUrl, settled, shadow, textOf, withPageLanguage } from '../helpers.js';

const small = fixtureUrl('map/small.geojson');
const areas = fixtureUrl('map/areas.json');
const tiles = '/test-api/tile/{z}/{x}/{y}.png';

async function mapWidget(template: ReturnType<typeof html>): Promise<SanctuarySafeSurgeryMap> {
  const element = await fixture<SanctuarySafeSurgeryMap>(template);
  await settled(element);
  return element;
}

const names = (el: Element) => Array.from(shadow(el).querySelectorAll('.practice-toggle')).map((b) => textOf(b));
/** The map loads when it scrolls into view: bring it there, then wait for markers. */
async function mapReady(el: Element): Promise<void> {
  shadow(el).querySelector('.map')?.scrollIntoView({ block: 'nearest' });
  await waitUntil(() => shadow(el).querySelector('.leaflet-marker-icon'), 'the map shows markers', { timeout: 8000 });
}
const markers = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon'));

async function search(el: SanctuarySafeSurgeryMap, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('#query')!;
  input.value = query;
  shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
  await waitUntil(() => textOf(shadow(el).querySelector('.search-status')!) !== '', 'a search result message');
  await el.updateComplete;
}

describe('<sanctuary-safe-surgery-map> list', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  it('lists every practice by name, with badges, before any search', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles src=${small}></sanctuary-safe-surgery-map>`);
    expect(names(el)).to.deep.equal(['Catford Test Practice', 'Deptford Test Practice', 'Woolwich Test Practice']);
    const first = shadow(el).querySelector('[data-practice="catford"]')!;
    expect(textOf(first.querySelector('.badges')!)).to.contain('Safe Surgery since May 2021');
    expect(textOf(first.querySelector('.badges')!)).to.contain('Open now'); // 24/7
    expect(textOf(shadow(el).querySelector('[data-practice="woolwich"] .badges')!)).to.contain('Closed now');
    // Hours in a form we cannot read say nothing about open or closed.
    expect(textOf(shadow(el).querySelector('[data-practice="deptford"] .badges')!)).to.not.match(/Open now|Closed now/);
    expect(textOf(shadow(el).querySelector('.count')!)).to.equal('3 practices of 3.');
  });

  it('opens a practice card: what to expect from the last check, rights with a source, and actions', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles src=${small}></sanctuary-safe-surgery-map>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[data-practice="catford"] .practice-toggle')!;
    const selected = oneEvent(el, 'sanctuary-practice-select');
    toggle.click();
    expect((await selected).detail).to.deep.equal({ id: 'catford', name: 'Catford Test Practice', from: 'list' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = shadow(el).querySelector('#details-catford')!;
    const text = textOf(details);
    expect(text).to.contain('Checked on 12 March 2025 by Community volunteers');
    expect(text).to.contain('Did not ask for ID');
    expect(text).to.contain('Asked for proof of address');
    expect(text).to.contain('You do not need ID, proof of address or immigration status to register with a GP');
    expect(text).to.contain('(GMS1)');
    expect(details.querySelector<HTMLAnchorElement>('.source a')!.href).to.contain('HL9241');
    expect(details.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:02079460100');
    expect(details.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/directions"]')).to.exist;
    expect(text).to.contain('Staff speak: English, Vietnamese, Bangla');
    expect(text).to.contain('Walk-in registration on Tuesdays.');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('pages a long list', async () => {
    const practices = {
      type: 'FeatureCollection',
      features: Array.from({ length: 45 }, (_, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [-0.02 + i / 1000, 51.45] }, properties: { id: `x${i}`, name: `Practice ${String(i).padStart(2, '0')}` } })),
    };
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" page-size="20" .practices=${practices}></sanctuary-safe-surgery-map>`);
    expect(names(el)).to.have.length(20);
    shadow(el).querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(40);
    expect(textOf(shadow(el).querySelector('.more')!)).to.contain('40 of 45 shown');
  });
});

describe('<sanctuary-safe-surgery-map> search and filters', () => {
  it('searches on the device with the area table: nearest first, a message, an event, and no request', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" areas=${areas} src=${small}></sanctuary-safe-surgery-map>`);
    const start = performance.now();
    const searched = oneEvent(el, 'sanctuary-search');
    await search(el, 'SE18');
    expect((await searched).detail).to.deep.equal({ query: 'SE18', found: true, geocoder: 'local' });
    expect(names(el)[0]).to.equal('Woolwich Test Practice');
    expect(textOf(shadow(el).querySelector('.search-status')!)).to.match(/nearest to SE18 .* Woolwich Test Practice, 0\.\d mi away/);
    expect(textOf(shadow(el).querySelector('[data-practice="catford"] .distance')!)).to.match(/^\d+(\.\d)? mi away$/);
    expect(performance.getEntriesByType('resource').filter((r) => r.startTime >= start)).to.deep.equal([]);
    await search(el, 'Atlantis');
    expect(textOf(shadow(el).querySelector('.search-status')!)).to.contain('We could not find "Atlantis"');
  });

  it('a full postcode of a practice finds it exactly; kilometres in Vietnamese', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map lang="vi" view="list" src=${small}></sanctuary-safe-surgery-map>`);
    await search(el, 'se6 4aa');
    expect(names(el)[0]).to.equal('Catford Test Practice');
    expect(textOf(shadow(el).querySelector('[data-practice="woolwich"] .distance')!)).to.match(/km/);
  });

  it('filters by Safe Surgery, step-free, language and open now, with counts and an event', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" src=${small}></sanctuary-safe-surgery-map>`);
    const root = shadow(el);
    const toggle = async (id: string) => {
      const box = root.querySelector<HTMLInputElement>(`#${id}`)!;
      box.click();
      await el.updateComplete;
    };
    const changed = oneEvent(el, 'sanctuary-filter-change');
    await toggle('safeOnly');
    expect((await changed).detail).to.deep.equal({ safeOnly: true, stepFree: false, openNow: false, language: '', count: 2 });
    expect(names(el)).to.deep.equal(['Catford Test Practice', 'Deptford Test Practice']);
    expect(textOf(root.querySelector('.count')!)).to.equal('2 practices of 3.');
    await toggle('stepFree');
    expect(names(el)).to.deep.equal(['Catford Test Practice']);
    await toggle('safeOnly');
    await toggle('stepFree');
    await toggle('openNow');
    expect(names(el)).to.deep.equal(['Catford Test Practice']);
    await toggle('openNow');
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    expect(Array.from(language.options).map((o) => o.value)).to.include.members(['', 'so', 'ne', 'vi', 'bn']);
    language.value = 'so';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Deptford Test Practice']);
  });

  it('asks for the device location only when "Use my location" is pressed', async () => {
    const geolocation = navigator.geolocation;
    const calls: unknown[] = [];
    // Stand in for the phone's location service (the browser would otherwise ask for permission).
    const original = geolocation.getCurrentPosition;
    geolocation.getCurrentPosition = (success: PositionCallback) => {
      calls.push(1);
      success({ coords: { latitude: 51.4906, longitude: 0.0637, accuracy: 50 } } as GeolocationPosition);
    };
    try {
      const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" src=${small}></sanctuary-safe-surgery-map>`);
      expect(calls).to.have.length(0);
      const searched = oneEvent(el, 'sanctuary-search');
      Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === 'Use my location')!.click();
      expect((await searched).detail).to.deep.equal({ query: 'my location', found: true, geocoder: 'geolocation' });
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(names(el)[0]).to.equal('Woolwich Test Practice');
      expect(textOf(shadow(el).querySelector('.search-status')!)).to.contain('nearest to your location');
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });

  it('reads an inline JSON child', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list">
      <script type="application/json">
        { "type": "FeatureCollection", "features": [{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [-0.02, 51.45] }, "properties": { "name": "Inline Practice" } }] }
      </script>
    </sanctuary-safe-surgery-map>`);
    expect(names(el)).to.deep.equal(['Inline Practice']);
  });

  it('safe-only starts filtered', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map safe-only view="list" src=${small}></sanctuary-safe-surgery-map>`);
    expect(names(el)).to.have.length(2);
    expect(shadow(el).querySelector<HTMLInputElement>('#safeOnly')!.checked).to.equal(true);
  });

  it('uses a partner’s own geocoder when configured, and says the text is sent there', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" geocoder="/test-api/geocode?q={query}" src=${small}></sanctuary-safe-surgery-map>`);
    expect(textOf(shadow(el).querySelector('#query-hint')!)).to.contain('is sent to /test-api/geocode');
    const searched = oneEvent(el, 'sanctuary-search');
    await search(el, 'Woolwich');
    expect((await searched).detail.geocoder).to.equal(location.host);
    expect(names(el)[0]).to.equal('Woolwich Test Practice');
  });
});

describe('<sanctuary-safe-surgery-map> formats and bad data', () => {
  let restore: () => void;
  beforeEach(() => (restore = withPageLanguage('en')));
  afterEach(() => restore());

  async function loadWith(src: string, extra = ''): Promise<{ el: SanctuarySafeSurgeryMap; errors: CustomEvent[] }> {
    const errors: CustomEvent[] = [];
    let el!: SanctuarySafeSurgeryMap;
    await captureWarnings(async () => {
      el = await fixture<SanctuarySafeSurgeryMap>(html`<sanctuary-safe-surgery-map view="list" areas=${extra} src=${src} @sanctuary-error=${(e: CustomEvent) => errors.push(e)}></sanctuary-safe-surgery-map>`);
      await settled(el);
    });
    return { el, errors };
  }

  it('reads CSV and places postcode-only rows at their area’s centre, marked approximate', async () => {
    const { el, errors } = await loadWith('/demo/data/practices.csv', '/demo/data/se-london-areas.json');
    expect(errors).to.deep.equal([]);
    expect(names(el)).to.have.length(20);
    expect(textOf(shadow(el).querySelector('.count')!)).to.equal('40 practices of 40.');
    expect(shadow(el).querySelectorAll('.practice .badge').length).to.be.greaterThan(0);
  });

  it('without the area table, postcode-only CSV rows are reported and skipped', async () => {
    const { el, errors } = await loadWith('/demo/data/practices.csv');
    expect(errors.map((e) => e.detail.field)).to.deep.equal(['postcode', 'postcode', 'postcode', 'postcode']);
    expect(textOf(shadow(el).querySelector('.count')!)).to.equal('36 practices of 36.');
  });

  it('reads Open Referral UK JSON', async () => {
    const { el } = await loadWith('/demo/data/practices.oruk.json');
    expect(textOf(shadow(el).querySelector('.count')!)).to.equal('40 practices of 40.');
  });

  it('malformed GeoJSON, CSV and ORUK each give a localized error and fire sanctuary-error', async () => {
    for (const [file, code] of [
      ['map/broken.geojson', 'syntax'],
      ['map/broken.oruk.json', 'schema'],
      ['map/not-a-table.csv', 'syntax'],
    ] as const) {
      const { el, errors } = await loadWith(fixtureUrl(file));
      expect(errors[0]?.detail.code, file).to.equal(code);
      expect(textOf(shadow(el).querySelector('[role="alert"]')!), file).to.contain('mistake');
    }
    const restoreAr = withPageLanguage('ar');
    const { el } = await loadWith(fixtureUrl('map/broken.geojson'));
    expect(textOf(shadow(el).querySelector('[role="alert"]')!)).to.not.contain('mistake');
    restoreAr();
  });

  it('a 404 and a timeout each show a message', async () => {
    const missing = await loadWith(fixtureUrl('map/missing.geojson'));
    expect(missing.errors[0].detail).to.include({ code: 'http', status: 404 });
    const el = await fixture<SanctuarySafeSurgeryMap>(html`<sanctuary-safe-surgery-map timeout="150" src="/test-api/slow?ms=2000"></sanctuary-safe-surgery-map>`);
    await settled(el);
    expect(textOf(shadow(el).querySelector('[role="alert"]')!)).to.contain('Loading took too long');
  });

  it('hostile names and notes are text, a javascript: website never becomes a link, bad records are skipped', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const { el, errors } = await loadWith(fixtureUrl('map/hostile.geojson'));
    const root = shadow(el);
    expect(names(el)).to.include('<img src=x onerror="window.__pwned = 1">');
    root.querySelector<HTMLButtonElement>('[data-practice="h1"] .practice-toggle')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(w.__pwned).to.equal(undefined);
    expect(textOf(root)).to.contain('<script>window.__pwned = 2</script>');
    expect(root.querySelectorAll('.practices img, .practices script, .practices b').length).to.equal(0);
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.getAttribute('href')).to.match(/^(https?:|tel:|#)/);
    expect(errors.filter((e) => e.detail.code === 'invalid-item')).to.have.length(7);
  });
});

describe('<sanctuary-safe-surgery-map> the map', () => {
  it('draws named, keyboard-operable markers from real Leaflet; choosing one opens its card', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles src=${small}></sanctuary-safe-surgery-map>`);
    await mapReady(el);
    const all = markers(el);
    expect(all.length).to.be.greaterThan(0);
    for (const marker of all) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.getAttribute('tabindex')).to.equal('0');
      expect(marker.getAttribute('aria-label')).to.match(/Test Practice|GP practice/);
    }
    // No default-icon image requests, no global L.
    expect(performance.getEntriesByType('resource').some((r) => r.name.includes('marker-icon'))).to.equal(false);
    expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    const woolwich = all.find((m) => m.getAttribute('aria-label') === 'Woolwich Test Practice')!;
    const selected = oneEvent(el, 'sanctuary-practice-select');
    woolwich.focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'woolwich', name: 'Woolwich Test Practice', from: 'map' });
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement?.closest('[data-practice="woolwich"]'), 'focus moves to the card');
    expect(shadow(el).querySelector('[data-practice="woolwich"] .practice-toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('names clusters ("3 GP practices") and zooms into them; announces moves politely', async () => {
    const practices = {
      type: 'FeatureCollection',
      features: Array.from({ length: 3 }, (_, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [-0.02 + i / 100000, 51.45] }, properties: { id: `c${i}`, name: `Close ${i}` } })),
    };
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles .practices=${practices}></sanctuary-safe-surgery-map>`);
    await mapReady(el);
    const zoomOut = shadow(el).querySelector<HTMLButtonElement>('.zoom-button[aria-label="Zoom out"]')!;
    for (let i = 0; i < 4; i++) zoomOut.click();
    await waitUntil(() => markers(el).find((m) => m.getAttribute('aria-label') === '3 GP practices'), 'a named cluster');
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    await waitUntil(() => /Map at zoom \d+: 3 practices in view\./.test(textOf(live)), 'the move is announced', { timeout: 4000 });
    markers(el).find((m) => m.getAttribute('aria-label') === '3 GP practices')!.click();
    await waitUntil(() => markers(el).filter((m) => /^Close/.test(m.getAttribute('aria-label') ?? '')).length === 3, 'the cluster opens', { timeout: 4000 });
  });

  it('loads tiles from the configured server only when the map scrolls into view', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="height: 3000px"></div>
      <sanctuary-safe-surgery-map tile-url=${tiles} src=${small}></sanctuary-safe-surgery-map>
    </div>`);
    const el = wrapper.querySelector('sanctuary-safe-surgery-map')!;
    await settled(el);
    await new Promise((r) => setTimeout(r, 300));
    const tileRequests = () => performance.getEntriesByType('resource').filter((r) => r.name.includes('/test-api/tile/')).length;
    const before = tileRequests();
    expect(shadow(el).querySelector('.leaflet-container')).to.equal(null);
    el.scrollIntoView();
    await mapReady(el);
    await waitUntil(() => tileRequests() > before, 'tiles requested once visible');
    expect(textOf(shadow(el).querySelector('.attribution')!)).to.equal('© OpenStreetMap contributors');
    window.scrollTo(0, 0);
  });

  it('says so when tiles fail, and the list keeps working', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map tile-url="/test-api/status?code=404&z={z}&x={x}&y={y}" src=${small}></sanctuary-safe-surgery-map>`);
    await waitUntil(() => textOf(shadow(el)).includes('The map could not be loaded'), 'tile failure shown', { timeout: 8000 });
    expect(names(el)).to.have.length(3);
  });

  it('view="list" never creates a map', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" src=${small}></sanctuary-safe-surgery-map>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow(el).querySelector('.map, .leaflet-container')).to.equal(null);
  });

  it('keeps its size right after being hidden and shown again', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles src=${small}></sanctuary-safe-surgery-map>`);
    await mapReady(el);
    el.hidden = true;
    await new Promise((r) => setTimeout(r, 100));
    el.hidden = false;
    await new Promise((r) => setTimeout(r, 300));
    const map = shadow(el).querySelector<HTMLElement>('.leaflet-container')!;
    const pane = shadow(el).querySelector<HTMLElement>('.leaflet-map-pane')!;
    expect(map.clientWidth).to.be.greaterThan(200);
    // Markers are inside the visible box, which they are not when Leaflet thinks the map is 0×0.
    const box = map.getBoundingClientRect();
    const inside = markers(el).filter((m) => {
      const r = m.getBoundingClientRect();
      return r.left >= box.left - 40 && r.right <= box.right + 40 && r.top >= box.top - 60 && r.bottom <= box.bottom + 40;
    });
    expect(inside.length).to.equal(markers(el).length);
    expect(pane).to.exist;
  });

  it('50 attach and detach cycles leave no map behind', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map no-tiles src=${small}></sanctuary-safe-surgery-map>`);
    await mapReady(el);
    const parent = el.parentElement!;
    for (let i = 0; i < 50; i++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(shadow(el).querySelector('.leaflet-marker-icon, .leaflet-pane')).to.equal(null);
    parent.append(el);
    await mapReady(el);
    expect(shadow(el).querySelectorAll('.leaflet-map-pane').length).to.equal(1);
  });
});

describe('<sanctuary-safe-surgery-map> keyboard and accessibility', () => {
  it('keyboard only: from the search box to a practice’s phone number', async () => {
    const el = await mapWidget(html`<sanctuary-safe-surgery-map view="list" areas=${areas} src=${small}></sanctuary-safe-surgery-map>`);
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({ type: 'SE6' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(root.querySelector('.search-status')!).includes('nearest'), 'searched');
    // Tab until the first practice's name button.
    for (let i = 0; i < 12 && !root.activeElement?.classList.contains('practice-toggle'); i++) await sendKeys({ press: 'Tab' });
    expect(textOf(root.activeElement!)).to.equal('Catford Test Practice');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 6 && !(root.activeElement as HTMLAnchorElement | null)?.href?.startsWith('tel:'); i++) await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('tel:02079460100');
  });

  it('has no axe violations with the map, in English and in Arabic, with a card open', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mapWidget(html`<sanctuary-safe-surgery-map lang=${lang} no-tiles src=${small}></sanctuary-safe-surgery-map>`);
      await mapReady(el);
      shadow(el).querySelector<HTMLButtonElement>('.practice-toggle')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    }
  });
});
