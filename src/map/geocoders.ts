/**
 * Turning what a visitor types ("SE6 4AB", "SE6", "Catford") into a place. The default looks only
 * at data already on the page (the partner's area table and the practices' own postcodes), so
 * nothing the visitor types leaves the page. A partner opts in to a third-party service with the
 * `geocoder` attribute: `postcodes.io`, `nominatim`, or a URL template with `{query}`.
 */
import { loadData } from '../core/data.js';
import { isValidLatLng, normalisePostcode, type LatLng } from './geo.js';

export interface Place extends LatLng {
  /** What was found, to show: "SE6", "Catford", "SE6 4AB". */
  label: string;
}

export interface Geocoder {
  /** `local`, `postcodes.io`, `nominatim` or the template's host, for events and messages. */
  readonly name: string;
  search(query: string, signal?: AbortSignal): Promise<Place | undefined>;
}

/** Outward codes and place names to [lat, lng], as in demo/data/se-london-areas.json. */
export type AreaTable = Record<string, [number, number]>;

/** Read `{"areas": {...}}` or a bare table, keeping only valid entries. */
export function readAreaTable(data: unknown): AreaTable {
  const source = (data && typeof data === 'object' && 'areas' in data ? (data as { areas: unknown }).areas : data) as Record<string, unknown>;
  const table: AreaTable = {};
  if (!source || typeof source !== 'object') return table;
  for (const [key, value] of Object.entries(source)) {
    if (Array.isArray(value) && isValidLatLng(value[0], value[1])) table[key.trim().toUpperCase()] = [value[0], value[1]];
  }
  return table;
}

/** On the device only: a full postcode a practice has, else its outward code's centre, else a place name. */
export function localGeocoder(table: AreaTable, knownPostcodes: ReadonlyMap<string, LatLng> = new Map()): Geocoder {
  return {
    name: 'local',
    async search(query) {
      const postcode = normalisePostcode(query);
      if (postcode?.full) {
        const exact = knownPostcodes.get(postcode.full);
        if (exact) return { ...exact, label: postcode.full };
      }
      if (postcode && table[postcode.outward]) {
        const [lat, lng] = table[postcode.outward];
        return { lat, lng, label: postcode.outward };
      }
      const name = query.trim().toUpperCase();
      const key = table[name] ? name : Object.keys(table).find((k) => k.startsWith(name) && name.length >= 3);
      if (key) {
        const [lat, lng] = table[key];
        return { lat, lng, label: titleCase(key) };
      }
      return undefined;
    },
  };
}

function titleCase(key: string): string {
  return /\d/.test(key) ? key : key.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

interface RemoteOptions {
  timeout?: number;
}

/** postcodes.io (UK): postcodes, outward codes, then places. The visitor's text goes to postcodes.io. */
export function postcodesIoGeocoder({ timeout }: RemoteOptions = {}): Geocoder {
  const base = 'https://api.postcodes.io';
  return {
    name: 'postcodes.io',
    async search(query, signal) {
      const postcode = normalisePostcode(query);
      const get = async (path: string) => {
        try {
          return (await loadData(`${base}${path}`, { signal, timeout, format: 'json' })).data as { result?: unknown };
        } catch (error) {
          if ((error as { detail?: { status?: number } }).detail?.status === 404) return { result: undefined };
          throw error;
        }
      };
      if (postcode) {
        const path = postcode.full ? `/postcodes/${encodeURIComponent(postcode.full)}` : `/outcodes/${encodeURIComponent(postcode.outward)}`;
        const { result } = await get(path);
        const r = result as { latitude?: number; longitude?: number } | undefined;
        if (r && isValidLatLng(r.latitude, r.longitude)) return { lat: r.latitude!, lng: r.longitude!, label: postcode.full ?? postcode.outward };
      }
      const { result } = await get(`/places?limit=1&q=${encodeURIComponent(query.trim())}`);
      const place = Array.isArray(result) ? (result[0] as { name_1?: string; latitude?: number; longitude?: number }) : undefined;
      return place && isValidLatLng(place.latitude, place.longitude) ? { lat: place.latitude!, lng: place.longitude!, label: place.name_1 ?? query } : undefined;
    },
  };
}

/**
 * A URL template: `https://geo.example.org/search?q={query}` answering a JSON list of
 * `{label|name|display_name, lat, lng|lon}` (Nominatim's shape among others). The first result is used.
 */
export function templateGeocoder(template: string, name = new URL(template.replace('{query}', 'x'), document.baseURI).host, { timeout }: RemoteOptions = {}): Geocoder {
  return {
    name,
    async search(query, signal) {
      const url = template.replace('{query}', encodeURIComponent(query.trim()));
      const { data } = await loadData(url, { signal, timeout, format: 'json' });
      const first = (Array.isArray(data) ? data[0] : undefined) as Record<string, unknown> | undefined;
      if (!first) return undefined;
      const lat = Number(first.lat);
      const lng = Number(first.lng ?? first.lon);
      if (!isValidLatLng(lat, lng)) return undefined;
      const label = String(first.label ?? first.name ?? first.display_name ?? query).split(',')[0];
      return { lat, lng, label };
    },
  };
}

/** Nominatim (OpenStreetMap), limited to the UK. The visitor's text goes to nominatim.openstreetmap.org. */
export function nominatimGeocoder(options: RemoteOptions = {}): Geocoder {
  return templateGeocoder('https://nominatim.openstreetmap.org/search?format=jsonv2&limit=1&countrycodes=gb&q={query}', 'nominatim', options);
}

/** The geocoder named by the `geocoder` attribute; `local` (nothing leaves the page) unless the partner chose otherwise. */
export function createGeocoder(spec: string | undefined, table: AreaTable, knownPostcodes: ReadonlyMap<string, LatLng>, options: RemoteOptions = {}): Geocoder {
  const choice = (spec ?? '').trim();
  if (choice === 'postcodes.io') return postcodesIoGeocoder(options);
  if (choice === 'nominatim') return nominatimGeocoder(options);
  if (/^https?:\/\/|^\//.test(choice) && choice.includes('{query}')) return templateGeocoder(choice, undefined, options);
  return localGeocoder(table, knownPostcodes);
}
