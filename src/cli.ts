#!/usr/bin/env node
/// <reference types="node" />
/**
 * sanctuary-widgets command line.
 *   npx sanctuary-widgets check-ruleset <file.json> [more files]
 * Prints what is wrong with a rights-checker ruleset; exits 1 if anything is an error.
 */
import { readFileSync } from 'node:fs';
import { validateRuleset } from './rights/validate.js';

const [command, ...files] = process.argv.slice(2);
if (command !== 'check-ruleset' || files.length === 0) {
  console.error('Usage: sanctuary-widgets check-ruleset <ruleset.json> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read it as JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const { errors, warnings, paths } = validateRuleset(data);
  for (const error of errors) console.error(`${file}: error: ${error}`);
  for (const warning of warnings) console.warn(`${file}: warning: ${warning}`);
  console.log(`${file}: ${errors.length} errors, ${warnings.length} warnings, ${paths} answer paths checked.`);
  if (errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
