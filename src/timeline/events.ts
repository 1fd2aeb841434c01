/**
 * The timeline's data format, read without the DOM: raw JSON items or CSV rows in, validated
 * events and row-numbered problems out. Mirrors `schemas/timeline.schema.json` (a test checks
 * that both accept and reject the same records).
 *
 * Why hand-written and not a schema library: the format is nine fields, each needs a message an
 * editor understands ("row 7: date …"), and the widget's whole budget is 12 kB gzip.
 */
import { SanctuaryDataError, type SanctuaryErrorDetail } from '../core/errors.js';
import { translatableFromColumns, type Translatable } from '../core/translatable.js';
import type { DataFormat } from '../core/data.js';
import { checkTranslatable, describe, parseDate, safeUrl, type PartialDate } from '../core/fields.js';

export { parseDate, safeUrl };
export type EventDate = PartialDate;

/** An event as a partner writes it (JSON) — see the JSON Schema for the documentation. */
export interface TimelineEventInput {
  id?: string;
  date: string | number;
  title: Translatable;
  description?: Translatable;
  category?: string;
  place?: Translatable;
  link?: string;
  image?: string | { src: string; alt?: Translatable };
}

/** A validated event, ready to show. */
export interface TimelineEvent {
  /** The data's `id`, or one made from the row. */
  key: string;
  /** Where it came from, for messages: CSV spreadsheet row, or 1-based position in the JSON list. */
  row: number;
  date: EventDate;
  title: Translatable;
  description?: Translatable;
  /** Lower-case key, e.g. `health`; known keys get a localized label. */
  category?: string;
  place?: Translatable;
  /** Absolute http(s) URL. */
  link?: string;
  image?: { src: string; alt?: Translatable };
}

export type Problem = Omit<SanctuaryErrorDetail, 'element'>;

export interface ParsedTimeline {
  events: TimelineEvent[];
  problems: Problem[];
}

export interface ParseContext {
  format: DataFormat;
  /** `inline`, `property` or the URL, for messages. */
  source: string;
  /** Relative links and images resolve against this (the data file's URL, or the page's). */
  baseUrl: string;
}

export const LIMITS = { title: 300, description: 5000, place: 200, category: 60, items: 10_000 } as const;


/** Read a whole data file: a JSON list, `{"events": [...]}`, or CSV rows. */
export function parseTimeline(data: unknown, context: ParseContext): ParsedTimeline {
  const csv = context.format === 'csv';
  const items = csv ? data : Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(items)) {
    throw new SanctuaryDataError({
      code: 'schema',
      source: context.source,
      message: `${context.source} has no list of events: expected a JSON array, or an object with an "events" array.`,
    });
  }
  if (items.length > LIMITS.items) {
    throw new SanctuaryDataError({ code: 'too-large', source: context.source, message: `${context.source} has ${items.length} events; the timeline shows at most ${LIMITS.items}.` });
  }
  const events: TimelineEvent[] = [];
  const problems: Problem[] = [];
  const keys = new Set<string>();
  items.forEach((item, index) => {
    const row = csv ? index + 2 : index + 1;
    if (csv && Object.values(item as Record<string, string>).every((cell) => cell === '')) return; // blank spreadsheet row
    const raw = csv ? fromCsvRow(item as Record<string, string>) : item;
    const result = validateEvent(raw, row, context.baseUrl);
    if (typeof result === 'string') {
      problems.push({ code: 'invalid-item', source: context.source, row, message: `${csv ? 'Row' : 'Event'} ${row}: ${result}; skipped.` });
    } else if (keys.has(result.key)) {
      problems.push({ code: 'invalid-item', source: context.source, row, field: 'id', message: `${csv ? 'Row' : 'Event'} ${row}: id "${result.key}" is used twice; skipped.` });
    } else {
      keys.add(result.key);
      events.push(result);
    }
  });
  return { events, problems };
}

/** A spreadsheet row (lower-case headers) as an input event; `title:vi` columns are translations. */
function fromCsvRow(row: Record<string, string>): Record<string, unknown> {
  const imageSrc = row.image || undefined;
  return {
    id: row.id || undefined,
    date: row.date,
    title: translatableFromColumns(row, 'title'),
    description: translatableFromColumns(row, 'description'),
    category: row.category || undefined,
    place: translatableFromColumns(row, 'place'),
    link: row.link || undefined,
    image: imageSrc ? { src: imageSrc, alt: translatableFromColumns(row, 'image_alt') } : undefined,
  };
}

/** One event, or the reason it is invalid (English, for the editor). */
export function validateEvent(raw: unknown, row: number, baseUrl: string): TimelineEvent | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'is not an object';
  const input = raw as Record<string, unknown>;

  const date = parseDate(input.date);
  if (!date) return `"date" must be a year (2021), a month (2021-03) or a day (2021-03-15), not ${describe(input.date)}`;

  const title = checkTranslatable(input.title, 'title', LIMITS.title, true);
  if ('error' in title) return title.error;
  const description = checkTranslatable(input.description, 'description', LIMITS.description, false);
  if ('error' in description) return description.error;
  const place = checkTranslatable(input.place, 'place', LIMITS.place, false);
  if ('error' in place) return place.error;

  let category: string | undefined;
  if (input.category !== undefined && input.category !== null && input.category !== '') {
    if (typeof input.category !== 'string' || input.category.length > LIMITS.category) return `"category" must be a short text, not ${describe(input.category)}`;
    category = input.category.trim().toLowerCase();
  }

  let link: string | undefined;
  if (input.link !== undefined && input.link !== null && input.link !== '') {
    link = safeUrl(input.link, baseUrl);
    if (!link) return `"link" must be an http or https address, not ${describe(input.link)}`;
  }

  let image: TimelineEvent['image'];
  if (input.image !== undefined && input.image !== null && input.image !== '') {
    const imageInput = typeof input.image === 'string' ? { src: input.image } : (input.image as Record<string, unknown>);
    const src = typeof imageInput === 'object' ? safeUrl(imageInput.src, baseUrl) : undefined;
    if (!src) return `"image" must be an http or https address (or {"src", "alt"}), not ${describe(input.image)}`;
    const alt = checkTranslatable(imageInput.alt, 'image alt', LIMITS.title, false);
    if ('error' in alt) return alt.error;
    image = { src, alt: alt.value };
  }

  let key = `row-${row}`;
  if (input.id !== undefined && input.id !== null && input.id !== '') {
    if (typeof input.id !== 'string' && typeof input.id !== 'number') return `"id" must be a text or a number, not ${describe(input.id)}`;
    key = `id-${input.id}`;
  }

  return {
    key,
    row,
    date,
    title: title.value!,
    description: description.value,
    category,
    place: place.value,
    link,
    image,
  };
}

/** Newest or oldest first; events on the same date keep the data's order. */
export function sortEvents(events: readonly TimelineEvent[], order: 'newest' | 'oldest'): TimelineEvent[] {
  const sign = order === 'newest' ? -1 : 1;
  return [...events].sort((a, b) => sign * compareDates(a.date, b.date) || a.row - b.row);
}

function compareDates(a: EventDate, b: EventDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** Events grouped by year, in the order given. */
export function groupByYear(events: readonly TimelineEvent[]): Array<{ year: number; events: TimelineEvent[] }> {
  const groups: Array<{ year: number; events: TimelineEvent[] }> = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last.year === event.date.year) last.events.push(event);
    else groups.push({ year: event.date.year, events: [event] });
  }
  return groups;
}

/** A place's stable filter key: the text itself, or its English (else first) translation. */
export function placeKey(place: Translatable | undefined): string | undefined {
  if (place === undefined) return undefined;
  if (typeof place === 'string') return place.trim();
  return (place.en ?? Object.values(place)[0])?.trim();
}
