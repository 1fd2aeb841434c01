/**
 * Content from data (titles, notes, rules) carries its own translations: either one string, or an
 * object of strings by language tag, e.g. `{"en": "Lewisham becomes…", "vi": "Lewisham trở thành…"}`.
 */
export type Translatable = string | { [lang: string]: string };

export interface ResolvedText {
  text: string;
  /** The language of `text`, when known (undefined for a plain string). */
  lang?: string;
}

/**
 * The text for `wanted` (the page's language, e.g. `fa-AF`), falling back through its primary
 * language (`fa`), then `fallbacks` (the UI locale, then English), then any translation present.
 */
export function resolveText(value: Translatable | undefined, wanted: string, fallbacks: readonly string[] = ['en']): ResolvedText {
  if (value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  const byLower = new Map(Object.keys(value).map((key) => [key.toLowerCase(), key] as const));
  // '' is a CSV sheet's plain column (language not stated): after the named fallbacks.
  const tags = [wanted, wanted.split('-')[0], ...fallbacks, ''];
  for (const tag of tags) {
    const key = byLower.get(tag.toLowerCase());
    if (key !== undefined && value[key]) return { text: value[key], lang: key || undefined };
  }
  const firstKey = Object.keys(value).find((key) => value[key]);
  return firstKey === undefined ? { text: '' } : { text: value[firstKey], lang: firstKey || undefined };
}

/**
 * Gather translations from CSV columns: `title` plus `title:vi`, `title:sv`, … become one
 * Translatable. Returns undefined when every cell is empty.
 */
export function translatableFromColumns(row: Record<string, string>, field: string): Translatable | undefined {
  const translations: Record<string, string> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (!cell) continue;
    if (column.startsWith(`${field}:`)) translations[column.slice(field.length + 1)] = cell;
  }
  const plain = row[field];
  if (Object.keys(translations).length === 0) return plain || undefined;
  if (plain) translations[''] = plain; // see resolveText
  return translations;
}
