import { locales as timelineLocales } from '../generated/locales/timeline/index.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { SanctuaryDataElement } from '../core/data-element.js';
import type { DataFormat } from '../core/data.js';
import { toErrorDetail } from '../core/errors.js';
import { intl, msg, plural, str } from '../core/localize.js';
import { resolveText, type Translatable } from '../core/translatable.js';
import { sharedStyles } from '../core/styles.js';
import { groupByYear, parseTimeline, placeKey, sortEvents, type EventDate, type TimelineEvent, type TimelineEventInput } from './events.js';
import { timelineStyles } from './sanctuary-timeline.styles.js';

/** Descriptions longer than this many characters start collapsed behind "Show more". */
const COLLAPSE_AFTER = 280;

export type TimelineOrder = 'newest' | 'oldest';

export interface TimelineFilterDetail {
  category: string | null;
  place: string | null;
  order: TimelineOrder;
  /** How many events are shown after filtering. */
  count: number;
}

export interface TimelineDataLoadDetail {
  /** Events shown. */
  count: number;
  /** Records skipped as invalid (each also fired `sanctuary-error`). */
  skipped: number;
}

/**
 * A campaign's successes by year: an ordered list grouped by year, with filters by category and
 * place, jump-to-year links and dates in the visitor's language.
 *
 * @tagname sanctuary-timeline
 * @summary A campaign's successes by year, in the visitor's language.
 *
 * @event sanctuary-filter-change - The visitor changed the category, place or order. Detail: `{category, place, order, count}`.
 * @event sanctuary-data-load - Events were read and shown. Detail: `{count, skipped}`.
 * @event sanctuary-error - Data could not be loaded or a record was skipped. Detail: `{code, element, source, status?, row?, field?, message}`.
 * @event sanctuary-locale-change - The widget switched language. Detail: `{locale, requested}`.
 *
 * @slot - Fallback content shown until the widget is ready (e.g. a plain list for visitors without JavaScript). An inline `<script type="application/json">` child is read as data.
 *
 * @csspart base - The outer wrapper (carries `lang` and `dir`).
 * @csspart controls - The filter and order controls.
 * @csspart year-nav - The jump-to-year links.
 * @csspart list - The list of years.
 * @csspart year - One year's item.
 * @csspart year-heading - A year's heading.
 * @csspart event - One event's item.
 * @csspart event-title - An event's heading.
 * @csspart error - The message shown when data cannot be loaded.
 * @csspart note - The note that some records were skipped.
 *
 * @cssproperty --sanctuary-color-accent - Links, buttons and dots (default #005ea5).
 * @cssproperty --sanctuary-color-text - Text (default #0b0c0c).
 * @cssproperty --sanctuary-color-muted - Secondary text (default #505a5f).
 * @cssproperty --sanctuary-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --sanctuary-font-family - Font (default: inherited from the page).
 * @cssproperty --sanctuary-timeline-line-color - The vertical line (default: border colour).
 * @cssproperty --sanctuary-timeline-dot-color - The dot of each event (default: accent).
 */
export class SanctuaryTimeline extends SanctuaryDataElement {
  protected static override localeMessages = timelineLocales;
  static override styles = [sharedStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    events: { attribute: false },
    order: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    label: {},
    category: {},
    place: {},
    hideFilters: { type: Boolean, reflect: true, attribute: 'hide-filters' },
    parsedEvents: { state: true },
    loading: { state: true },
    loaded: { state: true },
    skippedCount: { state: true },
    expanded: { state: true },
  };

  /** URL of a JSON or CSV file of events. */
  src?: string;

  /** Format of `src`: `auto` (content type, then file extension), `json` or `csv`. */
  format: DataFormat | 'auto' = 'auto';

  /** Events given directly (from a framework). Takes precedence over `src` and inline JSON. */
  events?: TimelineEventInput[];

  /** `oldest` (default) or `newest` first; the visitor can change it. */
  order: TimelineOrder = 'oldest';

  /** Heading level of the year headings (2–5, default 2); event titles are one level below. */
  headingLevel = 2;

  /** Accessible name of the timeline region (default: "Timeline", localized). */
  label?: string;

  /** Show only this category at first (e.g. `health`). */
  category = '';

  /** Show only this place at first (e.g. `Lewisham`). */
  place = '';

  /** Hide the filter and order controls. */
  hideFilters = false;

  private parsedEvents: TimelineEvent[] = [];
  private loading = false;
  private loaded = false;
  private skippedCount = 0;
  private expanded = new Set<string>();

  /** Set when the visitor changes a filter, so the live region speaks only then. */
  private announceFilter = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Stop a download nobody will see; it starts again if the element comes back.
    if (this.loading) {
      this.abortLoad();
      this.loading = false;
      this.loaded = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.loaded && !this.loading) void this.loadEvents();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('events') || changed.has('format') || !this.hasUpdated) {
      void this.loadEvents();
    }
  }

  protected override retry(): void {
    void this.loadEvents();
  }

  /** Read events from the property, `src` or an inline JSON child, in that order. */
  private async loadEvents(): Promise<void> {
    const signal = this.beginLoad();
    this.error = undefined;
    try {
      this.loading = !this.events && !!this.src;
      const { data, format, source, baseUrl } = await this.readSourceData({
        property: this.events,
        src: this.src,
        format: this.format ?? 'auto',
        signal,
        propertyName: 'events',
        formats: 'a JSON or CSV file',
      });
      if (signal.aborted) return;
      this.apply(parseTimeline(data, { format, source, baseUrl }));
    } catch (error) {
      if (signal.aborted) return; // replaced by a newer load
      this.parsedEvents = [];
      this.reportError(toErrorDetail(error, { code: 'schema', source: this.src ?? 'inline' }));
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }

  private apply({ events, problems }: ReturnType<typeof parseTimeline>): void {
    this.parsedEvents = events;
    this.skippedCount = problems.length;
    this.loaded = true;
    this.reportSkippedItems(problems);
    if (events.length === 0 && problems.length > 0) {
      this.reportError({ code: 'schema', source: problems[0].source, message: 'None of the events could be read; see the skipped records above.' });
      return;
    }
    this.dispatchEvent(new CustomEvent<TimelineDataLoadDetail>('sanctuary-data-load', { detail: { count: events.length, skipped: problems.length }, bubbles: true, composed: true }));
  }

  // ---- Handlers ----

  private onFilterChange(field: 'category' | 'place' | 'order', value: string): void {
    if (field === 'order') this.order = value === 'newest' ? 'newest' : 'oldest';
    else this[field] = value;
    this.announceFilter = true;
    const count = this.visibleEvents().length;
    this.dispatchEvent(
      new CustomEvent<TimelineFilterDetail>('sanctuary-filter-change', {
        detail: { category: this.category || null, place: this.place || null, order: this.order === 'newest' ? 'newest' : 'oldest', count },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private clearFilters(): void {
    this.onFilterChange('category', '');
    this.onFilterChange('place', '');
    this.renderRoot.querySelector<HTMLSelectElement>('#category')?.focus();
  }

  /** In-page links inside a shadow root: scroll and focus ourselves, and leave the host's URL alone. */
  private jumpToYear(event: Event, year: number): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#year-${year}`);
    if (!heading) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    heading.focus({ preventScroll: true });
  }

  private toggleDescription(key: string): void {
    const next = new Set(this.expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.expanded = next;
  }

  // ---- Derived data ----

  private visibleEvents(): TimelineEvent[] {
    const category = (this.category ?? '').toLowerCase();
    const place = this.place ?? '';
    const matches = this.parsedEvents.filter((e) => (!category || e.category === category) && (!place || placeKey(e.place) === place));
    return sortEvents(matches, this.order);
  }

  private text(value: Translatable | undefined) {
    return resolveText(value, this.contentLanguage, this.contentFallbacks);
  }

  /** Content text, marked with its language when it differs from the UI's (so it is pronounced right). */
  private renderText(value: Translatable | undefined): TemplateResult {
    const { text, lang } = this.text(value);
    return html`<span dir="auto" lang=${lang && lang !== this.locale ? lang : nothing}>${text}</span>`;
  }

  // ---- Formatting ----

  private formatYear(year: number): string {
    // Gregorian years from the data: formatted with the locale's digits, never converted to
    // another calendar (a Gregorian year spans two Persian years).
    return intl('DateTimeFormat', this.formatLocale, { year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).format(Date.UTC(year, 6, 1));
  }

  private formatDate(date: EventDate): string {
    if (date.month === undefined) return this.formatYear(date.year);
    const day = date.day ?? 1;
    const options: Intl.DateTimeFormatOptions =
      date.day === undefined
        ? { year: 'numeric', month: 'long', calendar: 'gregory', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }; // a full date: the locale's own calendar
    return intl('DateTimeFormat', this.formatLocale, options).format(Date.UTC(date.year, date.month - 1, day));
  }

  private categoryLabel(key: string): string {
    switch (key) {
      case 'council':
        return msg('Council', { id: 'timeline.category.council' });
      case 'health':
        return msg('Health', { id: 'timeline.category.health' });
      case 'nhs':
        return msg('NHS', { id: 'timeline.category.nhs', desc: 'The UK National Health Service. Keep the abbreviation NHS.' });
      case 'housing':
        return msg('Housing', { id: 'timeline.category.housing' });
      case 'education':
        return msg('Education', { id: 'timeline.category.education' });
      case 'community':
        return msg('Community', { id: 'timeline.category.community' });
      case 'culture':
        return msg('Arts and culture', { id: 'timeline.category.culture' });
      case 'support':
        return msg('Support and welfare', { id: 'timeline.category.support' });
      default:
        return key;
    }
  }

  private eventCount(count: number): string {
    const n = this.formatNumber(count);
    return plural(this.locale, count, {
      zero: () => msg(str`${n} events`, { id: 'timeline.eventCount.zero' }),
      one: () => msg(str`${n} event`, { id: 'timeline.eventCount.one' }),
      two: () => msg(str`${n} events`, { id: 'timeline.eventCount.two' }),
      few: () => msg(str`${n} events`, { id: 'timeline.eventCount.few' }),
      many: () => msg(str`${n} events`, { id: 'timeline.eventCount.many' }),
      other: () => msg(str`${n} events`, { id: 'timeline.eventCount.other' }),
    });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const label = this.label || msg('Timeline', { id: 'timeline.label' });
    return html`<section part="base" lang=${this.locale} dir=${this.direction} aria-label=${label}>${this.renderLanguagePicker()}${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.error) return this.renderError();
    if (!this.localeReady || !this.loaded) {
      // The partner's fallback content (if any) until we are ready; then a loading line.
      return html`<slot><p class="loading" role="status">${this.localeReady ? msg('Loading the timeline…', { id: 'timeline.loading' }) : ''}</p></slot>`;
    }
    if (this.parsedEvents.length === 0) {
      return html`<p class="empty">${msg('There are no events to show yet.', { id: 'timeline.empty' })}</p>`;
    }
    const visible = this.visibleEvents();
    const groups = groupByYear(visible);
    return html`
      ${this.hideFilters ? nothing : this.renderControls()}
      <p class="summary" role="status">${this.announceFilter ? this.eventCount(visible.length) : ''}</p>
      ${groups.length > 1 ? this.renderYearNav(groups.map((g) => g.year)) : nothing}
      ${visible.length === 0
        ? html`<p class="empty">
            ${msg('No events match these filters.', { id: 'timeline.noMatches' })}
            <button class="more" type="button" @click=${this.clearFilters}>${msg('Show all events', { id: 'timeline.clearFilters' })}</button>
          </p>`
        : html`<ol class="years" part="list">
            ${groups.map((group) => this.renderYear(group.year, group.events))}
          </ol>`}
      ${this.renderSkippedNote(this.skippedCount)}
    `;
  }

  private renderControls(): TemplateResult {
    const categories = [...new Set(this.parsedEvents.map((e) => e.category).filter((c): c is string => !!c))];
    const places = new Map<string, Translatable>();
    for (const e of this.parsedEvents) {
      const key = placeKey(e.place);
      if (key && !places.has(key)) places.set(key, e.place!);
    }
    const byLabel = (a: string, b: string) => a.localeCompare(b, this.locale);
    const category = (this.category ?? '').toLowerCase();
    return html`<div class="controls" part="controls">
      ${categories.length > 1
        ? html`<div class="field">
            <label for="category">${msg('Category', { id: 'timeline.filter.category' })}</label>
            <select id="category" @change=${(e: Event) => this.onFilterChange('category', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!category}>${msg('All categories', { id: 'timeline.filter.allCategories' })}</option>
              ${categories
                .map((key) => [key, this.categoryLabel(key)] as const)
                .sort((a, b) => byLabel(a[1], b[1]))
                .map(([key, text]) => html`<option value=${key} ?selected=${key === category}>${text}</option>`)}
            </select>
          </div>`
        : nothing}
      ${places.size > 1
        ? html`<div class="field">
            <label for="place">${msg('Place', { id: 'timeline.filter.place' })}</label>
            <select id="place" @change=${(e: Event) => this.onFilterChange('place', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.place}>${msg('All places', { id: 'timeline.filter.allPlaces' })}</option>
              ${[...places]
                .map(([key, value]) => [key, this.text(value).text] as const)
                .sort((a, b) => byLabel(a[1], b[1]))
                .map(([key, text]) => html`<option value=${key} ?selected=${key === this.place}>${text}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="order">${msg('Order', { id: 'timeline.filter.order' })}</label>
        <select id="order" @change=${(e: Event) => this.onFilterChange('order', (e.target as HTMLSelectElement).value)}>
          <option value="oldest" ?selected=${this.order !== 'newest'}>${msg('Oldest first', { id: 'timeline.order.oldest' })}</option>
          <option value="newest" ?selected=${this.order === 'newest'}>${msg('Newest first', { id: 'timeline.order.newest' })}</option>
        </select>
      </div>
    </div>`;
  }

  private renderYearNav(years: number[]): TemplateResult {
    return html`<nav class="year-nav" part="year-nav" aria-label=${msg('Jump to year', { id: 'timeline.yearNav' })}>
      <ul>
        ${years.map((year) => html`<li><a href="#year-${year}" @click=${(e: Event) => this.jumpToYear(e, year)}>${this.formatYear(year)}</a></li>`)}
      </ul>
    </nav>`;
  }

  private get levels(): { year: number; event: number } {
    const year = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(2, this.headingLevel)) : 2;
    return { year, event: year + 1 };
  }

  private renderYear(year: number, events: TimelineEvent[]): TemplateResult {
    // The tag is built only from a clamped integer (2–6), never from data.
    const tag = unsafeStatic(`h${this.levels.year}`);
    return html`<li class="year" part="year">
      ${staticHtml`<${tag} class="year-heading" part="year-heading" id="year-${year}" tabindex="-1">
        <span>${this.formatYear(year)}</span><span class="visually-hidden">, </span><span class="year-count">${this.eventCount(events.length)}</span>
      </${tag}>`}
      <ol class="events">
        ${events.map((event) => this.renderEvent(event))}
      </ol>
    </li>`;
  }

  private renderEvent(event: TimelineEvent): TemplateResult {
    const tag = unsafeStatic(`h${this.levels.event}`);
    const titleId = `title-${event.key}`;
    return html`<li class="event" part="event">
      <article aria-labelledby=${titleId}>
        ${staticHtml`<${tag} class="event-title" part="event-title" id=${titleId}>${this.renderText(event.title)}</${tag}>`}
        <p class="meta">
          <time datetime=${event.date.iso}>${this.formatDate(event.date)}</time>
          ${event.category ? html`<span class="tag">${this.categoryLabel(event.category)}</span>` : nothing}
          ${event.place ? this.renderText(event.place) : nothing}
        </p>
        ${event.image
          ? html`<img src=${event.image.src} alt=${this.text(event.image.alt).text} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
          : nothing}
        ${event.description ? this.renderDescription(event) : nothing}
        ${event.link
          ? html`<a class="link" href=${event.link} rel="noopener noreferrer"
              >${msg('Read more', { id: 'timeline.readMore' })}<span class="visually-hidden">: ${this.text(event.title).text}</span></a
            >`
          : nothing}
      </article>
    </li>`;
  }

  private renderDescription(event: TimelineEvent): TemplateResult {
    const { text, lang } = this.text(event.description);
    const langAttr = lang && lang !== this.locale ? lang : nothing;
    const characters = Array.from(text); // whole characters, never half an emoji or surrogate pair
    if (characters.length <= COLLAPSE_AFTER) {
      return html`<p class="description" dir="auto" lang=${langAttr}>${text}</p>`;
    }
    const open = this.expanded.has(event.key);
    const cut = characters.slice(0, COLLAPSE_AFTER).join('');
    const short = cut.replace(/\s+\S*$/, '') || cut; // end on a word where the script has spaces
    const id = `description-${event.key}`;
    return html`<p class="description" dir="auto" lang=${langAttr} id=${id}>
        <span class="short" ?hidden=${open}>${short}…</span><span class="full" ?hidden=${!open}>${text}</span>
      </p>
      <button class="more" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.toggleDescription(event.key)}>
        ${open ? msg('Show less', { id: 'timeline.showLess' }) : msg('Show more', { id: 'timeline.showMore' })}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-timeline': SanctuaryTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'sanctuary-filter-change': CustomEvent<TimelineFilterDetail>;
    'sanctuary-data-load': CustomEvent<TimelineDataLoadDetail>;
  }
}
