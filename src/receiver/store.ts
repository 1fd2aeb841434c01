/// <reference types="node" />
/**
 * The pledge receiver's store: one SQLite file (better-sqlite3). WAL with synchronous=FULL, so a
 * pledge the receiver has acknowledged is on disk and survives a crash or SIGKILL; the unique
 * idempotency key makes a repeated send store nothing new.
 */
import { createRequire } from 'node:module';
import type { Pledge } from '../pledge/pledge.js';

export interface StoredPledge extends Pledge {
  /** 1 for the first pledge, 2 for the second, … ("you are pledge number 1,235"). */
  number: number;
  receivedAt: string;
}

export interface AddResult {
  number: number;
  duplicate: boolean;
}

export interface PledgeStore {
  add(pledge: Pledge): AddResult;
  count(): number;
  all(): StoredPledge[];
  close(): void;
}

// The few parts of better-sqlite3's API used here (it ships no types; @types would be one more dependency).
interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Array<Record<string, unknown>>;
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): Statement;
  close(): void;
}

function loadSqlite(): new (file: string) => Database {
  try {
    return createRequire(import.meta.url)('better-sqlite3');
  } catch {
    throw new Error('The pledge receiver needs better-sqlite3 12: npm install better-sqlite3@12');
  }
}

export function openStore(file: string): PledgeStore {
  const Sqlite = loadSqlite();
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS pledges (
    number INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    area TEXT,
    organisation TEXT,
    role TEXT,
    list_publicly INTEGER NOT NULL DEFAULT 0,
    message TEXT,
    contact_me INTEGER NOT NULL DEFAULT 0
  )`);
  const insert = db.prepare(`INSERT INTO pledges (idempotency_key, received_at, kind, name, email, area, organisation, role, list_publicly, message, contact_me)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(idempotency_key) DO NOTHING RETURNING number`);
  const byKey = db.prepare('SELECT number FROM pledges WHERE idempotency_key = ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM pledges');
  const all = db.prepare('SELECT * FROM pledges ORDER BY number');

  return {
    add(p) {
      const row = insert.get(p.idempotencyKey, new Date().toISOString(), p.kind, p.name, p.email ?? null, p.area ?? null, p.organisation ?? null, p.role ?? null, p.listPublicly ? 1 : 0, p.message ?? null, p.contactMe ? 1 : 0);
      if (row) return { number: Number(row.number), duplicate: false };
      return { number: Number(byKey.get(p.idempotencyKey)!.number), duplicate: true };
    },
    count: () => Number(count.get()!.n),
    all: () =>
      all.all().map((r) => ({
        number: Number(r.number),
        receivedAt: String(r.received_at),
        idempotencyKey: String(r.idempotency_key),
        kind: r.kind === 'organisation' ? 'organisation' : 'person',
        name: String(r.name),
        ...(r.email ? { email: String(r.email) } : {}),
        ...(r.area ? { area: String(r.area) } : {}),
        ...(r.organisation ? { organisation: String(r.organisation) } : {}),
        ...(r.role ? { role: String(r.role) } : {}),
        listPublicly: r.list_publicly === 1,
        ...(r.message ? { message: String(r.message) } : {}),
        consent: true,
        contactMe: r.contact_me === 1,
      })),
    close: () => db.close(),
  };
}
