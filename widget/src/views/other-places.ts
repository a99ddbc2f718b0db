import type { OfferDetail, SearchHit } from '../api/search-client.js';
import { metersBetween } from '../format/format-distance.js';
import type { DetailHandlers } from './offer-detail.js';

/** An opened offer's other places (all but the hit's own), nearest first from the search centre. */
export function otherPlaces(whole: OfferDetail, hit: SearchHit, center: { lat: number; lng: number } | null): DetailHandlers['otherPlaces'] {
  return whole.locations
    .filter((location) => location.id !== hit.location?.id)
    .map((location) => ({ location, meters: center ? metersBetween(center, location) : null }))
    .sort((a, b) => (a.meters ?? 0) - (b.meters ?? 0) || a.location.address.place.localeCompare(b.location.address.place));
}
