/**
 * The reference pledge receiver over real HTTP (from the build): validation, dedup, CORS
 * allow-list, rate limit, body limits, the token-protected CSV export, logs without personal
 * data, and durability across a restart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReceiver } from '../../dist/receiver/receiver.js';

const db = join(mkdtempSync(join(tmpdir(), 'receiver-')), 'pledges.db');
const logs = [];
let receiver;

const options = { db, port: 0, allowedOrigins: ['https://council.example'], exportToken: 'a-long-export-token', ratePerMinute: 5, minFillMs: 0, log: (line) => logs.push(line) };
const key = (n) => `test-key-${String(n).padStart(12, '0')}`;
const post = (body, headers = {}) =>
  fetch(`${receiver.url}/pledges`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
let address = 0;
/** Each call comes from its own address (X-Forwarded-For is trusted in these tests), so the rate limit test is the only one that meets it. */
const from = () => ({ 'X-Forwarded-For': `10.0.0.${++address}` });

before(async () => {
  receiver = await startReceiver({ ...options, trustProxy: true });
});
after(async () => {
  await receiver?.close();
});

describe('pledge receiver', () => {
  it('stores a valid pledge once, however often it is sent, and numbers pledges in order', async () => {
    const first = await post({ idempotencyKey: key(1), name: 'Ana', email: 'ana@example.org', consent: true, extra: 'dropped' }, from());
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { number: 1, count: 1, duplicate: false });
    const again = await post({ idempotencyKey: key(1), name: 'Ana', consent: true }, from());
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { number: 1, count: 1, duplicate: true });
    const second = await post({ idempotencyKey: key(2), name: 'Ben', consent: true }, from());
    assert.equal((await second.json()).number, 2);
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => post({ idempotencyKey: key(3), name: 'Cy', consent: true }, from())));
    assert.equal(concurrent.filter((r) => r.status === 201).length, 1);
    assert.equal((await (await fetch(`${receiver.url}/count`)).json()).count, 3);
  });

  it('answers invalid pledges with 422 and the same error codes the form shows', async () => {
    const response = await post({ idempotencyKey: 'short', name: '', email: 'nope', consent: false }, from());
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors, { name: 'required', email: 'invalid', consent: 'required', idempotencyKey: 'invalid' });
    assert.equal((await post('{not json', from())).status, 400);
    assert.equal((await fetch(`${receiver.url}/pledges`, { method: 'POST', body: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...from() } })).status, 415);
    assert.equal((await post({ idempotencyKey: key(9), name: 'x'.repeat(20_000), consent: true }, from())).status, 413);
  });

  it('lets allowed origins in (with CORS headers and a preflight), and keeps others out', async () => {
    const preflight = await fetch(`${receiver.url}/pledges`, { method: 'OPTIONS', headers: { Origin: 'https://council.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://council.example');
    const allowed = await post({ idempotencyKey: key(4), name: 'Dee', consent: true }, { Origin: 'https://council.example', ...from() });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://council.example');
    const other = await post({ idempotencyKey: key(5), name: 'Eve', consent: true }, { Origin: 'https://elsewhere.example', ...from() });
    assert.equal(other.status, 403);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal((await fetch(`${receiver.url}/pledges`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example' } })).status, 403);
    // A sandboxed frame sends "Origin: null": refused, not a server error.
    assert.equal((await post({ idempotencyKey: key(7), name: 'Sandboxed', consent: true }, { Origin: 'null', ...from() })).status, 403);
  });

  it('limits pledges per address and says when to come back', async () => {
    const headers = { 'X-Forwarded-For': '192.0.2.99' };
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post({ idempotencyKey: key(100 + i), name: `Rate ${i}`, consent: true }, headers)).status);
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
    const limited = await post({ idempotencyKey: key(200), name: 'Rate', consent: true }, headers);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('exports CSV only with the token, safe to open in a spreadsheet', async () => {
    assert.equal((await fetch(`${receiver.url}/export.csv`)).status, 401);
    assert.equal((await fetch(`${receiver.url}/export.csv`, { headers: { Authorization: 'Bearer wrong-token-of-same-len' } })).status, 401);
    await post({ idempotencyKey: key(6), name: '=HYPERLINK("http://evil.example")', consent: true }, from());
    const response = await fetch(`${receiver.url}/export.csv`, { headers: { Authorization: 'Bearer a-long-export-token' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a byte-order mark, for Excel');
    const csv = bytes.subarray(3).toString('utf8');
    assert.match(csv, /^number,receivedAt,kind,name,email/);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"")"`), 'a formula is stored as text');
  });

  it('never writes personal data to its log', () => {
    const log = logs.join('\n');
    assert.ok(logs.length > 10);
    for (const secret of ['Ana', 'ana@example.org', 'Ben', 'HYPERLINK', '10.0.0.', '192.0.2.99']) assert.ok(!log.includes(secret), `log mentions ${secret}`);
    assert.match(logs[0], /^POST \/pledges 201 \d+ms$/);
  });

  it('keeps every acknowledged pledge across a restart', async () => {
    const before = (await (await fetch(`${receiver.url}/count`)).json()).count;
    await receiver.close();
    receiver = await startReceiver({ ...options, trustProxy: true });
    assert.equal((await (await fetch(`${receiver.url}/count`)).json()).count, before);
    assert.equal((await post({ idempotencyKey: key(1), name: 'Ana', consent: true }, from())).status, 200);
  });
});
