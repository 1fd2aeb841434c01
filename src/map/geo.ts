/** Distances, units and UK postcodes. No DOM. */

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type DistanceUnit = 'km' | 'mi';

/** Miles where road signs use them (the UK, the US, Liberia, Myanmar); kilometres elsewhere. */
export function unitFor(formatLocale: string): DistanceUnit {
  const region = /-(GB|US|LR|MM)\b/i.exec(formatLocale);
  return region || /^en$/i.test(formatLocale) ? 'mi' : 'km';
}

export function isValidLatLng(lat: unknown, lng: unknown): boolean {
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/** A UK postcode or outward code, normalised: `se64ab` → `SE6 4AB`, `se6` → `SE6`; else undefined. */
export function normalisePostcode(text: string): { full?: string; outward: string } | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const full = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact);
  if (full) return { full: `${full[1]} ${full[2]}`, outward: full[1] };
  const outward = /^[A-Z]{1,2}\d[A-Z\d]?$/.exec(compact);
  return outward ? { outward: outward[0] } : undefined;
}
