// @web/test-runner: every test runs in a real Chromium against this real dev server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The real pledge receiver (from the build: npm test builds first), on a fresh SQLite file per run.
import { createReceiverHandler } from './dist/receiver/receiver.js';
import { openStore } from './dist/receiver/store.js';
import { hostileFile } from './test/hostile/corpus.js';

const pledgeStore = openStore(join(mkdtempSync(join(tmpdir(), 'pledges-')), 'test.db'));
const receiver = {
  down: false,
  handle: createReceiverHandler({ store: pledgeStore, basePath: '/receiver', exportToken: 'test-export-token', minFillMs: 0, ratePerMinute: 0 }),
  // The same receiver configured to require an email, so a form that does not ask for one meets a 422.
  strict: createReceiverHandler({ store: pledgeStore, basePath: '/receiver-strict', rules: { requireEmail: true }, minFillMs: 0, ratePerMinute: 0 }),
};


const flakySeen = new Set();

/** Test-only endpoints (koa middleware): a slow response for timeouts, and an HTTP error status. */
async function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/test-api/slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 3000)));
    context.type = 'application/json';
    context.body = '[]';
    return;
  }
  if (url.pathname === '/test-api/flaky') {
    // Fails the first request for each key with 503, then serves the fixture named by `file`.
    const key = url.searchParams.get('key');
    if (!flakySeen.has(key)) {
      flakySeen.add(key);
      context.status = 503;
      context.body = 'try later';
      return;
    }
    context.redirect(`/test/fixtures/${url.searchParams.get('file')}`);
    return;
  }
  if (url.pathname === '/test-api/geocode') {
    // A stand-in for a partner's own geocoding service (URL-template geocoder).
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    context.type = 'application/json';
    context.body = JSON.stringify(q === 'woolwich' ? [{ label: 'Woolwich, London', lat: 51.4906, lon: 0.0637 }] : []);
    return;
  }
  if (url.pathname.startsWith('/test-api/tile/')) {
    // A 1×1 PNG map tile.
    context.type = 'image/png';
    context.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    return;
  }
  if (url.pathname === '/test-api/receiver') {
    // ?down=1 makes the receiver drop every connection, ?down=0 brings it back.
    receiver.down = url.searchParams.get('down') === '1';
    context.body = 'ok';
    return;
  }
  if (url.pathname.startsWith('/receiver/') || url.pathname.startsWith('/receiver-strict/')) {
    if (receiver.down) {
      context.req.socket.destroy();
      return;
    }
    context.respond = false; // the receiver writes the Node response itself
    (url.pathname.startsWith('/receiver-strict/') ? receiver.strict : receiver.handle)(context.req, context.res);
    return;
  }
  if (url.pathname.startsWith('/test-api/hostile/')) {
    const file = hostileFile(url.pathname.slice('/test-api/hostile/'.length));
    if (!file) return next();
    [context.type, context.body] = file;
    return;
  }
  if (url.pathname === '/test-api/status') {
    context.status = Number(url.searchParams.get('code') ?? 500);
    context.body = 'error';
    return;
  }
  await next();
}

export default {
  rootDir: '.',
  groups: [
    { name: 'core', files: 'test/core/**/*.test.ts' },
    { name: 'timeline', files: 'test/timeline/**/*.test.ts' },
    { name: 'map', files: 'test/map/**/*.test.ts' },
    { name: 'rights', files: 'test/rights/**/*.test.ts' },
    { name: 'pledge', files: 'test/pledge/**/*.test.ts' },
    { name: 'hostile', files: 'test/hostile/**/*.test.ts' },
  ],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  middleware: [testEndpoints],
  plugins: [
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
