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
import { str } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import type { LocaleCode } from './language.js';

export { str };

type Templates = LocaleModule['templates'];

let activeTemplates: Templates | undefined;

/** Same signature and extraction brand as @lit/localize's `msg`, but scoped to the rendering element. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(activeTemplates, template as never, options)) as MsgFn;

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

/*
 * One lazy chunk per locale. The imports must be literal: bundlers and the test server cannot
 * follow a template-literal path.
 */
const loaders: Record<Exclude<LocaleCode, typeof sourceLocale>, () => Promise<LocaleModule>> = {
  vi: () => import('../generated/locales/vi.js'),
  sv: () => import('../generated/locales/sv.js'),
  ru: () => import('../generated/locales/ru.js'),
  uk: () => import('../generated/locales/uk.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const cache = new Map<LocaleCode, Promise<Templates | undefined>>();

/**
 * The templates for a locale (undefined for English, the source). A chunk that fails to load
 * (a partial CDN deploy, a dropped connection) falls back to English with one warning, and is
 * tried again next time.
 */
export function loadTemplates(locale: LocaleCode): Promise<Templates | undefined> {
  if (locale === sourceLocale) return Promise.resolve(undefined);
  let pending = cache.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (module) => module.templates,
      (error: unknown) => {
        cache.delete(locale);
        console.warn(`sanctuary-widgets: could not load the "${locale}" translations; showing English.`, error);
        return undefined;
      },
    );
    cache.set(locale, pending);
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
  return forms[new Intl.PluralRules(locale).select(count)]();
}
