import { locales as mapLocales } from '../generated/locales/map/index.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { SanctuaryDataElement } from '../core/data-element.js';
import { loadData } from '../core/data.js';
import { toErrorDetail } from '../core/errors.js';
import { intl, msg, plural, str } from '../core/localize.js';
import { sharedStyles } from '../core/styles.js';
import { resolveText, type Translatable } from '../core/translatable.js';
import type { PartialDate } from '../core/fields.js';
import { distanceKm, normalisePostcode, unitFor, type DistanceUnit, type LatLng } from './geo.js';
import { createGeocoder, readAreaTable, type AreaTable, type Place } from './geocoders.js';
import { isOpenAt, parseOpeningHours, type WeekHours } from './opening-hours.js';
import { parsePractices, type PlacedPractice, type Practice, type PracticeFormat } from './practices.js';
import type { PracticeMap } from './practice-map.js';
import { mapStyles } from './sanctuary-safe-surgery-map.styles.js';

/** Where the rights on each card come from (shared/domain/rights-brief.md §1.4). */
const REGISTRATION_SOURCE = {
  title: 'NHS England, Patient Registration Standard Operating Principles (quoted in HL9241, 18 July 2018)',
  url: 'https://questions-statements.parliament.uk/written-questions/detail/2018-07-04/HL9241/',
};

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface PracticeFilters {
  safeOnly: boolean;
  stepFree: boolean;
  openNow: boolean;
  /** A language code staff speak, or '' for any. */
  language: string;
}

export interface PracticeSelectDetail {
  id: string;
  name: string;
  /** `list` or `map`: where the visitor chose it. */
  from: 'list' | 'map';
}

export interface PracticeSearchDetail {
  /** What the visitor typed, or `my location`. */
  query: string;
  found: boolean;
  /** `local` (nothing left the page), `geolocation`, or the third-party geocoder's name. */
  geocoder: string;
}

export interface PracticeFilterDetail extends PracticeFilters {
  count: number;
}

/**
 * GP practices that register anyone without asking for ID, proof of address or immigration status
 * ("Safe Surgeries"): an accessible list first, a Leaflet map as an enhancement, search near a
 * postcode or place on the device, filters, and what volunteers found when they last checked.
 *
 * @summary Find a GP practice that will register you.
 * @tagname sanctuary-safe-surgery-map
 *
 * @event sanctuary-practice-select - A practice was chosen in the list or on the map. Detail: `{id, name, from}`.
 * @event sanctuary-search - The visitor searched. Detail: `{query, found, geocoder}`.
 * @event sanctuary-filter-change - A filter changed. Detail: `{safeOnly, stepFree, openNow, language, count}`.
 * @event sanctuary-data-load - Practices were read. Detail: `{count, skipped}`.
 * @event sanctuary-error - Data could not be loaded, or a record was skipped. Detail: `{code, element, source, status?, row?, field?, message}`.
 *
 * @slot - Fallback content shown until the widget is ready. An inline `<script type="application/json">` child is read as data.
 *
 * @csspart base - The outer wrapper (carries `lang` and `dir`).
 * @csspart search - The search form.
 * @csspart filters - The filters.
 * @csspart map - The map container.
 * @csspart list - The list of practices.
 * @csspart practice - One practice in the list.
 * @csspart error - The message shown when data cannot be loaded.
 *
 * @cssproperty --sanctuary-color-accent - Links, buttons, Safe Surgery pins (default #005ea5).
 * @cssproperty --sanctuary-map-height - Height of the map (default 22rem; 16rem on narrow screens).
 * @cssproperty --sanctuary-map-pin-color - Pins of practices that are not Safe Surgery members (default #505a5f).
 */
export class SanctuarySafeSurgeryMap extends SanctuaryDataElement {
  protected static override localeMessages = mapLocales;
  static override styles = [sharedStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    practices: { attribute: false },
    areas: {},
    geocoder: {},
    view: {},
    tileUrl: { attribute: 'tile-url' },
    attribution: {},
    attributionUrl: { attribute: 'attribution-url' },
    noTiles: { type: Boolean, attribute: 'no-tiles' },
    directions: {},
    units: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    label: {},
    safeOnly: { type: Boolean, attribute: 'safe-only' },
    pageSize: { type: Number, attribute: 'page-size' },
    allPractices: { state: true },
    loaded: { state: true },
    skippedCount: { state: true },
    filters: { state: true },
    origin: { state: true },
    selectedId: { state: true },
    shown: { state: true },
    searchMessage: { state: true },
    searching: { state: true },
    listAnnouncement: { state: true },
    mapAnnouncement: { state: true },
    mapState: { state: true },
    tilesFailed: { state: true },
  };

  /** URL of the practices: GeoJSON, CSV or Open Referral UK JSON. */
  src?: string;

  /** `auto` (by content), `geojson`, `csv` or `oruk`. */
  format: PracticeFormat | 'auto' = 'auto';

  /** Practices given directly: a GeoJSON FeatureCollection or ORUK services (framework use). */
  practices?: unknown;

  /** URL of an area table (`{"areas": {"SE6": [lat, lng], "Catford": [lat, lng]}}`) for on-device search. */
  areas?: string;

  /**
   * Where searches are looked up: `local` (default: the area table and the practices' own
   * postcodes; nothing leaves the page), `postcodes.io`, `nominatim`, or a URL template with `{query}`.
   */
  geocoder = 'local';

  /** `map` (default: list and map) or `list` (no map at all). */
  view: 'map' | 'list' = 'map';

  /** Map tiles URL template (default: OpenStreetMap's standard tiles). Loaded only when the map is in view. */
  tileUrl = OSM_TILES;

  /** Attribution text for the tiles (plain text, not HTML). */
  attribution = '© OpenStreetMap contributors';

  /** Link for the attribution. */
  attributionUrl = 'https://www.openstreetmap.org/copyright';

  /** No map tiles: pins on a plain background, so no tile server ever sees a request. */
  noTiles = false;

  /** Directions links: `osm` (default), `google`, `apple` or `none`. */
  directions: 'osm' | 'google' | 'apple' | 'none' = 'osm';

  /** `auto` (miles for en-GB and en-US, km otherwise), `km` or `mi`. */
  units: 'auto' | DistanceUnit = 'auto';

  /** Heading level of practice names (2–5, default 3); the results heading is one level above. */
  headingLevel = 3;

  /** Accessible name of the widget (default: "GP practices that will register you", localized). */
  label?: string;

  /** Start with only Safe Surgery members shown. */
  safeOnly = false;

  /** How many practices the list shows at a time (default 20). */
  pageSize = 20;

  private allPractices: PlacedPractice[] = [];
  private loaded = false;
  private skippedCount = 0;
  private filters: PracticeFilters = { safeOnly: false, stepFree: false, openNow: false, language: '' };
  private origin?: Place;
  private selectedId?: string;
  private shown = 20;
  /** Status lines are kept as functions and called in render(), so they follow a language change. */
  private searchMessage?: () => string;
  private searching = false;
  private listAnnouncement?: () => string;
  private mapAnnouncement?: () => string;
  private mapState: 'waiting' | 'loading' | 'ready' | 'failed' = 'waiting';
  private tilesFailed = false;

  private areaTable: AreaTable = {};
  /** Languages staff speak anywhere in the data (primary subtags), for the filter. */
  private languageCodes: string[] = [];
  private filteredMemo?: { key: string; source: PlacedPractice[]; list: PlacedPractice[] };
  private searchController?: AbortController;
  private hoursCache = new Map<string, WeekHours | undefined>();
  private distanceCache = new Map<string, number>();
  private map?: PracticeMap;
  private mapObserver?: IntersectionObserver;
  private resizeObserver?: ResizeObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    if (!this.loaded) void this.loadAll();
    else this.requestUpdate(); // updated() watches for the map box again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abortLoad();
    this.searchController?.abort();
    this.teardownMap();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.filters = { ...this.filters, safeOnly: this.safeOnly };
      this.shown = this.validPageSize;
    }
    if (changed.has('src') || changed.has('practices') || changed.has('format') || changed.has('areas') || !this.hasUpdated) {
      void this.loadAll();
    }
    if (changed.has('view') && this.view === 'list') this.teardownMap();
  }

  protected override updated(): void {
    // The map loads (Leaflet, styles, tiles) only once its box scrolls into view.
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (container && this.loaded && !this.mapObserver && this.mapState === 'waiting') {
      // Already on screen: start now rather than a frame later.
      const box = container.getBoundingClientRect();
      if (box.width > 0 && box.top < innerHeight + 200 && box.bottom > -200) {
        void this.createMap(container);
        return;
      }
      this.mapObserver = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.mapObserver?.disconnect();
          void this.createMap(container);
        }
      }, { rootMargin: '200px' });
      this.mapObserver.observe(container);
    }
  }

  protected override retry(): void {
    void this.loadAll();
  }

  private get validPageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 200) : 20;
  }

  // ---- Data ----

  private async loadAll(): Promise<void> {
    const signal = this.beginLoad();
    this.error = undefined;
    const options = { signal, timeout: this.validTimeout };
    try {
      const [table, data] = await Promise.all([
        this.areas ? loadData(this.areas, { ...options, format: 'json' }).then((r) => readAreaTable(r.data)) : Promise.resolve<AreaTable>({}),
        this.readData(signal),
      ]);
      if (signal.aborted) return;
      this.areaTable = table;
      const { practices, problems } = parsePractices(data.data, data.format, { source: data.source, baseUrl: data.baseUrl });
      // Rows with only a postcode go at their outward code's centre, from the area table.
      const placed: PlacedPractice[] = [];
      for (const practice of practices) {
        if (practice.lat !== undefined && practice.lng !== undefined) {
          placed.push(practice as PlacedPractice);
          continue;
        }
        const outward = normalisePostcode(practice.postcode ?? '')?.outward;
        const centre = outward ? table[outward] : undefined;
        if (centre) placed.push({ ...practice, lat: centre[0], lng: centre[1], approximate: true });
        else problems.push({ code: 'invalid-item', source: data.source, row: practice.row, field: 'postcode', message: `Row ${practice.row}: no coordinates, and postcode "${practice.postcode}" is not in the area table (areas attribute); skipped.` });
      }
      this.allPractices = placed;
      const codes = new Set<string>();
      for (const practice of placed) for (const code of practice.languages) codes.add(code.split('-')[0]);
      this.languageCodes = [...codes];
      this.hoursCache.clear();
      this.distanceCache.clear();
      this.skippedCount = problems.length;
      this.loaded = true;
      this.reportSkippedItems(problems);
      if (placed.length === 0 && problems.length > 0) {
        this.reportError({ code: 'schema', source: data.source, message: 'None of the practices could be read; see the skipped records above.' });
        return;
      }
      this.map?.setPoints(this.mapPoints());
      this.dispatchEvent(new CustomEvent('sanctuary-data-load', { detail: { count: placed.length, skipped: problems.length }, bubbles: true, composed: true }));
    } catch (error) {
      if (signal.aborted) return;
      this.allPractices = [];
      this.reportError(toErrorDetail(error, { code: 'schema', source: this.src ?? 'inline' }));
    }
  }

  /** The raw data: property, then `src`, then an inline JSON child; `format` says how to read it. */
  private async readData(signal: AbortSignal): Promise<{ data: unknown; format: PracticeFormat | 'json'; source: string; baseUrl: string }> {
    const explicit = this.format && this.format !== 'auto' ? this.format : undefined;
    const read = await this.readSourceData({
      property: this.practices,
      src: this.src,
      format: explicit === 'csv' ? 'csv' : explicit ? 'json' : 'auto',
      signal,
      propertyName: 'practices',
      formats: 'a GeoJSON, CSV or Open Referral UK file',
    });
    return { ...read, format: read.format === 'csv' ? 'csv' : (explicit ?? 'json') };
  }

  // ---- Derived ----

  private hours(practice: Practice): WeekHours | undefined {
    if (!practice.openingHours) return undefined;
    if (!this.hoursCache.has(practice.id)) this.hoursCache.set(practice.id, parseOpeningHours(practice.openingHours));
    return this.hoursCache.get(practice.id);
  }

  /** Open now: true, false, or undefined when the hours are missing or in a form we do not read. */
  private openNow(practice: Practice, now: Date): boolean | undefined {
    const week = this.hours(practice);
    return week ? isOpenAt(week, now) : undefined;
  }

  private distance(practice: PlacedPractice): number | undefined {
    if (!this.origin) return undefined;
    let km = this.distanceCache.get(practice.id);
    if (km === undefined) {
      km = distanceKm(this.origin, practice);
      this.distanceCache.set(practice.id, km);
    }
    return km;
  }

  /**
   * The practices the filters let through, in data order. Kept until the data, filters or the
   * minute (for "open now") change: at 100,000 practices every pass counts.
   */
  private filteredPractices(now = new Date()): PlacedPractice[] {
    const { safeOnly, stepFree, openNow, language } = this.filters;
    const key = `${safeOnly}|${stepFree}|${openNow}|${language}|${openNow ? Math.floor(now.getTime() / 60_000) : ''}`;
    if (this.filteredMemo?.key === key && this.filteredMemo.source === this.allPractices) return this.filteredMemo.list;
    const list = this.allPractices.filter(
      (p) =>
        (!safeOnly || p.safeSurgery) &&
        (!stepFree || p.stepFree === true) &&
        (!language || p.languages.some((l) => l === language || l.split('-')[0] === language)) &&
        (!openNow || this.openNow(p, now) === true),
    );
    this.filteredMemo = { key, source: this.allPractices, list };
    return list;
  }

  /** List order: nearest first after a search, else by name in the visitor's language. */
  private get compare(): (a: PlacedPractice, b: PlacedPractice) => number {
    if (this.origin) return (a, b) => this.distance(a)! - this.distance(b)!;
    const collator = intl('Collator', this.locale);
    return (a, b) => collator.compare(this.text(a.name).text, this.text(b.name).text);
  }

  /**
   * The first `count` practices in list order, without sorting them all: the list shows a page
   * at a time, and sorting 100,000 names by the visitor's collation takes seconds on a phone.
   */
  private firstPractices(count: number, now = new Date()): PlacedPractice[] {
    const compare = this.compare;
    const best: PlacedPractice[] = [];
    for (const practice of this.filteredPractices(now)) {
      if (best.length === count && compare(practice, best[count - 1]) >= 0) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compare(best[middle], practice) <= 0) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, practice);
      if (best.length > count) best.pop();
    }
    return best;
  }

  /** Where a practice stands in list order (how many come before it). */
  private rankOf(practice: PlacedPractice): number {
    const compare = this.compare;
    return this.filteredPractices().reduce((rank, other) => rank + (compare(other, practice) < 0 ? 1 : 0), 0);
  }

  private mapPoints() {
    return this.filteredPractices().map((p) => ({ id: p.id, lat: p.lat!, lng: p.lng!, name: this.text(p.name).text, safeSurgery: p.safeSurgery }));
  }

  private text(value: Translatable | undefined) {
    return resolveText(value, this.contentLanguage, this.contentFallbacks);
  }

  private get unit(): DistanceUnit {
    return this.units === 'km' || this.units === 'mi' ? this.units : unitFor(this.formatLocale);
  }

  // ---- Map ----

  private async createMap(container: HTMLElement): Promise<void> {
    if (this.view === 'list' || this.map) return;
    this.mapState = 'loading';
    try {
      const { PracticeMap, leafletStyleSheet } = await import('./practice-map.js');
      if (!this.isConnected || !container.isConnected) return;
      const root = this.renderRoot as ShadowRoot;
      const leaflet = leafletStyleSheet();
      // Leaflet's rules first, so ours (pins, clusters) win.
      if (!root.adoptedStyleSheets.includes(leaflet)) root.adoptedStyleSheets = [leaflet, ...root.adoptedStyleSheets];
      this.map = new PracticeMap(container, {
        tileUrl: this.noTiles ? null : this.tileUrl || OSM_TILES,
        clusterLabel: (count) => this.clusterLabel(count),
        formatCount: (count) => intl('NumberFormat', this.formatLocale, { notation: 'compact', maximumFractionDigits: 0 }).format(count),
        onSelect: (id) => this.select(id, 'map'),
        onMove: (zoom, inView) => this.announceMap(zoom, inView),
        onTilesFailed: () => (this.tilesFailed = true),
      });
      this.map.setPoints(this.mapPoints());
      this.map.fit(this.origin ? [this.origin, ...this.firstPractices(5)] : this.filteredPractices());
      this.resizeObserver = new ResizeObserver(() => this.map?.invalidateSize());
      this.resizeObserver.observe(container);
      this.mapState = 'ready';
    } catch (error) {
      this.mapState = 'failed';
      console.warn(`<${this.localName}>: the map could not be created; the list still works.`, error);
    }
  }

  private teardownMap(): void {
    this.mapObserver?.disconnect();
    this.mapObserver = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.map?.destroy();
    this.map = undefined;
    this.mapState = 'waiting';
  }

  /** Tell screen-reader users what the map shows after it moves, once it settles. */
  private announceMap(zoom: number, inView: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.mapAnnouncement = () => {
        const n = this.formatNumber(inView);
        const z = this.formatNumber(zoom);
        return plural(this.locale, inView, {
        zero: () => msg(str`Map at zoom ${z}: no practices in view.`, { id: 'map.moved.zero' }),
        one: () => msg(str`Map at zoom ${z}: ${n} practice in view.`, { id: 'map.moved.one' }),
        two: () => msg(str`Map at zoom ${z}: ${n} practices in view.`, { id: 'map.moved.two' }),
        few: () => msg(str`Map at zoom ${z}: ${n} practices in view.`, { id: 'map.moved.few' }),
        many: () => msg(str`Map at zoom ${z}: ${n} practices in view.`, { id: 'map.moved.many' }),
        other: () => msg(str`Map at zoom ${z}: ${n} practices in view.`, { id: 'map.moved.other' }),
        });
      };
    }, 600);
  }

  /** Cluster names are read outside render, so they look up this element's translations themselves. */
  private clusterLabel(count: number): string {
    return this.localize(() => {
      const n = this.formatNumber(count);
      return plural(this.locale, count, {
        zero: () => msg(str`${n} GP practices`, { id: 'map.cluster.zero' }),
        one: () => msg(str`${n} GP practice`, { id: 'map.cluster.one' }),
        two: () => msg(str`${n} GP practices`, { id: 'map.cluster.two' }),
        few: () => msg(str`${n} GP practices`, { id: 'map.cluster.few' }),
        many: () => msg(str`${n} GP practices`, { id: 'map.cluster.many' }),
        other: () => msg(str`${n} GP practices`, { id: 'map.cluster.other' }),
      });
    });
  }

  // ---- Handlers ----

  private async onSearch(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#query')!;
    const query = input.value.trim();
    if (!query) {
      this.searchMessage = () => msg('Enter a postcode or the name of an area.', { id: 'map.search.empty' });
      input.focus();
      return;
    }
    this.searchController?.abort();
    const controller = new AbortController();
    this.searchController = controller;
    const known = new Map(this.allPractices.filter((p) => p.postcode && !p.approximate).map((p) => [normalisePostcode(p.postcode!)?.full ?? p.postcode!, p as LatLng]));
    const geocoder = createGeocoder(this.geocoder, this.areaTable, known, { timeout: this.validTimeout });
    this.searching = true;
    let place: Place | undefined;
    try {
      place = await geocoder.search(query, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.reportError(toErrorDetail(error, { code: 'network', source: geocoder.name }), { blocking: false });
      this.searchMessage = () => msg('The search service could not be reached. Check your connection, or browse the list below.', { id: 'map.search.failed' });
      return;
    } finally {
      this.searching = false;
    }
    this.dispatchEvent(new CustomEvent<PracticeSearchDetail>('sanctuary-search', { detail: { query, found: !!place, geocoder: geocoder.name }, bubbles: true, composed: true }));
    if (!place) {
      this.searchMessage = () => msg(str`We could not find "${query}". Try a postcode such as SE6 4AB, or the first part of it such as SE6.`, { id: 'map.search.notFound' });
      return;
    }
    this.setOrigin(place);
  }

  private useMyLocation(): void {
    if (!('geolocation' in navigator)) {
      this.searchMessage = () => msg('This browser cannot share your location. Search by postcode instead.', { id: 'map.location.unsupported' });
      return;
    }
    this.searchMessage = () => msg('Finding your location…', { id: 'map.location.finding' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const place = { lat: position.coords.latitude, lng: position.coords.longitude, label: '' };
        this.dispatchEvent(new CustomEvent<PracticeSearchDetail>('sanctuary-search', { detail: { query: 'my location', found: true, geocoder: 'geolocation' }, bubbles: true, composed: true }));
        this.setOrigin(place);
      },
      () => {
        this.searchMessage = () => msg('Your location could not be found. Search by postcode instead.', { id: 'map.location.failed' });
      },
      { timeout: this.validTimeout, maximumAge: 5 * 60_000 },
    );
  }

  private setOrigin(place: Place): void {
    this.origin = place;
    this.distanceCache.clear();
    this.shown = this.validPageSize;
    const [nearest] = this.firstPractices(1);
    this.searchMessage = () => {
      const where = place.label || msg('your location', { id: 'map.search.yourLocation' });
      return nearest
        ? msg(str`Practices nearest to ${where} are shown first. The nearest is ${this.text(nearest.name).text}, ${this.formatDistance(this.distance(nearest)!)} away.`, { id: 'map.search.found' })
        : msg(str`Showing practices near ${where}.`, { id: 'map.search.foundNone' });
    };
    this.map?.fit([place, ...this.firstPractices(5)]);
  }

  private clearSearch(): void {
    this.origin = undefined;
    this.searchMessage = undefined;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#query');
    if (input) {
      input.value = '';
      input.focus();
    }
    this.map?.fit(this.filteredPractices());
  }

  private setFilter<K extends keyof PracticeFilters>(key: K, value: PracticeFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.shown = this.validPageSize;
    const count = this.filteredPractices().length;
    this.listAnnouncement = () => this.countText(this.filteredPractices().length);
    this.map?.setPoints(this.mapPoints());
    this.dispatchEvent(new CustomEvent<PracticeFilterDetail>('sanctuary-filter-change', { detail: { ...this.filters, count }, bubbles: true, composed: true }));
  }

  private select(id: string, from: 'list' | 'map'): void {
    const practice = this.allPractices.find((p) => p.id === id);
    if (!practice) return;
    const deselect = from === 'list' && this.selectedId === id;
    this.selectedId = deselect ? undefined : id;
    if (from === 'list') this.map?.select(this.selectedId);
    if (deselect) return;
    this.dispatchEvent(new CustomEvent<PracticeSelectDetail>('sanctuary-practice-select', { detail: { id, name: this.text(practice.name).text, from }, bubbles: true, composed: true }));
    if (from === 'map') {
      // Make sure the card is on the current page of the list, then take the visitor to it.
      const rank = this.rankOf(practice);
      if (rank >= this.shown) this.shown = rank + 1;
      this.map?.select(id);
      void this.updateComplete.then(() => {
        const button = this.renderRoot.querySelector<HTMLElement>(`[data-practice="${CSS.escape(id)}"] .practice-toggle`);
        button?.scrollIntoView({ block: 'nearest' });
        button?.focus({ preventScroll: true });
      });
    }
  }

  private skipMap(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  private async copyAddress(practice: Practice, button: HTMLButtonElement): Promise<void> {
    const text = [this.text(practice.address).text, practice.postcode].filter(Boolean).join(', ');
    try {
      await navigator.clipboard.writeText(text);
      button.dataset.copied = 'true';
      this.listAnnouncement = () => msg('Address copied.', { id: 'map.card.copied' });
    } catch {
      this.listAnnouncement = () => msg('The address could not be copied. Select it and copy it yourself.', { id: 'map.card.copyFailed' });
    }
  }

  // ---- Formatting ----

  private formatDistance(km: number): string {
    const value = this.unit === 'mi' ? km / 1.609344 : km;
    return intl('NumberFormat', this.formatLocale, { style: 'unit', unit: this.unit === 'mi' ? 'mile' : 'kilometer', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  }

  private formatDate(date: PartialDate): string {
    const options: Intl.DateTimeFormatOptions =
      date.day !== undefined ? { dateStyle: 'long', timeZone: 'UTC' } : date.month !== undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' } : { year: 'numeric', timeZone: 'UTC', calendar: 'gregory' };
    return intl('DateTimeFormat', this.formatLocale, options).format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  }

  private languageName(code: string): string {
    try {
      return intl('DisplayNames', this.formatLocale, { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** Opening hours in the visitor's language: "Monday to Friday: 08:00–18:30". */
  private formatHours(week: WeekHours): Array<{ days: string; times: string }> {
    const dayName = (d: number) => intl('DateTimeFormat', this.formatLocale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d)); // 1 Jan 2024 was a Monday
    const time = (minutes: number) => intl('DateTimeFormat', this.formatLocale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' }).format(Date.UTC(2024, 0, 1, 0, minutes));
    const rows: Array<{ from: number; to: number; times: string }> = [];
    week.forEach((ranges, day) => {
      const times = ranges.length ? ranges.map(([a, b]) => `${time(a)}–${time(b === 1440 ? 1439 : b)}`).join(', ') : msg('Closed', { id: 'map.hours.closed' });
      const last = rows[rows.length - 1];
      if (last && last.times === times && last.to === day - 1) last.to = day;
      else rows.push({ from: day, to: day, times });
    });
    return rows.map((r) => ({ days: r.from === r.to ? dayName(r.from) : msg(str`${dayName(r.from)} to ${dayName(r.to)}`, { id: 'map.hours.range' }), times: r.times }));
  }

  private countText(count: number): string {
    const n = this.formatNumber(count);
    const total = this.formatNumber(this.allPractices.length);
    return plural(this.locale, count, {
      zero: () => msg(str`No practices match, out of ${total}.`, { id: 'map.count.zero' }),
      one: () => msg(str`${n} practice of ${total}.`, { id: 'map.count.one' }),
      two: () => msg(str`${n} practices of ${total}.`, { id: 'map.count.two' }),
      few: () => msg(str`${n} practices of ${total}.`, { id: 'map.count.few' }),
      many: () => msg(str`${n} practices of ${total}.`, { id: 'map.count.many' }),
      other: () => msg(str`${n} practices of ${total}.`, { id: 'map.count.other' }),
    });
  }

  private directionsUrl(practice: PlacedPractice): string | undefined {
    const at = `${practice.lat},${practice.lng}`;
    switch (this.directions) {
      case 'none':
        return undefined;
      case 'google':
        return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(at)}`;
      case 'apple':
        return `https://maps.apple.com/?daddr=${encodeURIComponent(at)}`;
      default:
        return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${at}`)}#map=17/${practice.lat}/${practice.lng}`;
    }
  }

  private get levels(): { results: number; practice: number } {
    const practice = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(2, this.headingLevel)) : 3;
    return { results: Math.max(2, practice - 1), practice };
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const label = this.label || msg('GP practices that will register you', { id: 'map.label' });
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${label}>${this.renderLanguagePicker()}${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.error) return this.renderError();
    if (!this.localeReady || !this.loaded) {
      return html`<slot><p class="loading" role="status">${this.localeReady ? msg('Loading GP practices…', { id: 'map.loading' }) : ''}</p></slot>`;
    }
    const now = new Date();
    const total = this.filteredPractices(now).length;
    return html`
      ${this.renderSearch()} ${this.renderFilters()}
      <p class="count" role="status">${this.listAnnouncement ? this.listAnnouncement() : this.countText(total)}</p>
      ${this.view === 'list' ? nothing : this.renderMap()} ${this.renderList(this.firstPractices(this.shown, now), total, now)}
      ${this.renderSkippedNote(this.skippedCount)}
    `;
  }

  private renderSearch(): TemplateResult {
    const local = !this.geocoder || this.geocoder === 'local';
    return html`<form part="search" class="search" role="search" aria-labelledby="query-label" @submit=${this.onSearch} novalidate>
      <label id="query-label" for="query">${msg('Find practices near a postcode or area', { id: 'map.search.label' })}</label>
      <p class="hint" id="query-hint">
        ${local
          ? msg('For example SE6 4AB or Catford. What you type stays on this page.', { id: 'map.search.hintLocal' })
          : msg(str`For example SE6 4AB or Catford. What you type is sent to ${this.geocoder} to find the place.`, { id: 'map.search.hintRemote' })}
      </p>
      <div class="search-row">
        <input id="query" name="query" type="search" autocomplete="postal-code" enterkeyhint="search" aria-describedby="query-hint" spellcheck="false" />
        <button class="button" type="submit" ?disabled=${this.searching}>${msg('Search', { id: 'map.search.submit' })}</button>
      </div>
      <div class="search-row">
        <button class="button secondary" type="button" @click=${this.useMyLocation}>${msg('Use my location', { id: 'map.location.use' })}</button>
        ${this.origin ? html`<button class="button secondary" type="button" @click=${this.clearSearch}>${msg('Clear search', { id: 'map.search.clear' })}</button>` : nothing}
      </div>
      <p class="search-status" role="status">${this.searchMessage?.()}</p>
    </form>`;
  }

  private renderFilters(): TemplateResult {
    const languages = this.languageCodes
      .filter((l) => l !== 'en')
      .map((code) => [code, this.languageName(code)] as const)
      .sort((a, b) => a[1].localeCompare(b[1], this.locale));
    const checkbox = (key: 'safeOnly' | 'stepFree' | 'openNow', text: string) =>
      html`<div class="check">
        <input type="checkbox" id=${key} .checked=${this.filters[key]} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLInputElement).checked)} />
        <label for=${key}>${text}</label>
      </div>`;
    return html`<fieldset part="filters" class="filters">
      <legend>${msg('Show only', { id: 'map.filter.legend' })}</legend>
      ${checkbox('safeOnly', msg('Safe Surgeries', { id: 'map.filter.safe', desc: 'GP practices that register anyone without asking for ID, proof of address or immigration status. Never "surgical operations".' }))}
      ${checkbox('stepFree', msg('Step-free access', { id: 'map.filter.stepFree' }))}
      ${checkbox('openNow', msg('Open now', { id: 'map.filter.openNow' }))}
      ${languages.length
        ? html`<div class="field">
            <label for="language">${msg('Staff speak', { id: 'map.filter.language' })}</label>
            <select id="language" @change=${(e: Event) => this.setFilter('language', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.filters.language}>${msg('Any language', { id: 'map.filter.anyLanguage' })}</option>
              ${languages.map(([code, name]) => html`<option value=${code} ?selected=${code === this.filters.language}>${name}</option>`)}
            </select>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderMap(): TemplateResult {
    return html`<div class="map-area">
      <a class="skip-link" href="#results-heading" @click=${this.skipMap}>${msg('Skip the map', { id: 'map.skip' })}</a>
      <div class="map-frame">
        <div part="map" class="map" role="region" aria-label=${msg('Map of the practices in the list', { id: 'map.region' })}></div>
        ${this.mapState === 'ready'
          ? html`<div class="zoom">
              <button type="button" class="zoom-button" aria-label=${msg('Zoom in', { id: 'map.zoomIn' })} @click=${() => this.map?.zoomBy(1)}><span aria-hidden="true">+</span></button>
              <button type="button" class="zoom-button" aria-label=${msg('Zoom out', { id: 'map.zoomOut' })} @click=${() => this.map?.zoomBy(-1)}><span aria-hidden="true">−</span></button>
            </div>`
          : nothing}
        ${this.mapState === 'loading' ? html`<p class="map-note">${msg('Loading the map…', { id: 'map.mapLoading' })}</p>` : nothing}
      </div>
      ${this.mapState === 'failed' || this.tilesFailed
        ? html`<p class="map-failed" role="status">${msg('The map could not be loaded. The list of practices still works.', { id: 'map.tilesFailed' })}</p>`
        : nothing}
      ${this.noTiles || this.mapState !== 'ready'
        ? nothing
        : html`<p class="attribution"><a href=${this.attributionUrl} rel="noopener noreferrer" dir="auto">${this.attribution}</a></p>`}
      <p class="visually-hidden" role="status" aria-live="polite">${this.mapAnnouncement?.()}</p>
    </div>`;
  }

  private renderList(page: PlacedPractice[], total: number, now: Date): TemplateResult {
    const heading = unsafeStatic(`h${this.levels.results}`);
    return html`<div class="results">
      ${staticHtml`<${heading} id="results-heading" class="results-heading" tabindex="-1">${msg('GP practices', { id: 'map.results' })}</${heading}>`}
      ${total === 0
        ? html`<p class="empty">${msg('No practices match these filters. Try turning one off.', { id: 'map.noMatches' })}</p>`
        : html`<ol part="list" class="practices">
            ${page.map((p) => this.renderPractice(p, now))}
          </ol>`}
      ${total > page.length
        ? html`<button class="button secondary more" type="button" @click=${() => (this.shown += this.validPageSize)}>
            ${msg(str`Show more practices (${this.formatNumber(page.length)} of ${this.formatNumber(total)} shown)`, { id: 'map.more' })}
          </button>`
        : nothing}
    </div>`;
  }

  private renderPractice(practice: PlacedPractice, now: Date): TemplateResult {
    const open = this.openNow(practice, now);
    const selected = practice.id === this.selectedId;
    const name = this.text(practice.name);
    const address = this.text(practice.address);
    const km = this.distance(practice);
    const heading = unsafeStatic(`h${this.levels.practice}`);
    const detailsId = `details-${practice.id}`;
    return html`<li part="practice" class="practice ${selected ? 'selected' : ''}" data-practice=${practice.id}>
      ${staticHtml`<${heading} class="practice-name">
        <button type="button" class="practice-toggle" aria-expanded=${selected ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.select(practice.id, 'list')}>
          <span dir="auto" lang=${name.lang && name.lang !== this.locale ? name.lang : nothing}>${name.text}</span>
        </button>
      </${heading}>`}
      <p class="summary">
        ${km !== undefined ? html`<span class="distance">${msg(str`${this.formatDistance(km)} away`, { id: 'map.card.distance' })}</span>` : nothing}
        ${address.text || practice.postcode ? html`<span dir="auto">${[address.text, practice.postcode].filter(Boolean).join(', ')}</span>` : nothing}
      </p>
      <p class="badges">
        ${practice.safeSurgery
          ? html`<span class="badge safe">${practice.safeSurgerySince
              ? msg(str`Safe Surgery since ${this.formatDate(practice.safeSurgerySince)}`, { id: 'map.card.safeSince' })
              : msg('Safe Surgery', { id: 'map.card.safe' })}</span>`
          : html`<span class="badge">${msg('Not a Safe Surgery member', { id: 'map.card.notSafe' })}</span>`}
        ${practice.stepFree ? html`<span class="badge">${msg('Step-free access', { id: 'map.filter.stepFree' })}</span>` : nothing}
        ${open === undefined ? nothing : html`<span class="badge ${open ? 'open' : ''}">${open ? msg('Open now', { id: 'map.filter.openNow' }) : msg('Closed now', { id: 'map.card.closedNow' })}</span>`}
        ${practice.approximate ? html`<span class="badge">${msg('Location approximate', { id: 'map.card.approximate' })}</span>` : nothing}
      </p>
      <div class="details" id=${detailsId} ?hidden=${!selected}>${selected ? this.renderDetails(practice) : nothing}</div>
    </li>`;
  }

  private renderDetails(practice: PlacedPractice): TemplateResult {
    const check = practice.lastCheck;
    const notes = this.text(practice.notes);
    const week = this.hours(practice);
    const directions = this.directionsUrl(practice);
    const finding = (value: boolean | undefined, good: boolean, yes: string, no: string) =>
      value === undefined ? nothing : html`<li class=${value === good ? 'good' : 'bad'}><span class="mark" aria-hidden="true">${value === good ? '✓' : '✗'}</span> ${value ? yes : no}</li>`;
    const sub = unsafeStatic(`h${this.levels.practice + 1}`);
    return html`
      ${staticHtml`<${sub} class="details-heading">${msg('What to expect', { id: 'map.card.expect' })}</${sub}>`}
      ${check
        ? html`<p>${check.by
              ? msg(str`Checked on ${this.formatDate(check.date)} by ${this.text(check.by).text}:`, { id: 'map.card.checkedBy' })
              : msg(str`Checked on ${this.formatDate(check.date)}:`, { id: 'map.card.checked' })}</p>
            <ul class="findings">
              ${finding(check.askedForId, false, msg('Asked for ID', { id: 'map.check.idYes' }), msg('Did not ask for ID', { id: 'map.check.idNo' }))}
              ${finding(check.askedForProofOfAddress, false, msg('Asked for proof of address', { id: 'map.check.addressYes' }), msg('Did not ask for proof of address', { id: 'map.check.addressNo' }))}
              ${finding(check.askedImmigrationStatus, false, msg('Asked about immigration status', { id: 'map.check.statusYes' }), msg('Did not ask about immigration status', { id: 'map.check.statusNo' }))}
              ${finding(check.paperForm, true, msg('Had a paper registration form', { id: 'map.check.formYes' }), msg('Had no paper registration form', { id: 'map.check.formNo' }))}
              ${finding(check.interpreterOffered, true, msg('Offered an interpreter', { id: 'map.check.interpreterYes' }), msg('Did not offer an interpreter', { id: 'map.check.interpreterNo' }))}
            </ul>`
        : html`<p>${msg('Volunteers have not checked this practice yet.', { id: 'map.card.notChecked' })}</p>`}
      <div class="rights">
        <p>
          ${msg('You do not need ID, proof of address or immigration status to register with a GP, and seeing a GP is free.', { id: 'map.rights.register' })}
          ${msg('The extra questions on the registration form (GMS1) about overseas charging are optional: you can leave them blank.', { id: 'map.rights.gms1' })}
        </p>
        <p class="source">
          ${msg('Source:', { id: 'map.rights.source' })} <a href=${REGISTRATION_SOURCE.url} rel="noopener noreferrer" lang="en">${REGISTRATION_SOURCE.title}</a>
        </p>
      </div>
      ${practice.safeAddress ? html`<p>${msg('If you have no safe address, you can register using this practice’s address.', { id: 'map.card.safeAddress' })}</p>` : nothing}
      ${practice.languages.length
        ? html`<p><strong>${msg('Staff speak:', { id: 'map.card.languages' })}</strong> ${practice.languages.map((l) => this.languageName(l)).join(', ')}</p>`
        : nothing}
      ${week
        ? html`${staticHtml`<${sub} class="details-heading">${msg('Opening hours', { id: 'map.card.hours' })}</${sub}>`}
            <dl class="hours">${this.formatHours(week).map((row) => html`<dt>${row.days}</dt><dd>${row.times}</dd>`)}</dl>`
        : practice.openingHours
          ? html`<p><strong>${msg('Opening hours:', { id: 'map.card.hoursRaw' })}</strong> <span lang="en">${practice.openingHours}</span></p>`
          : nothing}
      ${notes.text ? html`<p class="notes" dir="auto" lang=${notes.lang && notes.lang !== this.locale ? notes.lang : nothing}>${notes.text}</p>` : nothing}
      <ul class="actions">
        ${practice.phone
          ? html`<li><a class="action" href=${`tel:${practice.phone.replace(/[^\d+]/g, '')}`}>${msg(str`Call ${practice.phone}`, { id: 'map.card.call' })}</a></li>`
          : nothing}
        ${practice.website
          ? html`<li><a class="action" href=${practice.website} rel="noopener noreferrer">${msg('Website', { id: 'map.card.website' })}<span class="visually-hidden">: ${this.text(practice.name).text}</span></a></li>`
          : nothing}
        ${directions
          ? html`<li><a class="action" href=${directions} rel="noopener noreferrer">${msg('Directions', { id: 'map.card.directions' })}<span class="visually-hidden">: ${this.text(practice.name).text}</span></a></li>`
          : nothing}
        ${practice.address || practice.postcode
          ? html`<li><button class="action" type="button" @click=${(e: Event) => this.copyAddress(practice, e.currentTarget as HTMLButtonElement)}>${msg('Copy address', { id: 'map.card.copy' })}</button></li>`
          : nothing}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-safe-surgery-map': SanctuarySafeSurgeryMap;
  }
  interface GlobalEventHandlersEventMap {
    'sanctuary-practice-select': CustomEvent<PracticeSelectDetail>;
    'sanctuary-search': CustomEvent<PracticeSearchDetail>;
  }
}
