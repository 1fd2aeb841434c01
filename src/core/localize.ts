/**
 * Localization of UI strings, per element.
 *
 * We use @lit/localize's tooling (msg() extraction, XLIFF, `lit-localize build` runtime output)
 * and its runtime lookup, but we never call `configureLocalization`. That keeps one locale per
 * *element* (two widgets on one page may speak two languages) and lets a host page configure its
 * own @lit/localize without either side throwing "can only be configured once".
 *
 * How: `msg()` reads the templates of the element that is rendering right now. The base element
 * sets them around its synchronous `update()` (see `withTemplates`).
 */
import { joinStringsAndValues, str } from '@lit/localize/internal/str-tag.js';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { sourceLocale } from '../generated/locale-codes.js';
import type { LocaleCode } from './language.js';

export { str };

/** A locale's messages by id: plain text, or a `str` message with the order of its placeholders. */
export type Templates = Record<string, string | { strTag: true; strings: readonly string[]; values: number[] }>;
type Localized = Templates[string];

/** One widget's messages (its own and the shared ones): per locale, a loader of that chunk. Generated per widget. */
export interface LocaleGroup {
  name: string;
  loaders: Partial<Record<LocaleCode, () => Promise<{ templates: Templates }>>>;
}

let activeTemplates: Templates | undefined;

/**
 * Same signature and extraction brand as @lit/localize's `msg`, but scoped to the rendering
 * element. Every message in this library has an explicit `id` (readable XLIFF, stable across
 * wording changes), so this lookup needs none of @lit/localize's id hashing. Only plain and
 * `str` messages are used: UI text is never HTML.
 */
export const msg = ((template: string | { strTag: true; strings: TemplateStringsArray; values: unknown[] }, options?: { id?: string }) => {
  const localized: Localized | undefined = options?.id ? activeTemplates?.[options.id] : undefined;
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if (typeof localized === 'string') return localized; // a translation with no placeholder
  if (localized && 'strTag' in localized) return joinStringsAndValues(localized.strings as TemplateStringsArray, template.values, localized.values);
  return joinStringsAndValues(template.strings, template.values);
}) as MsgFn;

/** Run `render` with `templates` active for `msg()`, restoring what was active before. */
export function withTemplates<T>(templates: Templates | undefined, render: () => T): T {
  const previous = activeTemplates;
  activeTemplates = templates;
  try {
    return render();
  } finally {
    activeTemplates = previous;
  }
}

const cache = new Map<string, Promise<Templates | undefined>>();

/** A partner's own wording, by locale, applied over the shipped translations (see `overrideMessages`). */
const overrides = new Map<string, Templates>();

/**
 * Replace any message in any locale (including English) without forking: `{0}`, `{1}` … stand
 * for the message's placeholders in their order in the English source. Widgets already on the
 * page pick the new wording up at once.
 */
export function setOverrides(locale: string, messages: Record<string, string>): void {
  const parsed: Templates = { ...overrides.get(locale) };
  for (const [id, text] of Object.entries(messages)) {
    if (typeof text !== 'string') continue;
    const parts = text.split(/\{(\d+)\}/);
    parsed[id] = parts.length === 1 ? text : { strTag: true, strings: parts.filter((_, i) => i % 2 === 0), values: parts.filter((_, i) => i % 2 === 1).map(Number) };
  }
  overrides.set(locale, parsed);
  for (const key of cache.keys()) if (key.startsWith(`${locale}|`)) cache.delete(key);
}

/**
 * The translations a widget needs in a locale: one small lazy chunk holding its own and the
 * shared messages (undefined for English, the source). A chunk that fails to load (a partial CDN
 * deploy, a dropped connection) falls back to English with one warning, and is tried again next time.
 */
export function loadTemplates(locale: LocaleCode, group: LocaleGroup | undefined): Promise<Templates | undefined> {
  const load = group?.loaders[locale];
  if (locale === sourceLocale || !load) return Promise.resolve(overrides.get(locale));
  const key = `${locale}|${group.name}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = load().then(
      (module) => ({ ...module.templates, ...overrides.get(locale) }),
      (error: unknown) => {
        cache.delete(key);
        console.warn(`sanctuary-widgets: could not load the "${locale}" translations; showing English.`, error);
        return overrides.get(locale);
      },
    );
    cache.set(key, pending);
  }
  return pending;
}

/** One message per CLDR plural category, so that every language can say every count right. */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

/**
 * Pick the form for `count` by the locale's CLDR plural rules (Arabic has six forms, Russian
 * four, English two). Callers write all six; a translator fills the ones their language uses.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return forms[intl('PluralRules', locale).select(count)]();
}

/*
 * Intl objects are slow to create (a list of 1,000 dates made 1,000 formatters): keep one per
 * locale and options. The cache is small: a handful of locales times a few option sets.
 */
type IntlKinds = {
  DateTimeFormat: Intl.DateTimeFormat;
  NumberFormat: Intl.NumberFormat;
  PluralRules: Intl.PluralRules;
  Collator: Intl.Collator;
  DisplayNames: Intl.DisplayNames;
};
const intlCache = new Map<string, IntlKinds[keyof IntlKinds]>();

/** A cached `new Intl[kind](locale, options)`. */
export function intl<K extends keyof IntlKinds>(kind: K, locale: string, options?: object): IntlKinds[K] {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let formatter = intlCache.get(key);
  if (!formatter) {
    formatter = new (Intl[kind] as unknown as new (l: string, o?: object) => IntlKinds[K])(locale, options);
    intlCache.set(key, formatter);
  }
  return formatter as IntlKinds[K];
}
