#!/usr/bin/env node
/**
 * Translation check, for CI and for translators.
 *   node scripts/check-translations.js                 every shipped locale, and that the XLIFF is
 *                                                      up to date with the source (CI)
 *   node scripts/check-translations.js locales/cy.xlf  one file, while translating it
 * Fails when a unit has no translation, or a translation's placeholders (<x id="…"/>, matched by
 * id as lit-localize does) differ from its source's.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const placeholderIds = (text) => [...text.matchAll(/<x id="([^"]*)"/g)].map((m) => m[1]).sort().join(',');

/** Problems of one XLIFF text; prints the count of good units. */
function checkFile(path, text) {
  const units = text.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
  const missing = [];
  const mismatched = [];
  for (const unit of units) {
    const id = /id="([^"]+)"/.exec(unit)[1];
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1];
    if (!target?.trim()) missing.push(id);
    else if (placeholderIds(source) !== placeholderIds(target)) mismatched.push(id);
  }
  if (missing.length) console.error(`${path}: ${missing.length} of ${units.length} messages untranslated: ${missing.join(', ')}`);
  if (mismatched.length) console.error(`${path}: placeholders differ from the source in ${mismatched.join(', ')}`);
  if (!missing.length && !mismatched.length) console.log(`${path}: ${units.length} of ${units.length} messages translated`);
  return missing.length + mismatched.length > 0 ? 1 : 0;
}

const files = process.argv.slice(2);
let problems = 0;
if (files.length) {
  for (const file of files) problems += checkFile(file, readFileSync(file, 'utf8'));
} else {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  // Re-extract and compare the message ids with what is committed.
  const idsIn = (text) => [...text.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const before = Object.fromEntries(config.targetLocales.map((l) => [l, readFileSync(`locales/${l}.xlf`, 'utf8')]));
  execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: 'ignore' });
  for (const locale of config.targetLocales) {
    const after = readFileSync(`locales/${locale}.xlf`, 'utf8');
    if (JSON.stringify(idsIn(after)) !== JSON.stringify(idsIn(before[locale]))) {
      console.error(`locales/${locale}.xlf is out of date with the source: run npm run localize:extract and translate the new messages.`);
      problems++;
    }
    problems += checkFile(`locales/${locale}.xlf`, after);
  }
}
process.exit(problems ? 1 : 0);
