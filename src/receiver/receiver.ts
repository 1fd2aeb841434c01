/// <reference types="node" />
/**
 * The reference pledge receiver: a small Node HTTP server for <sanctuary-pledge-form>.
 *
 *   POST <base>/pledges      JSON pledge → 201 {number, count} (200 with duplicate: true for a repeat)
 *   GET  <base>/count        {count} — public, for the form's counter
 *   GET  <base>/export.csv   every pledge, with "Authorization: Bearer <export token>"
 *   GET  <base>/health       {ok: true}
 *
 * The same validation as the form (src/pledge/pledge.ts), a per-IP rate limit, a CORS allow-list,
 * dedup by idempotency key, and logs that never contain personal data (method, path, status, time).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { csvFormatRows } from 'd3-dsv';
import { validatePledge, type PledgeRules } from '../pledge/pledge.js';
import { openStore, type PledgeStore } from './store.js';

export interface ReceiverOptions {
  store: PledgeStore;
  /** Origins allowed to send pledges from a browser (exact, e.g. "https://www.lewisham.gov.uk"). Empty: same origin only. */
  allowedOrigins?: string[];
  /** Enables GET export.csv for requests that present it as a bearer token. */
  exportToken?: string;
  /** The same rules the form is embedded with (e.g. requireEmail). */
  rules?: PledgeRules;
  /** Pledges per minute from one address; 0 turns the limit off. */
  ratePerMinute?: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  /** Path the routes live under, e.g. "/receiver". */
  basePath?: string;
  /** Faster than this from first keystroke to send is a bot: acknowledged, not stored. */
  minFillMs?: number;
  /** Where one line per request goes (never personal data). */
  log?: (line: string) => void;
}

const MAX_BODY = 16 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.error ?? status));
  }
}

/** A spreadsheet must not run a cell as a formula (CSV injection). */
function safeCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) return reject(new HttpError(413, { error: 'too-large' }));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, { error: 'too-large' }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createReceiverHandler(options: ReceiverOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { store, allowedOrigins = [], exportToken, rules = {}, ratePerMinute = 30, trustProxy = false, basePath = '', minFillMs = 2000, log = () => {} } = options;
  const windows = new Map<string, { count: number; resetAt: number }>();

  const clientAddress = (req: IncomingMessage) =>
    (trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '') || req.socket.remoteAddress || 'unknown';

  /** A fixed one-minute window per address; returns the seconds to wait, or 0. */
  const rateLimited = (address: string): number => {
    if (!ratePerMinute) return 0;
    const now = Date.now();
    if (windows.size > 10_000) for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
    let window = windows.get(address);
    if (!window || window.resetAt <= now) windows.set(address, (window = { count: 0, resetAt: now + 60_000 }));
    window.count++;
    return window.count > ratePerMinute ? Math.ceil((window.resetAt - now) / 1000) : 0;
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<[number, unknown, Record<string, string>?]> => {
    const origin = req.headers.origin;
    // "null" (a sandboxed frame, a file:// page) or any unparsable Origin is simply not same-origin.
    const sameOrigin = origin !== undefined && URL.canParse(origin) && new URL(origin).host === req.headers.host;
    const allowed = origin === undefined || sameOrigin || allowedOrigins.includes(origin);
    if (origin && allowed && !sameOrigin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }

    if (req.method === 'OPTIONS') {
      if (!allowed) return [403, { error: 'origin' }];
      return [204, undefined, { 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' }];
    }
    if (path === '/count' && req.method === 'GET') {
      // The count is public: any page may show it.
      if (origin) res.setHeader('Access-Control-Allow-Origin', allowed ? origin : '*');
      return [200, { count: store.count() }];
    }
    if (path === '/health' && req.method === 'GET') return [200, { ok: true }];
    if (path === '/export.csv' && req.method === 'GET') {
      const presented = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
      const expected = Buffer.from(exportToken ?? '');
      if (!exportToken) return [404, { error: 'not-found' }];
      if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return [401, { error: 'token' }, { 'WWW-Authenticate': 'Bearer' }];
      const columns = ['number', 'receivedAt', 'kind', 'name', 'email', 'area', 'organisation', 'role', 'listPublicly', 'message', 'contactMe', 'idempotencyKey'] as const;
      const rows = store.all().map((p) => columns.map((c) => safeCell(p[c])));
      // The byte-order mark makes Excel read UTF-8 (names in Arabic, Vietnamese…) correctly.
      return [200, `\uFEFF${csvFormatRows([[...columns], ...rows])}\n`, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="pledges.csv"' }];
    }
    if (path === '/pledges' && req.method === 'POST') {
      if (!allowed) return [403, { error: 'origin' }];
      const wait = rateLimited(clientAddress(req));
      if (wait) return [429, { error: 'rate-limit' }, { 'Retry-After': String(wait) }];
      if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) return [415, { error: 'content-type' }];
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(await readBody(req));
      } catch (error) {
        if (error instanceof HttpError) throw error;
        return [400, { error: 'json' }];
      }
      if (typeof body !== 'object' || body === null) return [400, { error: 'json' }];
      // Spam: the hidden field was filled in, or the form was filled faster than a person can.
      // Answer as if stored, so a bot learns nothing.
      const tooFast = typeof body.elapsedMs === 'number' && body.elapsedMs < minFillMs;
      if ((typeof body.website === 'string' && body.website !== '') || tooFast) {
        const next = store.count() + 1;
        return [201, { number: next, count: next }];
      }
      const { pledge, errors } = validatePledge(body, rules);
      if (!pledge) return [422, { error: 'invalid', errors }];
      const { number, duplicate } = store.add(pledge);
      return [duplicate ? 200 : 201, { number, count: store.count(), duplicate }];
    }
    return [404, { error: 'not-found' }];
  };

  return (req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://receiver');
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    const finish = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (body !== undefined && typeof body !== 'string') res.setHeader('Content-Type', 'application/json');
      res.writeHead(status);
      res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
      log(`${req.method} ${url.pathname} ${status} ${Date.now() - started}ms`);
    };
    route(req, res, path).then(
      ([status, body, headers]) => finish(status, body, headers),
      (error: unknown) => {
        if (error instanceof HttpError) finish(error.status, error.body);
        else {
          log(`${req.method} ${url.pathname} 500 ${(error as Error).name}`); // the message may quote the body
          finish(500, { error: 'server' });
        }
      },
    );
  };
}

export interface RunningReceiver {
  server: Server;
  url: string;
  store: PledgeStore;
  close(): Promise<void>;
}

/** Opens the store and listens. Port 0 picks a free port (see `url`). */
export async function startReceiver(options: Omit<ReceiverOptions, 'store'> & { db: string; port?: number; host?: string }): Promise<RunningReceiver> {
  const store = openStore(options.db);
  const server = createServer(createReceiverHandler({ ...options, store }));
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    store,
    url: `http://${options.host ?? '127.0.0.1'}:${port}${options.basePath ?? ''}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections?.();
      }),
  };
}
