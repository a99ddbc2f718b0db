import { getOffer, type OfferDetail, type SearchHit, type WholeHit } from './search-client.js';

/**
 * A hit for an offer fetched by id (a link to an offer that is not in the search's answer, or a
 * shared list): at the given place, or its first; online when it has none.
 */
export function hitFromOffer({ locations, upcoming, today: _today, ...offer }: OfferDetail, locationId?: string): WholeHit {
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

/** The hit with its whole offer in place of what the list shows. */
export function withWholeOffer(hit: SearchHit, { locations: _locations, upcoming: _upcoming, today: _today, ...offer }: OfferDetail): WholeHit {
  return { ...hit, offer };
}

/** How many offers are fetched at once (a browser opens about six connections per host). */
const AT_ONCE = 6;

/** Offers by id, at most six requests at a time, in the same order; undefined for one that is gone (or cannot be fetched). */
export async function fetchOffers(api: string, ids: readonly string[]): Promise<(OfferDetail | undefined)[]> {
  const offers: (OfferDetail | undefined)[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, ids.length) }, async () => {
    while (next < ids.length) {
      const i = next++;
      offers[i] = await getOffer(api, ids[i]!).catch(() => undefined);
    }
  }));
  return offers;
}

/**
 * The hits with their whole offers, fetched by id, in the same order (search hits carry only what
 * the list shows). A hit whose offer is gone (or cannot be fetched) is left out.
 */
export async function wholeHits(api: string, hits: readonly SearchHit[]): Promise<WholeHit[]> {
  const offers = await fetchOffers(api, hits.map((hit) => hit.offer.id));
  return hits.flatMap((hit, i) => (offers[i] ? [withWholeOffer(hit, offers[i])] : []));
}
