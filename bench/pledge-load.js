#!/usr/bin/env node
/**
 * Load and crash test of the reference pledge receiver (npm run bench:pledge; needs a build).
 *
 * 1. 1,000 different pledges sent at once, a fifth of them sent twice at the same moment (a
 *    double click) and every failed send retried with backoff, as the form does. Then: pledges
 *    stored = unique pledges sent, duplicates = 0, the count exact.
 * 2. Another 1,000 at once; the receiver is killed with SIGKILL while they arrive, restarted on
 *    the same file, and every pledge it had acknowledged must be there.
 *
 * Only 127.0.0.1 is ever contacted; every loop is bounded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLEDGES = Number(process.env.PLEDGES ?? 1000);
const REPEAT_EVERY = 5; // every 5th pledge is sent twice at once
const MAX_TRIES = 8;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Starts `sanctuary-widgets receiver` as its own process; resolves with its URL. */
function startReceiver(db) {
  const child = spawn(process.execPath, [cli, 'receiver', '--port', '0', '--db', db, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PLEDGE_EXPORT_TOKEN: 'load-test-token' } });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('the receiver did not start')), 15_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // keep draining its request log
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`the receiver exited (${code})`)));
  });
}

const pledge = (round, i) => ({ idempotencyKey: `load-${round}-${String(i).padStart(12, '0')}`, name: `Load ${round} ${i}`, area: 'SE13', consent: true });

/** One send as the form does it: retry network errors and 5xx with backoff, up to MAX_TRIES. */
async function send(url, body, stats, { retry = true } = {}) {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    try {
      const response = await fetch(`${url}/pledges`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      await response.arrayBuffer();
      if (response.status === 201 || response.status === 200) return response.status;
      if (response.status < 500 && response.status !== 429) throw new Error(`refused: ${response.status}`);
    } catch (error) {
      if (String(error.message).startsWith('refused')) throw error;
    }
    if (!retry) return 0;
    stats.retries++;
    await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4)));
  }
  return 0;
}

async function exportKeys(url) {
  const csv = await (await fetch(`${url}/export.csv`, { headers: { Authorization: 'Bearer load-test-token' } })).text();
  return csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',').at(-1));
}

export async function runPledgeLoad({ pledges = PLEDGES } = {}) {
  const db = join(mkdtempSync(join(tmpdir(), 'pledge-load-')), 'pledges.db');
  let { child, url } = await startReceiver(db);
  const results = {};
  try {
    // ---- 1. Concurrency, repeats, retries ----
    const stats = { retries: 0 };
    const started = performance.now();
    const sends = [];
    for (let i = 0; i < pledges; i++) {
      sends.push(send(url, pledge(1, i), stats));
      if (i % REPEAT_EVERY === 0) sends.push(send(url, pledge(1, i), stats));
    }
    const statuses = await Promise.all(sends);
    const seconds = (performance.now() - started) / 1000;
    const keys = await exportKeys(url);
    const count = (await (await fetch(`${url}/count`)).json()).count;
    Object.assign(results, {
      sent: sends.length,
      unique: pledges,
      acknowledged: statuses.filter(Boolean).length,
      stored: keys.length,
      duplicates: keys.length - new Set(keys).size,
      count,
      retries: stats.retries,
      perSecond: Math.round(sends.length / seconds),
    });

    // ---- 2. SIGKILL mid-load ----
    const acknowledged = new Set();
    const killAfter = Math.floor(pledges / 3);
    let killed = false;
    const crashSends = Array.from({ length: pledges }, (_, i) =>
      send(url, pledge(2, i), { retries: 0 }, { retry: false }).then((status) => {
        if (status && !killed) acknowledged.add(pledge(2, i).idempotencyKey);
        if (!killed && acknowledged.size >= killAfter) {
          killed = true;
          child.kill('SIGKILL');
        }
      }),
    );
    await Promise.all(crashSends);
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
    ({ child, url } = await startReceiver(db));
    const after = new Set(await exportKeys(url));
    const lost = [...acknowledged].filter((key) => !after.has(key));
    Object.assign(results, { killedAfter: acknowledged.size, storedAfterRestart: [...after].filter((k) => k.startsWith('load-2-')).length, lost: lost.length });
  } finally {
    child.kill('SIGKILL');
  }
  return results;
}

export function formatPledgeReport(r) {
  const rows = [
    ['Round 1: requests sent (1,000 pledges, every 5th twice at once)', r.sent.toLocaleString('en-GB')],
    ['  acknowledged (after retries)', r.acknowledged.toLocaleString('en-GB')],
    ['  retries needed (network errors, resets)', r.retries.toLocaleString('en-GB')],
    ['  stored = unique pledges sent', `${r.stored.toLocaleString('en-GB')} = ${r.unique.toLocaleString('en-GB')}`],
    ['  duplicates stored', String(r.duplicates)],
    ['  count endpoint', `${r.count.toLocaleString('en-GB')}`],
    ['  throughput (requests per second, one receiver process)', r.perSecond.toLocaleString('en-GB')],
    ['Round 2: acknowledged before SIGKILL', r.killedAfter.toLocaleString('en-GB')],
    ['  round-2 pledges on disk after restart', r.storedAfterRestart.toLocaleString('en-GB')],
    ['  acknowledged pledges lost', String(r.lost)],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  const verdict = r.stored === r.unique && r.duplicates === 0 && r.count === r.unique && r.lost === 0 ? 'PASS' : 'FAIL';
  return `| ${'Pledge receiver under load'.padEnd(width)} | ${'Value'.padStart(13)} |\n|${'-'.repeat(width + 2)}|${'-'.repeat(15)}|\n${rows.map(([a, b]) => `| ${a.padEnd(width)} | ${b.padStart(13)} |`).join('\n')}\n\n${verdict}: stored = unique sent, no duplicates, exact count, no acknowledged pledge lost.`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runPledgeLoad();
  console.log(formatPledgeReport(results));
  if (!(results.stored === results.unique && results.duplicates === 0 && results.count === results.unique && results.lost === 0)) process.exit(1);
}
