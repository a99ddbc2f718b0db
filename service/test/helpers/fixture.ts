import { readDemoOffers } from '../../src/offers/demo-offers.js';
import type { Offer } from '@sek/contract';

/** Gorinchem, Molenlanden, Dordrecht. */
export const FIXTURE_GEMEENTEN = ['GM0512', 'GM1978', 'GM0505'];

/**
 * The demo offers around Gorinchem/Molenlanden/Dordrecht plus every online-only offer that serves
 * them. Tests compute their expectations from this same list (brute force), never by hand.
 */
export async function fixtureOffers(): Promise<Offer[]> {
  const offers = await readDemoOffers();
  return offers.filter((offer) =>
    offer.locations.length > 0
      ? offer.locations.every((l) => FIXTURE_GEMEENTEN.includes(l.address.gemeenteCode))
      : offer.serviceArea && ('national' in offer.serviceArea || offer.serviceArea.gemeenten.some((g) => FIXTURE_GEMEENTEN.includes(g))),
  );
}

/** Great-circle distance in metres (Meilisearch uses the same haversine formula). */
export function haversineMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Whether the offer shows up in search at `nowSeconds` (same rules as the service, restated plainly). */
export function isVisible(offer: Offer, today: string): boolean {
  if (offer.status === 'inactive') return false;
  if (offer.validUntil && offer.validUntil < today) return false;
  if (offer.schedule.endDate && offer.schedule.endDate < today) return false;
  return true;
}

/** The fixed day the search tests run on (expiry depends on it), and the same moment in unix seconds. */
export const FIXTURE_TODAY = '2026-11-22';
export const FIXTURE_NOW = Date.parse(`${FIXTURE_TODAY}T12:00:00Z`) / 1000;
