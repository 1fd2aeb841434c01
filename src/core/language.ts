/**
 * Which UI locale to use for an element, and which way its text runs.
 * Pure functions plus one DOM walk; no state.
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

export const supportedLocales: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

/** Scripts written right to left, by primary language subtag (ISO 639). */
const rtlLanguages = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'ckb', 'he', 'yi', 'dv', 'sd', 'ug']);

/**
 * Tags that a browser or a CMS commonly writes for a language we ship under another code.
 * (Dari is `prs` in ISO 639-3 and `fa-AF` in our locale list; Chinese defaults to Simplified.)
 */
const aliases: Record<string, string> = {
  prs: 'fa-af',
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  iw: 'he',
  nb: 'no',
  nn: 'no',
};

/**
 * The best shipped locale for a BCP 47 tag: exact match, then an alias, then the language
 * and script, then the language alone, else English. Case-insensitive, `_` accepted for `-`.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  if (!tag) return sourceLocale;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  const byLower = new Map(supportedLocales.map((l) => [l.toLowerCase(), l] as const));
  const parts = wanted.split('-');
  const candidates = [wanted, aliases[wanted], parts.slice(0, 2).join('-'), aliases[parts.slice(0, 2).join('-')], parts[0], aliases[parts[0]]];
  for (const candidate of candidates) {
    const found = candidate && byLower.get(candidate);
    if (found) return found;
  }
  return sourceLocale;
}

/** `rtl` for languages written right to left, from the tag's primary subtag (or Dari's alias). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots, else `<html lang>`, else `en`.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang')?.trim() || sourceLocale;
}
