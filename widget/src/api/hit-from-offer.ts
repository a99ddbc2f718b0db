import type { OfferDetail, SearchHit } from './search-client.js';

/**
 * A search hit for an offer fetched by id (a link to an offer that is not in the search's
 * answer, or a shared list): at the given place, or its first; online when it has none.
 */
export function hitFromOffer({ locations, upcoming, today: _today, ...offer }: OfferDetail, locationId?: string): SearchHit {
  const location = locations.find((l) => l.id === locationId) ?? locations[0] ?? null;
  return {
    id: `${offer.id}__${location?.id ?? 'online'}`,
    offer,
    location,
    distanceMeters: null,
    otherLocations: Math.max(0, locations.length - 1),
    highlight: { title: [], summary: [] },
    upcoming: upcoming.slice(0, 1),
  };
}
