/**
 * The base of the widgets that show a partner's data file (timeline, map): where the data comes
 * from, and how skipped records are reported. The form and the rights widgets do without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SanctuaryElement, type ReportedError } from './base-element.js';
import { loadData, parseText, type DataFormat } from './data.js';
import { SanctuaryDataError, SanctuaryErrorEvent } from './errors.js';
import { msg, plural, str } from './localize.js';

/** A widget's raw data and where it came from. */
export interface WidgetData {
  data: unknown;
  format: DataFormat;
  /** `property`, `inline` or the URL, for messages. */
  source: string;
  /** Relative links in the data resolve against this. */
  baseUrl: string;
}

export abstract class SanctuaryDataElement extends SanctuaryElement {
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

  /** Records that were skipped: one event each, one console warning for all. */
  protected reportSkippedItems(problems: ReportedError[]): void {
    if (problems.length === 0) return;
    for (const problem of problems) {
      this.dispatchEvent(new SanctuaryErrorEvent({ element: this.localName, ...problem }));
    }
    console.warn(`<${this.localName}>: ${problems.length} record(s) skipped:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
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
}
