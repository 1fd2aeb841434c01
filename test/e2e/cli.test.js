/** The check-ruleset command, as a partner would run it after npm install (needs npm run build). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

test('check-ruleset passes every shipped ruleset', () => {
  const files = readdirSync('src/rights/rulesets').filter((f) => f.endsWith('.json')).map((f) => join('src/rights/rulesets', f));
  const result = cli('check-ruleset', ...files);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /0 errors/);
});

test('check-ruleset fails on a broken ruleset and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruleset-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify({ format: 'sanctuary-ruleset/1', id: 'x', name: 'X', lastReviewed: '2026-01-01', languages: ['en'], staffLanguage: 'en', sources: {}, careQuestion: 'care', questions: [{ id: 'care', topic: 'care', text: 'Care?', options: [{ id: 'gp', label: 'GP' }, { id: 'dont-know', label: '?' }] }], freeForEveryone: [], care: [{ id: 'gp', rules: [{ outcome: { kind: 'free', reason: 'r', sources: [] } }] }], sections: {} }));
  const result = cli('check-ruleset', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cites no source/);
  assert.match(result.stderr, /Care "dont-know".*has no rules/);
  const unreadable = join(dir, 'not-json.json');
  writeFileSync(unreadable, '{');
  assert.equal(cli('check-ruleset', unreadable).status, 1);
  assert.equal(cli('something-else').status, 2);
});
