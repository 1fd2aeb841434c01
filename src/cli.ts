#!/usr/bin/env node
/// <reference types="node" />
/**
 * sanctuary-widgets command line.
 *   npx sanctuary-widgets check-ruleset <file.json> [more files]
 *     Prints what is wrong with a rights-checker ruleset; exits 1 if anything is an error.
 *   npx sanctuary-widgets receiver [--port 8787] [--host 127.0.0.1] [--db pledges.db]
 *       [--origin https://your.site]... [--require-email] [--rate-limit 30] [--base-path /]
 *     Runs the reference pledge receiver. The CSV export token comes from the environment
 *     variable PLEDGE_EXPORT_TOKEN (never the command line, which other users can see).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateRuleset } from './rights/validate.js';

const USAGE = `Usage:
  sanctuary-widgets check-ruleset <ruleset.json> [...]
  sanctuary-widgets receiver [--port 8787] [--host 127.0.0.1] [--db pledges.db] [--origin URL]... [--require-email] [--rate-limit 30] [--base-path PATH] [--trust-proxy]`;

const [command, ...files] = process.argv.slice(2);
if (command === 'receiver') await runReceiver(files);
else if (command !== 'check-ruleset' || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

async function runReceiver(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: 'pledges.db' },
      origin: { type: 'string', multiple: true, default: [] },
      'require-email': { type: 'boolean', default: false },
      'rate-limit': { type: 'string', default: '30' },
      'base-path': { type: 'string', default: '' },
      'trust-proxy': { type: 'boolean', default: false },
    },
  });
  const { startReceiver } = await import('./receiver/receiver.js');
  const receiver = await startReceiver({
    db: values.db!,
    port: Number(values.port),
    host: values.host,
    allowedOrigins: values.origin,
    rules: { requireEmail: values['require-email'] },
    ratePerMinute: Number(values['rate-limit']),
    basePath: values['base-path']!.replace(/\/$/, ''),
    trustProxy: values['trust-proxy'],
    exportToken: process.env.PLEDGE_EXPORT_TOKEN || undefined,
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Pledge receiver listening on ${receiver.url} (store: ${values.db})`);
  const stop = () => void receiver.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (command === 'check-ruleset') checkRulesets(files);

function checkRulesets(files: string[]): void {
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
}
