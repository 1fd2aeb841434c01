/**
 * A pledge, and the one set of rules that checks it: the form runs them before sending and the
 * receiver runs them again on what arrives, so a message the person sees on a field is the same
 * whichever side found the problem. Pure; no DOM, no Node.
 */

export type PledgeKind = 'person' | 'organisation';

export interface Pledge {
  /** Made once per pledge on the device; a retry or a double click sends the same key, so the receiver stores the pledge once. */
  idempotencyKey: string;
  kind: PledgeKind;
  name: string;
  email?: string;
  /** Postcode district (outward code, e.g. "SE13") or ward. */
  area?: string;
  organisation?: string;
  role?: string;
  /** Organisation mode: may the organisation be named in public lists. */
  listPublicly?: boolean;
  message?: string;
  /** Agreed to the pledge being stored; never pre-ticked. */
  consent: true;
  /** Separate, optional: may the campaign contact them (needs an email). */
  contactMe?: boolean;
}

export type PledgeField = 'name' | 'email' | 'area' | 'organisation' | 'role' | 'message' | 'consent';
export type PledgeErrorCode = 'required' | 'too-long' | 'invalid' | 'email-for-contact';
export type PledgeErrors = Partial<Record<PledgeField | 'idempotencyKey' | 'kind', PledgeErrorCode>>;

/** What the embedding organisation asks for. The receiver is configured with the same. */
export interface PledgeRules {
  requireEmail?: boolean;
}

export const PLEDGE_LIMITS = { name: 100, email: 254, area: 60, organisation: 200, role: 100, message: 1000 } as const;

/** Field order, for the error summary and for focusing the first problem. */
export const PLEDGE_FIELDS: PledgeField[] = ['name', 'organisation', 'role', 'email', 'area', 'message', 'consent'];

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;
// Control characters other than tab and newline never belong in a name or a message.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Checks raw input (a form's values or a received JSON body) and returns the clean pledge, or the
 * problems by field. Unknown properties are dropped, never stored.
 */
export function validatePledge(input: unknown, rules: PledgeRules = {}): { pledge?: Pledge; errors: PledgeErrors } {
  const errors: PledgeErrors = {};
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const kind: PledgeKind = raw.kind === 'organisation' ? 'organisation' : 'person';
  if (raw.kind !== undefined && raw.kind !== 'person' && raw.kind !== 'organisation') errors.kind = 'invalid';

  const field = (name: Exclude<PledgeField, 'consent'>, required: boolean, pattern?: RegExp): string | undefined => {
    const value = text(raw[name]);
    if (raw[name] !== undefined && raw[name] !== null && typeof raw[name] !== 'string') errors[name] = 'invalid';
    else if (value === undefined) {
      if (required) errors[name] = 'required';
    } else if (value.length > PLEDGE_LIMITS[name]) errors[name] = 'too-long';
    else if (CONTROL.test(value) || (pattern && !pattern.test(value))) errors[name] = 'invalid';
    return errors[name] ? undefined : value;
  };

  const contactMe = raw.contactMe === true;
  const name = field('name', true);
  const organisation = field('organisation', kind === 'organisation');
  const role = field('role', false);
  const email = field('email', !!rules.requireEmail, EMAIL);
  if (contactMe && !errors.email && email === undefined) errors.email = 'email-for-contact';
  const area = field('area', false);
  const message = field('message', false);
  if (raw.consent !== true) errors.consent = 'required';
  const key = typeof raw.idempotencyKey === 'string' ? raw.idempotencyKey : '';
  if (!IDEMPOTENCY_KEY.test(key)) errors.idempotencyKey = 'invalid';

  if (Object.keys(errors).length > 0) return { errors };
  const pledge: Pledge = { idempotencyKey: key, kind, name: name!, consent: true };
  if (email) pledge.email = email;
  if (area) pledge.area = area;
  if (kind === 'organisation') {
    pledge.organisation = organisation;
    if (role) pledge.role = role;
    pledge.listPublicly = raw.listPublicly === true;
  }
  if (message) pledge.message = message;
  if (contactMe) pledge.contactMe = true;
  return { pledge, errors };
}

/** A new idempotency key (random, so it says nothing about the person). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The next goal for a counter with no fixed goal: 100, 250, 500, 1,000, 2,500, 5,000, 10,000, … */
export function nextGoal(count: number): number {
  for (let scale = 100; ; scale *= 10) {
    for (const step of [1, 2.5, 5]) {
      const goal = step * scale;
      if (count < goal) return goal;
    }
  }
}
