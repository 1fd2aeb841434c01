/**
 * The Safe Surgery map's data: GeoJSON (our format, see schemas/practices.schema.json), a council's
 * CSV, or Open Referral UK / HSDS 3 JSON, all read into one `Practice` shape. No DOM. A bad record
 * is reported with its row and skipped; the rest are shown.
 */
import { SanctuaryDataError, type SanctuaryErrorDetail } from '../core/errors.js';
import { checkTranslatable, describe, isAbsent, parseBoolean, parseDate, safeUrl, type PartialDate } from '../core/fields.js';
import { translatableFromColumns, type Translatable } from '../core/translatable.js';
import { isValidLatLng, normalisePostcode } from './geo.js';

/** What community checkers found on their last visit. `undefined` = not checked / not recorded. */
export interface PracticeCheck {
  date: PartialDate;
  askedForId?: boolean;
  askedForProofOfAddress?: boolean;
  askedImmigrationStatus?: boolean;
  paperForm?: boolean;
  interpreterOffered?: boolean;
  by?: Translatable;
}

export interface Practice {
  id: string;
  /** Where it came from: CSV spreadsheet row, or 1-based position. */
  row: number;
  name: Translatable;
  address?: Translatable;
  postcode?: string;
  /** Undefined until placed (a CSV row with only a postcode waits for the geocoder table). */
  lat?: number;
  lng?: number;
  /** True when placed at its postcode area's centre, not its own coordinates. */
  approximate?: boolean;
  phone?: string;
  /** Absolute http(s) URL. */
  website?: string;
  odsCode?: string;
  safeSurgery: boolean;
  safeSurgerySince?: PartialDate;
  lastCheck?: PracticeCheck;
  /** BCP 47 codes of languages staff speak. */
  languages: string[];
  stepFree?: boolean;
  openingHours?: string;
  /** Accepts registration at the practice's own address for people with no safe address. */
  safeAddress?: boolean;
  notes?: Translatable;
}

/** A practice with its place on the map (every practice the widget shows). */
export type PlacedPractice = Practice & { lat: number; lng: number };

export type PracticeFormat = 'geojson' | 'csv' | 'oruk';
export type Problem = Omit<SanctuaryErrorDetail, 'element'>;

export interface ParseContext {
  source: string;
  baseUrl: string;
}

export const PRACTICE_LIMITS = { name: 200, address: 300, notes: 2000, items: 200_000 } as const;

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const CHECK_FLAGS = ['asked_for_id', 'asked_for_proof_of_address', 'asked_immigration_status', 'paper_form', 'interpreter_offered'] as const;

/** Which of our formats a parsed JSON document is in, if any. */
export function detectFormat(data: unknown): PracticeFormat | undefined {
  if (Array.isArray(data)) return data.some((item) => item && typeof item === 'object' && 'service_at_locations' in item) ? 'oruk' : undefined;
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (record.type === 'FeatureCollection') return 'geojson';
  if (Array.isArray(record.contents)) return 'oruk';
  return undefined;
}

/** Read a whole document. Throws a `schema` SanctuaryDataError when it is in none of the formats. */
export function parsePractices(data: unknown, format: PracticeFormat | 'json', context: ParseContext): { practices: Practice[]; problems: Problem[] } {
  const kind = format === 'json' ? detectFormat(data) : format;
  let items: unknown[] | undefined;
  let toInput: (item: unknown) => PracticeInput | string;
  if (kind === 'geojson') {
    items = (data as { features?: unknown }).features as unknown[];
    toInput = fromFeature;
  } else if (kind === 'csv') {
    items = data as unknown[];
    toInput = (row) => fromCsvRow(row as Record<string, string>);
  } else if (kind === 'oruk') {
    const services = (Array.isArray(data) ? data : (data as { contents: unknown[] }).contents) as unknown[];
    // One practice per service location; the row stays the service's position.
    items = services.flatMap((service, index) => orukLocations(service).map((location) => ({ service, location, index })));
    toInput = fromOruk;
  }
  if (!Array.isArray(items)) {
    throw new SanctuaryDataError({
      code: 'schema',
      source: context.source,
      message: `${context.source} is not GeoJSON (a FeatureCollection), Open Referral UK (services with locations) or CSV with a "name" column.`,
    });
  }
  if (items.length > PRACTICE_LIMITS.items) {
    throw new SanctuaryDataError({ code: 'too-large', source: context.source, message: `${context.source} has ${items.length} practices; the map shows at most ${PRACTICE_LIMITS.items}.` });
  }
  const practices: Practice[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const row = kind === 'csv' ? index + 2 : kind === 'oruk' ? (item as { index: number }).index + 1 : index + 1;
    const label = kind === 'csv' ? 'Row' : kind === 'oruk' ? 'Service' : 'Feature';
    if (kind === 'csv' && Object.values(item as Record<string, string>).every((cell) => cell === '')) return;
    const input = toInput(item);
    const result = typeof input === 'string' ? input : validatePractice(input.fields, row, context.baseUrl, input.lat, input.lng);
    if (typeof result === 'string') {
      problems.push({ code: 'invalid-item', source: context.source, row, message: `${label} ${row}: ${result}; skipped.` });
    } else if (ids.has(result.id)) {
      problems.push({ code: 'invalid-item', source: context.source, row, field: 'id', message: `${label} ${row}: id "${result.id}" is used twice; skipped.` });
    } else {
      ids.add(result.id);
      practices.push(result);
    }
  });
  return { practices, problems };
}

/** A record's fields (our property names), with its coordinates kept apart (no copy of the fields). */
interface PracticeInput {
  fields: Record<string, unknown>;
  lat: unknown;
  lng: unknown;
}

function fromFeature(feature: unknown): PracticeInput | string {
  if (!feature || typeof feature !== 'object') return 'is not a GeoJSON Feature';
  const { geometry, properties } = feature as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> };
  if (!properties || typeof properties !== 'object') return 'has no "properties"';
  if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) return 'needs a Point geometry with [longitude, latitude]';
  return { fields: properties, lng: geometry.coordinates[0], lat: geometry.coordinates[1] };
}

function fromCsvRow(row: Record<string, string>): PracticeInput {
  const fields = csvFields(row);
  return { fields, lat: fields.lat, lng: fields.lng };
}

function csvFields(row: Record<string, string>): Record<string, unknown> {
  const number = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : Number(text));
  const checkedDate = row.checked_date || undefined;
  return {
    id: row.id,
    name: translatableFromColumns(row, 'name'),
    address: translatableFromColumns(row, 'address'),
    postcode: row.postcode,
    lat: number(row.lat ?? row.latitude),
    lng: number(row.lng ?? row.lon ?? row.longitude),
    phone: row.phone,
    website: row.website,
    ods_code: row.ods_code,
    safe_surgery: row.safe_surgery,
    safe_surgery_since: row.safe_surgery_since,
    last_check: checkedDate
      ? {
          date: checkedDate,
          asked_for_id: row.checked_asked_for_id,
          asked_for_proof_of_address: row.checked_asked_for_proof_of_address,
          asked_immigration_status: row.checked_asked_immigration_status,
          paper_form: row.checked_paper_form,
          interpreter_offered: row.checked_interpreter_offered,
          by: translatableFromColumns(row, 'checked_by'),
        }
      : undefined,
    languages: row.languages ? row.languages.split(/[;\s]+/).filter(Boolean) : [],
    step_free: row.step_free,
    opening_hours: row.opening_hours,
    safe_address: row.safe_address,
    notes: translatableFromColumns(row, 'notes'),
  };
}

function orukLocations(service: unknown): unknown[] {
  const locations = (service as { service_at_locations?: unknown })?.service_at_locations;
  return Array.isArray(locations) && locations.length > 0 ? locations.map((l) => (l as { location?: unknown })?.location) : [undefined];
}

const ORUK_DAYS: Record<string, string> = { MO: 'Mo', TU: 'Tu', WE: 'We', TH: 'Th', FR: 'Fr', SA: 'Sa', SU: 'Su' };

function fromOruk(item: unknown): PracticeInput | string {
  const fields = orukFields(item);
  return typeof fields === 'string' ? fields : { fields, lat: fields.lat, lng: fields.lng };
}

function orukFields(item: unknown): Record<string, unknown> | string {
  const { service, location } = item as { service: Record<string, unknown>; location?: Record<string, unknown> };
  if (!service || typeof service !== 'object') return 'is not an Open Referral service';
  if (!location || typeof location !== 'object') return 'has no location (service_at_locations[].location)';
  const address = Array.isArray(location.addresses) ? (location.addresses[0] as Record<string, string> | undefined) : undefined;
  const terms = (Array.isArray(service.attributes) ? service.attributes : []).map((a) => {
    const term = (a as { taxonomy_term?: Record<string, unknown> })?.taxonomy_term ?? {};
    return `${term.code ?? ''} ${term.term ?? ''} ${term.name ?? ''}`;
  });
  const accessibility = (Array.isArray(location.accessibility) ? location.accessibility : []).map((a) => String((a as { description?: unknown })?.description ?? ''));
  const ods = (Array.isArray(location.external_identifiers) ? location.external_identifiers : []).find((e) => /ods/i.test(String((e as Record<string, unknown>)?.identifier_type ?? '')));
  const schedules = (Array.isArray(service.schedules) ? service.schedules : []) as Array<Record<string, string>>;
  // Schedules for the same days (a lunch break) become one rule with two ranges.
  const byDays = new Map<string, string[]>();
  for (const s of schedules.filter((s) => s && s.byday && s.opens_at && s.closes_at)) {
    const days = s.byday.split(',').map((d) => ORUK_DAYS[d.trim().toUpperCase()] ?? d).join(',');
    byDays.set(days, [...(byDays.get(days) ?? []), `${s.opens_at.slice(0, 5)}-${s.closes_at.slice(0, 5)}`]);
  }
  const hours = [...byDays].map(([days, ranges]) => `${days} ${ranges.join(',')}`).join('; ');
  const phones = Array.isArray(service.phones) ? (service.phones as Array<{ number?: unknown }>) : [];
  const languages = Array.isArray(service.languages) ? (service.languages as Array<{ code?: unknown }>).map((l) => l?.code).filter((c): c is string => typeof c === 'string') : [];
  return {
    id: location.id ?? service.id,
    name: location.name || service.name,
    address: address ? [address.address_1, address.city].filter(Boolean).join(', ') : undefined,
    postcode: address?.postal_code,
    lat: location.latitude,
    lng: location.longitude,
    phone: phones[0]?.number,
    website: service.url,
    ods_code: (ods as { identifier?: unknown } | undefined)?.identifier,
    safe_surgery: terms.some((t) => /safe[-_ ]?surger/i.test(t)),
    // HSDS has only the date the record was checked, not what the check found.
    last_check: service.assured_date ? { date: service.assured_date, interpreter_offered: service.interpretation_services ? true : undefined } : undefined,
    languages,
    step_free: accessibility.some((a) => /step[- ]?free|wheelchair|level access/i.test(a)) || undefined,
    opening_hours: hours || undefined,
    notes: service.description || undefined,
  };
}

/**
 * One practice, or the reason it is invalid (English, for the editor). `lat` and `lng` default to
 * the fields of the same name.
 */
export function validatePractice(input: Record<string, unknown>, row: number, baseUrl: string, lat: unknown = input.lat, lng: unknown = input.lng): Practice | string {
  const id = isAbsent(input.id) ? `row-${row}` : typeof input.id === 'string' || typeof input.id === 'number' ? String(input.id) : undefined;
  if (id === undefined) return `"id" must be a text or a number, not ${describe(input.id)}`;

  const name = checkTranslatable(input.name, 'name', PRACTICE_LIMITS.name, true);
  if ('error' in name) return name.error;
  const address = checkTranslatable(input.address, 'address', PRACTICE_LIMITS.address, false);
  if ('error' in address) return address.error;
  const notes = checkTranslatable(input.notes, 'notes', PRACTICE_LIMITS.notes, false);
  if ('error' in notes) return notes.error;

  const postcode = typeof input.postcode === 'string' && input.postcode.trim() ? input.postcode.trim().slice(0, 10) : undefined;
  const hasCoordinates = !isAbsent(lat) || !isAbsent(lng);
  if (hasCoordinates && !isValidLatLng(lat, lng)) return `coordinates must be numbers (latitude -90 to 90, longitude -180 to 180), not ${describe(lat)}, ${describe(lng)}`;
  if (!hasCoordinates && !(postcode && normalisePostcode(postcode))) return 'has neither coordinates nor a UK postcode to place it by';

  let website: string | undefined;
  if (!isAbsent(input.website)) {
    website = safeUrl(input.website, baseUrl);
    if (!website) return `"website" must be an http or https address, not ${describe(input.website)}`;
  }
  let phone: string | undefined;
  if (!isAbsent(input.phone)) {
    if (typeof input.phone !== 'string' && typeof input.phone !== 'number') return `"phone" must be a text, not ${describe(input.phone)}`;
    phone = String(input.phone).trim();
    if (!/^\+?[\d\s().-]{5,25}$/.test(phone)) return `"phone" must be a phone number, not ${describe(input.phone)}`;
  }

  const safeSurgery = isAbsent(input.safe_surgery) ? false : parseBoolean(input.safe_surgery);
  if (safeSurgery === undefined) return `"safe_surgery" must be true or false (yes or no), not ${describe(input.safe_surgery)}`;
  let safeSurgerySince: PartialDate | undefined;
  if (!isAbsent(input.safe_surgery_since)) {
    safeSurgerySince = parseDate(input.safe_surgery_since);
    if (!safeSurgerySince) return `"safe_surgery_since" must be a year, month or day (2021, 2021-03, 2021-03-15), not ${describe(input.safe_surgery_since)}`;
  }

  let lastCheck: PracticeCheck | undefined;
  if (!isAbsent(input.last_check)) {
    const check = input.last_check as Record<string, unknown>;
    const date = typeof check === 'object' ? parseDate(check.date) : undefined;
    if (!date) return `"last_check.date" must be a year, month or day, not ${describe(typeof check === 'object' ? check.date : check)}`;
    const by = checkTranslatable(check.by, 'last_check.by', PRACTICE_LIMITS.name, false);
    if ('error' in by) return by.error;
    const flags: Array<boolean | undefined> = [];
    for (const key of CHECK_FLAGS) {
      const raw = check[key];
      const value = isAbsent(raw) ? undefined : parseBoolean(raw);
      if (!isAbsent(raw) && value === undefined) return `"last_check.${key}" must be true or false, not ${describe(raw)}`;
      flags.push(value);
    }
    lastCheck = {
      date,
      askedForId: flags[0],
      askedForProofOfAddress: flags[1],
      askedImmigrationStatus: flags[2],
      paperForm: flags[3],
      interpreterOffered: flags[4],
      by: by.value,
    };
  }

  const languages = isAbsent(input.languages) ? [] : input.languages;
  if (!Array.isArray(languages) || languages.some((l) => typeof l !== 'string' || !LANGUAGE.test(l))) return `"languages" must be a list of language codes such as ["en", "bn"], not ${describe(input.languages)}`;

  const optionalBoolean = (key: string): boolean | undefined | string => {
    if (isAbsent(input[key])) return undefined;
    const value = parseBoolean(input[key]);
    return value === undefined ? `"${key}" must be true or false, not ${describe(input[key])}` : value;
  };
  const stepFree = optionalBoolean('step_free');
  if (typeof stepFree === 'string') return stepFree;
  const safeAddress = optionalBoolean('safe_address');
  if (typeof safeAddress === 'string') return safeAddress;

  const openingHours = isAbsent(input.opening_hours) ? undefined : input.opening_hours;
  if (openingHours !== undefined && (typeof openingHours !== 'string' || openingHours.length > 300)) return `"opening_hours" must be a text such as "Mo-Fr 08:00-18:30", not ${describe(openingHours)}`;
  const odsCode = isAbsent(input.ods_code) ? undefined : String(input.ods_code).trim().slice(0, 12);

  return {
    id,
    row,
    name: name.value!,
    address: address.value,
    postcode,
    lat: hasCoordinates ? (lat as number) : undefined,
    lng: hasCoordinates ? (lng as number) : undefined,
    phone,
    website,
    odsCode,
    safeSurgery,
    safeSurgerySince,
    lastCheck,
    languages: (languages as string[]).map((l) => l.toLowerCase()),
    stepFree,
    openingHours,
    safeAddress,
    notes: notes.value,
  };
}
