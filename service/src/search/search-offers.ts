import type { SearchCenter, SearchHit, SearchQuery, SearchResponse } from '@sek/contract';
import { InvalidInputError } from '../domain-errors.js';
import type { GeoData } from '../geo/geo-data.js';
import type { Geocoder } from '../geo/geocoder.js';
import { fromCoordinates, resolveLocation } from '../geo/resolve-location.js';
import type { SearchIndex } from '../search-index/search-index.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import { upcomingSessions } from '../schedule/next-sessions.js';
import type { IndexHit, SearchPlan } from './search-plan.js';

export interface SearchDeps {
  index: Pick<SearchIndex, 'searchOffers' | 'suggestPlaces'>;
  geo: GeoData;
  geocoder?: Geocoder;
  /** Clock in unix seconds, for expiry; injectable for tests. */
  now?: () => number;
  /** Receives how long the search index took. */
  timing?: { meiliMs: number };
}

/** Checks region codes against the 342 gemeenten; a wrong code is a 400, not an empty result. */
export function validateRegion(geo: GeoData, region: string[] | undefined): string[] {
  const codes = region ?? [];
  const unknown = codes.filter((code) => !geo.gemeenten.has(code));
  if (unknown.length > 0) {
    throw new InvalidInputError([{
      field: 'region',
      code: 'unknown_region',
      message: { nl: `Deze gemeentecode kennen we niet: ${unknown.join(', ')}.`, en: `Unknown gemeente code: ${unknown.join(', ')}.` },
    }]);
  }
  return codes;
}

/** How many "Bedoelt u …?" places an unknown place name gets. */
const DID_YOU_MEAN = 5;

/**
 * A place name we do not know: a 400 that offers the nearest spellings from the places index
 * (typo-tolerant), so the resident can pick one with one tap ("Bedoelt u Arkel?").
 */
async function withSuggestions(error: InvalidInputError, near: string, suggest: SearchDeps['index']['suggestPlaces']): Promise<InvalidInputError> {
  const field = error.fields[0];
  if (error.fields.length !== 1 || field?.code !== 'unknown_place') return error;
  const suggestions = await suggest(near, DID_YOU_MEAN).catch(() => []);
  if (suggestions.length === 0) return error;
  return new InvalidInputError([{
    ...field,
    message: { nl: 'Deze plaats kennen we niet. Bedoelt u een van deze plaatsen?', en: 'We do not know this place. Did you mean one of these places?' },
    candidates: suggestions.map(({ near: value, label, kind, gemeenteCode, lat, lng }) => ({ near: value, label, kind, gemeenteCode, lat, lng })),
  }]);
}

/** The point to search around: the typed location, the coordinates, or the middle of the region. */
async function searchCenter(deps: Omit<SearchDeps, 'index'> & { suggestPlaces?: SearchDeps['index']['suggestPlaces'] }, query: SearchQuery, region: string[]): Promise<SearchCenter | null> {
  if (query.near) {
    try {
      return await resolveLocation(deps.geo, query.near, deps.geocoder);
    } catch (error) {
      if (error instanceof InvalidInputError && deps.suggestPlaces) throw await withSuggestions(error, query.near, deps.suggestPlaces);
      throw error;
    }
  }
  if (query.lat !== undefined && query.lng !== undefined) return fromCoordinates(deps.geo, query.lat, query.lng);
  if (region.length === 0) return null;
  const gemeenten = region.map((code) => deps.geo.gemeenten.get(code)!);
  return {
    lat: gemeenten.reduce((sum, g) => sum + g.lat, 0) / gemeenten.length,
    lng: gemeenten.reduce((sum, g) => sum + g.lng, 0) / gemeenten.length,
    label: gemeenten.map((g) => g.name).join(', '),
    kind: 'region',
    gemeenteCodes: region,
  };
}

/**
 * Decides what a search means: where its centre is, whether it is limited by distance or by the
 * region's gemeenten, which online offers serve the area.
 */
export async function planSearch(deps: Omit<SearchDeps, 'index'> & { suggestPlaces?: SearchDeps['index']['suggestPlaces'] }, query: SearchQuery): Promise<{ center: SearchCenter | null; byDistance: boolean; plan: SearchPlan }> {
  const region = validateRegion(deps.geo, query.region);
  const center = await searchCenter(deps, query, region);
  const byDistance = center !== null && center.kind !== 'region';
  const hasWords = (query.q ?? '').trim() !== '';
  const scopeGemeenten = center?.kind === 'region' || query.strictRegion ? region : [];
  const plan: SearchPlan = {
    q: query.q ?? '',
    nowSeconds: deps.now?.() ?? Date.now() / 1000,
    filters: {
      themes: query.themes,
      free: query.free,
      dayParts: query.dayParts,
      weekdays: query.weekdays,
      targetGroups: query.targetGroups,
      kinds: query.kinds,
      kaart: query.kaart,
      when: query.when,
    },
    located: {
      ...(byDistance ? { circle: { lat: center.lat, lng: center.lng, radiusMeters: query.radiusKm * 1000 } } : {}),
      ...(scopeGemeenten.length ? { gemeenten: scopeGemeenten } : {}),
      onlineOnly: query.online === 'only',
      // A region's middle is no place anyone lives: no distance order from it.
      ...(center && byDistance ? { sortFrom: { lat: center.lat, lng: center.lng } } : {}),
      newestFirst: !byDistance && !hasWords,
      withDistance: byDistance,
      nearestFirst: hasWords && byDistance && query.order === 'distance',
    },
    ...(query.online !== 'exclude'
      ? { online: { gemeenten: [...new Set([...(center?.gemeenteCodes ?? []), ...region])], limit: query.page === 1 ? query.limit : 0 } }
      : {}),
    page: query.page,
    limit: query.limit,
  };
  return { center, byDistance, plan };
}

/**
 * Finds offers near a place with the resident's filters: the located hits (within the radius,
 * across gemeente borders, nearest first) and, apart, the online offers that serve the area.
 */
export async function searchOffers(deps: SearchDeps, query: SearchQuery): Promise<SearchResponse> {
  const { center, byDistance, plan } = await planSearch({ ...deps, suggestPlaces: (q, limit) => deps.index.suggestPlaces(q, limit) }, query);
  const results = await deps.index.searchOffers(plan, deps.timing);
  const withNextSession = (hit: IndexHit): SearchHit => ({ ...hit, upcoming: upcomingSessions(hit.offer.schedule, plan.nowSeconds, 1) });
  return {
    today: dutchMoment(plan.nowSeconds).date,
    center,
    radiusKm: byDistance ? query.radiusKm : null,
    order: plan.q.trim() && !plan.located.nearestFirst ? 'relevance' : plan.located.newestFirst ? 'recent' : 'distance',
    total: results.located.total,
    page: query.page,
    limit: query.limit,
    totalPages: Math.ceil(results.located.total / query.limit),
    results: results.located.hits.map(withNextSession),
    online: { total: results.online.total, results: results.online.hits.map(withNextSession) },
    facets: results.facets,
  };
}
