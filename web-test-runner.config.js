// @web/test-runner: every test runs in a real Chromium against this real dev server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

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
