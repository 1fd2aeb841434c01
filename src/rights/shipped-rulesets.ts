/**
 * The rulesets that ship with the widgets, loaded lazily: the rules in English and the staff
 * language first, then the visitor's language added on top (scripts/bundle-rulesets.js makes the
 * chunks). A visitor downloads two or three languages, not twenty-five.
 */
import { rulesetLoaders } from '../generated/ruleset-loaders.js';
import type { Translatable } from '../core/translatable.js';
import type { Ruleset } from './ruleset.js';

export const shippedJurisdictions: readonly string[] = Object.keys(rulesetLoaders);

/** Same test and order as walkTexts in scripts/content-lib.js: the language chunks depend on it. */
function isText(value: unknown): value is Record<string, string> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function collectTexts(value: unknown, into: Record<string, string>[] = []): Record<string, string>[] {
  if (isText(value)) into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectTexts(item, into);
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) collectTexts((value as Record<string, unknown>)[key], into);
  return into;
}

/** The language chunk to use, of those `available`, for a visitor who wants `wanted`, best first. */
export function rulesetLanguageFor(available: readonly string[], wanted: readonly string[]): string | undefined {
  const byLower = new Map(available.map((l) => [l.toLowerCase(), l] as const));
  for (const tag of wanted.flatMap((w) => [w, w.split('-')[0]])) {
    if (tag === 'en') return undefined;
    const found = byLower.get(tag.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/**
 * Loads a shipped ruleset with the first of `wanted` languages it has (English and the staff
 * language are always there). The same ruleset object is shared by every element on the page and
 * gains languages as they are asked for.
 */
export async function loadShippedRuleset(id: string, wanted: readonly string[] = []): Promise<Ruleset | undefined> {
  const module = await rulesetLoaders[id]?.();
  if (!module) return undefined;
  await addRulesetLanguage(module.ruleset, wanted);
  return module.ruleset;
}

/** Adds the first of `wanted` languages a shipped ruleset has; false when there is nothing to add. */
export async function addRulesetLanguage(ruleset: Ruleset, wanted: readonly string[]): Promise<boolean> {
  const module = await rulesetLoaders[ruleset.id]?.();
  const lang = module && rulesetLanguageFor(Object.keys(module.languages), wanted);
  if (!lang || ruleset.languages.includes(lang)) return false;
  const { texts } = await module.languages[lang]();
  if (ruleset.languages.includes(lang)) return false; // another element added it meanwhile
  const targets = collectTexts(ruleset);
  // A chunk from another build of the ruleset would put every text in the wrong place.
  if (targets.length !== texts.length) throw new Error(`The ${lang} texts of ruleset ${ruleset.id} do not match it (${texts.length} texts for ${targets.length}).`);
  targets.forEach((target, i) => {
    const text = texts[i];
    if (text !== null) (target as Exclude<Translatable, string>)[lang] = text;
  });
  ruleset.languages.push(lang);
  return true;
}
