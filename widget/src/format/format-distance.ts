import { intlFormat } from './intl-formats.js';

/**
 * Distance for residents: one decimal with a Dutch comma under 10 km, whole km above.
 * @example formatDistanceKm(1234, 'nl') === '1,2'
 */
export function formatDistanceKm(meters: number, lang: 'nl' | 'en'): string {
  const km = meters / 1000;
  return intlFormat(Intl.NumberFormat, lang, { maximumFractionDigits: km < 10 ? 1 : 0, minimumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** Straight-line distance in metres (haversine), to order an offer's other places from the search centre. */
export function metersBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
