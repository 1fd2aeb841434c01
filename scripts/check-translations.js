#!/usr/bin/env node
/**
 * Fails when a shipped locale's XLIFF lacks a translation, or when the XLIFF is out of date with
 * the source (a msg() added or changed without `npm run localize:extract`).
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
let problems = 0;

// 1. Re-extract into a scratch copy and compare the message ids with what is committed.
const idsIn = (text) => [...text.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
const before = Object.fromEntries(config.targetLocales.map((l) => [l, readFileSync(`locales/${l}.xlf`, 'utf8')]));
execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: 'ignore' });
for (const locale of config.targetLocales) {
  const after = readFileSync(`locales/${locale}.xlf`, 'utf8');
  if (JSON.stringify(idsIn(after)) !== JSON.stringify(idsIn(before[locale]))) {
    console.error(`locales/${locale}.xlf is out of date with the source: run npm run localize:extract and translate the new messages.`);
    problems++;
  }
  // 2. Every unit has a non-empty target.
  const units = after.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
  const missing = units.filter((u) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(u)).map((u) => /id="([^"]+)"/.exec(u)[1]);
  if (missing.length) {
    console.error(`locales/${locale}.xlf: ${missing.length} of ${units.length} messages untranslated: ${missing.join(', ')}`);
    problems++;
  } else {
    console.log(`locales/${locale}.xlf: ${units.length} of ${units.length} messages translated`);
  }
}
process.exit(problems ? 1 : 0);
