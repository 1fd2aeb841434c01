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

export interface EventDate {
  year: number;
  month?: number;
  day?: number;
  /** For `<time datetime>` and sorting: `2021`, `2021-03` or `2021-03-15`. */
  iso: string;
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

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

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

/** `2021`, `"2021"`, `"2021-03"`, `"2021-03-15"` → a checked date; anything else → undefined. */
export function parseDate(value: unknown): EventDate | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const check = new Date(Date.UTC(year, month! - 1, day));
    if (check.getUTCDate() !== day) return undefined; // 2021-02-30
  }
  return { year, month, day, iso: text };
}

/** A string, or an object of strings by language tag; `value` is undefined when absent and optional. */
function checkTranslatable(value: unknown, field: string, maxLength: number, required: boolean): { value?: Translatable } | { error: string } {
  if (value === undefined || value === null || value === '') return required ? { error: `"${field}" is missing` } : {};
  if (typeof value === 'string') {
    return value.length > maxLength ? { error: `"${field}" is longer than ${maxLength} characters` } : { value };
  }
  if (typeof value !== 'object' || Array.isArray(value)) return { error: `"${field}" must be a text or an object of texts by language, not ${describe(value)}` };
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return required ? { error: `"${field}" has no text in any language` } : {};
  for (const [lang, text] of entries) {
    if (lang !== '' && !LANGUAGE_TAG.test(lang)) return { error: `"${field}" has "${lang.slice(0, 20)}", which is not a language code such as "en" or "vi"` };
    if (typeof text !== 'string') return { error: `"${field}.${lang}" must be a text, not ${describe(text)}` };
    if (text.length > maxLength) return { error: `"${field}.${lang}" is longer than ${maxLength} characters` };
  }
  return { value: value as Translatable };
}

/** An absolute http(s) URL, or undefined for anything else (`javascript:`, `data:`, junk). */
export function safeUrl(value: unknown, baseUrl: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
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
