/**
 * Sending one pledge, and what the form should do with each kind of answer. Network failures,
 * timeouts, 5xx and 429 are worth retrying (the idempotency key makes a retry safe); a 422 names
 * the fields at fault; any other 4xx will not get better by retrying.
 */
import type { PledgeErrors } from './pledge.js';

export type SendOutcome =
  | { kind: 'stored'; number?: number; count?: number }
  | { kind: 'invalid'; errors: PledgeErrors }
  | { kind: 'rejected'; status: number }
  | { kind: 'retry'; status?: number; retryAfterMs?: number };

export async function sendPledge(endpoint: string, body: object, timeoutMs: number): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const json = await response.json().catch(() => ({}));
    if (response.ok) return { kind: 'stored', number: Number(json.number) || undefined, count: Number(json.count) || undefined };
    if (response.status === 422 && json.errors && typeof json.errors === 'object') return { kind: 'invalid', errors: json.errors };
    if (response.status === 429 || response.status === 408 || response.status >= 500) {
      const seconds = Number(response.headers.get('Retry-After'));
      return { kind: 'retry', status: response.status, retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined };
    }
    return { kind: 'rejected', status: response.status };
  } catch {
    return { kind: 'retry' }; // offline, refused, reset or timed out
  } finally {
    clearTimeout(timer);
  }
}

/** 1 s, 2 s, 4 s … up to a minute, each ±20 % so many devices coming back online do not retry in step. */
export function backoffMs(attempt: number): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}
