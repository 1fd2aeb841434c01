/**
 * Bundled content (rulesets, demo datasets, the demo pledge text) and its translations.
 *
 * English is the source. A ruleset's own JSON holds English only; every other language, its staff
 * language too (Swedish for se-vgr), lives in locales/content/<lang>.json, a translation memory keyed by
 * the English text: { "<English>": "<translation>" }. The same English is translated once, wherever
 * it is used; a changed English sentence has no translation until someone translates it again.
 *
 * Used by scripts/content.js (extract, check, apply, todo, add) and scripts/bundle-rulesets.js.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export const CONTENT_DIR = 'locales/content';
export const RULESET_DIR = 'src/rights/rulesets';

/** The shipped locales (English first): the same list the UI strings ship in. */
export function shippedLocales() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  return [config.sourceLocale, ...config.targetLocales];
}

/** Demo data with translatable fields, as partners would write it (JSON objects or CSV columns). */
export const DEMO_JSON = ['demo/data/lewisham-greenwich.json', 'demo/data/practices.geojson'];
export const DEMO_CSV = ['demo/data/lewisham-greenwich.csv', 'demo/data/practices.csv'];
/** Pages whose blocks between `<!-- translations -->` and `<!-- /translations -->` are generated. */
export const DEMO_HTML = ['demo/pledge.html'];

/** A translatable text: an object of strings by language with an English entry. */
export function isText(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value.en === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * Calls visit(text, where) for every translatable text, in document order. The order matters:
 * src/rights/ruleset-language.ts walks the same way when it adds a language to a ruleset.
 */
export function walkTexts(value, visit, where = '') {
  if (isText(value)) return visit(value, where);
  if (Array.isArray(value)) value.forEach((item, i) => walkTexts(item, visit, `${where}[${item?.id ?? i}]`));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) walkTexts(value[key], visit, where ? `${where}.${key}` : key);
}

/** JSON with two-space indents, short arrays of numbers or strings on one line (coordinates). */
export function formatJson(value) {
  return `${JSON.stringify(value, null, 2).replace(/\[\n\s*((?:-?[\d.]+|"[^"\n]{0,20}")(?:,\n\s*(?:-?[\d.]+|"[^"\n]{0,20}"))*)\n\s*\]/g, (_, items) => `[${items.split(/,\n\s*/).join(', ')}]`)}\n`;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function rulesetFiles() {
  return readdirSync(RULESET_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${RULESET_DIR}/${f}`);
}

/** A CSV's translatable columns: `title` when the file also has `title:<lang>` columns. */
export function csvTextColumns(columns) {
  return columns.filter((c) => !c.includes(':') && columns.some((other) => other.startsWith(`${c}:`)));
}

/** Every English source text with where it is used: Map<English, string[]>. */
export async function collectSources() {
  const { csvParse } = await import('d3-dsv');
  const sources = new Map();
  const add = (english, where) => {
    if (!english.trim()) return;
    if (!sources.has(english)) sources.set(english, []);
    sources.get(english).push(where);
  };
  for (const file of [...rulesetFiles(), ...DEMO_JSON]) walkTexts(readJson(file), (text, where) => add(text.en, `${file}: ${where}`));
  for (const file of DEMO_CSV) {
    const rows = csvParse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    for (const column of csvTextColumns(rows.columns)) rows.forEach((row, i) => add(row[column], `${file}: row ${i + 1} ${column}`));
  }
  for (const file of DEMO_HTML) for (const block of htmlBlocks(readFileSync(file, 'utf8'))) add(block.english, `${file}: ${block.name}`);
  return sources;
}

const BLOCK = /<!-- translations: ([\w-]+) -->\n([\s\S]*?)<!-- \/translations -->/g;
const PARAGRAPH = /^(\s*)<p lang="([\w-]+)"(?: dir="rtl")?>([\s\S]*?)<\/p>$/gm;

/** A page's translated blocks: each has `<p lang="en">…</p>` and one `<p lang>` per language. */
export function htmlBlocks(page) {
  return [...page.matchAll(BLOCK)].map((match) => {
    const paragraphs = [...match[2].matchAll(PARAGRAPH)].map((p) => ({ indent: p[1], lang: p[2], text: p[3] }));
    const english = paragraphs.find((p) => p.lang === 'en');
    return { name: match[1], english: english?.text ?? '', indent: english?.indent ?? '', paragraphs };
  });
}

export function rewriteHtmlBlocks(page, translate) {
  return page.replace(BLOCK, (whole, name, body) => {
    const block = htmlBlocks(whole)[0];
    const lines = translate(block);
    return `<!-- translations: ${name} -->\n${lines.join('\n')}\n<!-- /translations -->`;
  });
}

/** From CLDR through Intl (no third copy of src/core/language.ts's list, which the browser build needs). */
export const isRtl = (lang) => {
  const locale = new Intl.Locale(lang);
  return (locale.getTextInfo?.() ?? locale.textInfo).direction === 'rtl';
};

/** The translation memory of one language: { English: translation }. */
export function readMemory(lang) {
  const path = `${CONTENT_DIR}/${lang}.json`;
  return existsSync(path) ? readJson(path).texts ?? {} : {};
}

/** Writes a memory in the order of the sources (en.json), so diffs stay small and reviewable. */
export function writeMemory(lang, texts, order) {
  const sorted = {};
  for (const english of order) if (texts[english] !== undefined) sorted[english] = texts[english];
  for (const english of Object.keys(texts).sort()) if (sorted[english] === undefined) sorted[english] = texts[english];
  const path = `${CONTENT_DIR}/${lang}.json`;
  const previous = existsSync(path) ? readJson(path) : {};
  const file = {
    language: lang,
    about: previous.about ?? `Translations of the bundled content (rulesets, demo data) into ${lang}, keyed by the English text. See docs/translating.md.`,
    texts: sorted,
  };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
