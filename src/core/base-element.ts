/**
 * The base class of every sanctuary widget: language and direction, per-element localization,
 * and the one way errors are shown, announced and logged.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { directionOf, languageOf, matchLocale, ownName, supportedLocales, type LocaleCode } from './language.js';
import { intl, loadTemplates, msg, plural, setOverrides, str, withTemplates, type LocaleGroup, type Templates } from './localize.js';
import { SanctuaryDataError, SanctuaryErrorEvent, type SanctuaryErrorDetail } from './errors.js';
import { DEFAULT_TIMEOUT_MS, loadData, parseText, type DataFormat } from './data.js';
import { sharedStyles } from './styles.js';

/* One observer for all widgets of this copy of the library: a change of any `lang` attribute
 * (usually <html lang> when a page's language switcher runs) makes each widget look again. */
const connectedWidgets = new Set<SanctuaryElement>();
let langObserver: MutationObserver | undefined;

function watchLanguage(widget: SanctuaryElement, watch: boolean): void {
  if (watch) connectedWidgets.add(widget);
  else connectedWidgets.delete(widget);
  if (connectedWidgets.size > 0 && !langObserver) {
    langObserver = new MutationObserver(() => connectedWidgets.forEach((w) => w.refreshLanguage()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (connectedWidgets.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

export type ReportedError = Omit<SanctuaryErrorDetail, 'element'>;

/** A widget's raw data and where it came from. */
export interface WidgetData {
  data: unknown;
  format: DataFormat;
  /** `property`, `inline` or the URL, for messages. */
  source: string;
  /** Relative links in the data resolve against this. */
  baseUrl: string;
}

export abstract class SanctuaryElement extends LitElement {
  static override styles = [sharedStyles];

  /** The widget's message groups (besides `core`): their translations load as small chunks, one per group and locale. */
  protected static localeGroups: readonly LocaleGroup[] = [];

  /** The UI locale in use: the best shipped match for the page's language. */
  @state() protected locale: LocaleCode = 'en';
  /** The language the page asks for (may be one the UI does not ship; content may still have it). */
  @state() protected contentLanguage = 'en';
  /** False until the first locale's translations are in, so the visitor never sees English flash by. */
  @state() protected localeReady = false;
  /** The error that stops this widget showing its content, if any. */
  @state() protected error?: ReportedError;

  /** Milliseconds to wait for remote data before showing a timeout message. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  private templates?: Templates;
  private loadController?: AbortController;
  private languageRequest = 0;

  /** `ltr` or `rtl`, from the UI locale (set on the `base` part, never on the partner's element). */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this, true);
    void this.refreshLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLanguage(this, false);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) void this.refreshLanguage();
  }

  /**
   * A partner's own wording for any message of any widget, in any locale, without forking:
   * `customElements.get('sanctuary-timeline').overrideMessages('vi', {'timeline.filter.category': '…'})`.
   * Message ids are in locales/*.xlf; `{0}`, `{1}` … are the placeholders in source order.
   */
  static overrideMessages(locale: string, messages: Record<string, string>): void {
    setOverrides(matchLocale(locale), messages);
    connectedWidgets.forEach((w) => void w.refreshLanguage(true));
  }

  /** Show a language menu in the widget (languages by their own names, in their own script). */
  @property({ type: Boolean, attribute: 'language-picker' }) languagePicker = false;

  /** The optional language menu: choosing sets this element's `lang`, nothing is stored. */
  protected renderLanguagePicker(): TemplateResult | typeof nothing {
    if (!this.languagePicker) return nothing;
    return html`<div class="language-picker" part="language-picker">
      <label for="sanctuary-language">${msg('Language', { id: 'core.language' })}</label>
      <select id="sanctuary-language" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
        ${supportedLocales.map((code) => html`<option value=${code} lang=${code} ?selected=${code === this.locale}>${ownName(code)}</option>`)}
      </select>
    </div>`;
  }

  /** Look up the language that applies now and load its translations if it changed (or `force`, after new overrides). */
  async refreshLanguage(force = false): Promise<void> {
    const requested = languageOf(this);
    const locale = matchLocale(requested);
    if (!force && this.localeReady && requested === this.contentLanguage && locale === this.locale) return;
    const request = ++this.languageRequest;
    const [templates] = await Promise.all([loadTemplates(locale, (this.constructor as typeof SanctuaryElement).localeGroups), this.prepareContent(requested, locale)]);
    if (request !== this.languageRequest) return; // a newer change has already won
    this.templates = templates;
    this.requestUpdate(); // new overrides may change the text with the locale unchanged
    this.locale = locale;
    this.contentLanguage = requested;
    this.localeReady = true;
    this.dispatchEvent(new CustomEvent('sanctuary-locale-change', { detail: { locale, requested }, bubbles: true, composed: true }));
  }

  /**
   * Load what the content needs for a new language before the widget switches to it, so the
   * interface and the content change together (the rights widgets load a ruleset's language here).
   * Must not throw.
   */
  protected async prepareContent(_requested: string, _locale: LocaleCode): Promise<void> {}

  /** Lit renders synchronously inside update(): `msg()` reads this element's translations then. */
  protected override update(changed: PropertyValues): void {
    withTemplates(this.templates, () => super.update(changed));
  }

  /**
   * Run `make` with this element's translations active, for text made outside render() (a label
   * a map library asks for). Text shown by render() should be made in render(), so it follows a
   * language change.
   */
  protected localize<T>(make: () => T): T {
    return withTemplates(this.templates, make);
  }

  /** Languages to try for data content after the page's own: the UI locale, then English. */
  protected get contentFallbacks(): string[] {
    return [this.locale, 'en'];
  }

  /**
   * Report a failure: show it in place (when `blocking`), fire `sanctuary-error`, warn once in the
   * console. Never throws.
   */
  protected reportError(detail: ReportedError, { blocking = true } = {}): void {
    if (blocking) this.error = detail;
    // A host listener that throws is reported by the browser, not thrown here.
    this.dispatchEvent(new SanctuaryErrorEvent({ element: this.localName, ...detail }));
    console.warn(`<${this.localName}>: ${detail.message}`);
  }

  /** Records that were skipped: one event each, one console warning for all. */
  protected reportSkippedItems(problems: ReportedError[]): void {
    if (problems.length === 0) return;
    for (const problem of problems) {
      this.dispatchEvent(new SanctuaryErrorEvent({ element: this.localName, ...problem }));
    }
    console.warn(`<${this.localName}>: ${problems.length} record(s) skipped:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
  }

  /** `timeout`, or the default when the attribute is missing or not a positive number. */
  protected get validTimeout(): number {
    return Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
  }

  /** Start a load, aborting the one before (a new `src` replaces the old download). */
  protected beginLoad(): AbortSignal {
    this.loadController?.abort();
    this.loadController = new AbortController();
    return this.loadController.signal;
  }

  /** Stop the current load (the widget left the page). */
  protected abortLoad(): void {
    this.loadController?.abort();
  }

  /**
   * The widget's data, by the same rule for every widget: a property set by a framework, else the
   * `src` URL, else an inline `<script type="application/json">` child. `propertyName` and
   * `formats` go into the message a web editor sees when there is none.
   */
  protected async readSourceData(options: {
    property: unknown;
    propertyName: string;
    formats: string;
    src?: string;
    format: DataFormat | 'auto';
    signal: AbortSignal;
  }): Promise<WidgetData> {
    const { property, src, format, signal } = options;
    if (property !== undefined && property !== null) return { data: property, format: 'json', source: 'property', baseUrl: document.baseURI };
    if (src) {
      const loaded = await loadData(src, { signal, timeout: this.validTimeout, format });
      return { data: loaded.data, format: loaded.format, source: src, baseUrl: loaded.url };
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { data: await parseText(script.textContent ?? '', 'json', 'inline'), format: 'json', source: 'inline', baseUrl: document.baseURI };
    throw new SanctuaryDataError({
      code: 'config',
      field: 'src',
      message: `No data: set the src attribute to ${options.formats}, put a <script type="application/json"> inside the element, or set the ${options.propertyName} property.`,
    });
  }

  /** Try the failed load again (the alert's button). Widgets that load data override this. */
  protected retry(): void {}

  /** The in-place message for `this.error`: short, localized, with a retry where retrying can help. */
  protected renderError(): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    const canRetry = error.code === 'network' || error.code === 'timeout' || (error.code === 'http' && (error.status ?? 0) >= 500);
    return html`<div class="alert" part="error" role="alert">
      <p>${this.errorMessage(error)}</p>
      ${canRetry
        ? html`<p><button class="button secondary" type="button" @click=${() => this.retry()}>${msg('Try again', { id: 'error.retry' })}</button></p>`
        : nothing}
    </div>`;
  }

  private errorMessage(error: ReportedError): string {
    switch (error.code) {
      case 'http':
        return error.status === 404
          ? msg('This information could not be found (error 404).', { id: 'error.notFound' })
          : msg(str`The server could not send this information (error ${error.status ?? ''}). Please try again later.`, { id: 'error.http' });
      case 'network':
        return msg('This information could not be loaded. Check your internet connection and try again.', { id: 'error.network' });
      case 'timeout':
        return msg('Loading took too long. Check your internet connection and try again.', { id: 'error.timeout' });
      case 'config':
        return msg('This section is not set up correctly, so it cannot be shown.', { id: 'error.config' });
      default:
        return msg('This information cannot be shown because its data file has a mistake in it.', { id: 'error.data' });
    }
  }

  /** A quiet note that some records were skipped, so an editor notices. */
  protected renderSkippedNote(count: number): TemplateResult | typeof nothing {
    if (count === 0) return nothing;
    const n = this.formatNumber(count);
    const text = plural(this.locale, count, {
      zero: () => msg(str`${n} entries could not be shown because of mistakes in the data.`, { id: 'skipped.zero' }),
      one: () => msg(str`${n} entry could not be shown because of a mistake in the data.`, { id: 'skipped.one' }),
      two: () => msg(str`${n} entries could not be shown because of mistakes in the data.`, { id: 'skipped.two' }),
      few: () => msg(str`${n} entries could not be shown because of mistakes in the data.`, { id: 'skipped.few' }),
      many: () => msg(str`${n} entries could not be shown because of mistakes in the data.`, { id: 'skipped.many' }),
      other: () => msg(str`${n} entries could not be shown because of mistakes in the data.`, { id: 'skipped.other' }),
    });
    return html`<p class="skipped-note" part="note">${text}</p>`;
  }

  /**
   * The locale for Intl dates and numbers: the page's own tag when it is a variant of the UI
   * language (`en-US`, `ar-EG`), else the UI locale. Bare `en` means British English: the
   * library's partners are mostly in the UK.
   */
  protected get formatLocale(): string {
    let tag: string = this.locale;
    if (this.contentLanguage.split(/[-_]/)[0].toLowerCase() === this.locale.split('-')[0].toLowerCase()) {
      try {
        tag = Intl.getCanonicalLocales(this.contentLanguage.replace(/_/g, '-'))[0];
      } catch {
        // not a valid tag: keep the UI locale
      }
    }
    return tag === 'en' ? 'en-GB' : tag;
  }

  protected formatNumber(value: number): string {
    return intl('NumberFormat', this.formatLocale).format(value);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sanctuary-locale-change': CustomEvent<{ locale: LocaleCode; requested: string }>;
  }
}
