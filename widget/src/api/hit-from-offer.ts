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

/**
 * The hits with their whole offers, fetched by id, in the same order (search hits carry only what
 * the list shows). A hit whose offer is gone (or cannot be fetched) is left out.
 */
export async function wholeHits(api: string, hits: readonly SearchHit[]): Promise<WholeHit[]> {
  const wholeOf = async (hit: SearchHit): Promise<WholeHit | undefined> => {
    try {
      return withWholeOffer(hit, await getOffer(api, hit.offer.id));
    } catch {
      return undefined;
    }
  };
  const whole: (WholeHit | undefined)[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, hits.length) }, async () => {
    while (next < hits.length) {
      const i = next++;
      whole[i] = await wholeOf(hits[i]!);
    }
  }));
  return whole.filter((hit) => hit !== undefined);
}
