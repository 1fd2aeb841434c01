#!/usr/bin/env node
/**
 * A small static server for the demo pages (npm start), also used by the end-to-end tests and
 * the benchmark. Serves demo/, cdn/, dist/ and schemas/ from the repository; sends the strict
 * Content-Security-Policy header on demo/csp.html, as a council's CMS would; and runs the
 * reference pledge receiver under /receiver/ (same origin, so the strict CSP's connect-src 'self'
 * allows it), storing pledges in .cache/demo-pledges.db unless told otherwise.
 */
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const served = ['/demo/', '/cdn/', '/dist/', '/schemas/', '/bench/', '/node_modules/axe-core/'];

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The reference receiver (from the build), or undefined when better-sqlite3 is not installed. */
async function openReceiver(db) {
  try {
    const { createReceiverHandler } = await import('../dist/receiver/receiver.js');
    const { openStore } = await import('../dist/receiver/store.js');
    const store = openStore(db);
    return { store, handle: createReceiverHandler({ store, basePath: '/receiver', minFillMs: 2000 }) };
  } catch (error) {
    console.warn(`The pledge receiver is not running: ${error.message}`);
    return undefined;
  }
}

/**
 * Start the server; resolves with its origin once listening. Port 0 picks a free port.
 * `receiver.down = true` makes /receiver/ drop every connection (for "server down, then up" tests).
 */
export async function startDemoServer({ port = Number(process.env.PORT ?? 8080), host = '127.0.0.1', pledgeDb } = {}) {
  if (!pledgeDb) {
    mkdirSync(join(root, '.cache'), { recursive: true });
    pledgeDb = join(root, '.cache', 'demo-pledges.db');
  }
  const receiver = { down: false, ...(await openReceiver(pledgeDb)) };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/receiver/')) {
      if (receiver.down || !receiver.handle) return request.socket.destroy();
      return receiver.handle(request, response);
    }
    if (url.pathname === '/' || url.pathname === '/demo') {
      response.writeHead(302, { Location: '/demo/' });
      return response.end();
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !served.some((prefix) => path.startsWith(prefix))) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      return response.end('Not found');
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (path === '/demo/csp.html') headers['Content-Security-Policy'] = STRICT_CSP;
      // Bare test pages take their language from ?lang= (validated), so no script has to set it.
      const lang = url.searchParams.get('lang');
      if (extname(file) === '.html' && lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) {
        body = Buffer.from(body.toString('utf8').replace(/<html lang="[^"]*"/, `<html lang="${lang}"`));
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, receiver, origin: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startDemoServer();
  console.log(`Demo: ${origin}/demo/   (strict CSP page: ${origin}/demo/csp.html)   Ctrl+C to stop.`);
}
