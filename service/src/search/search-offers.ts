import type { Hit, MultiSearchQuery, Meilisearch, SearchResponse as MeiliSearchResponse } from 'meilisearch';
import { ApiError } from '../http/api-error.js';
import type { GeoData } from '../geo/geo-data.js';
import type { Geocoder } from '../geo/geocoder.js';
import { fromCoordinates, resolveLocation } from '../geo/resolve-location.js';
import { attributeFilter, locatedFilter, onlineFilter, visibilityFilter } from './search-filter.js';
import type { SearchQuery } from './search-query.js';
import type { SearchCenter, SearchFacets, SearchHit, SearchResponse } from './search-response.js';
import type { OfferLocationDocument } from '../search-index/offer-documents.js';
import { toSegments, type MatchPosition } from './highlight.js';

export interface SearchDeps {
  meili: Meilisearch;
  locationsIndex: string;
  geo: GeoData;
  geocoder?: Geocoder;
  /** Clock in unix seconds, for expiry; injectable for tests. */
  now?: () => number;
  /** Receives how long the Meilisearch call took. */
  timing?: { meiliMs: number };
}

const FACET_FIELDS = ['themes', 'free', 'dayParts', 'targetGroups', 'kind'] as const;

/** Checks region codes against the 342 gemeenten; a wrong code is a 400, not an empty result. */
export function validateRegion(geo: GeoData, region: string[] | undefined): string[] {
  const codes = region ?? [];
  const unknown = codes.filter((code) => !geo.gemeenten.has(code));
  if (unknown.length > 0) {
    throw ApiError.invalid([{
      field: 'region',
      code: 'unknown_region',
      message: { nl: `Deze gemeentecode kennen we niet: ${unknown.join(', ')}.`, en: `Unknown gemeente code: ${unknown.join(', ')}.` },
    }]);
  }
  return codes;
}

/** The point to search around: the typed location, the coordinates, or the middle of the region. */
async function searchCenter(deps: SearchDeps, query: SearchQuery, region: string[]): Promise<SearchCenter | null> {
  if (query.near) return resolveLocation(deps.geo, query.near, deps.geocoder);
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

/** `withDistance`: false when the centre is only the middle of a region, whose distance means nothing to a resident. */
function toHit(hit: Hit<OfferLocationDocument>, withDistance: boolean): SearchHit {
  const positions = hit._matchesPosition as Partial<Record<'title' | 'summary', MatchPosition[]>> | undefined;
  const location = hit.location;
  const distance = (hit as { _geoDistance?: number })._geoDistance;
  return {
    id: hit.id,
    offer: hit.offer,
    location,
    distanceMeters: withDistance && location && typeof distance === 'number' ? distance : null,
    otherLocations: Math.max(0, hit.locationCount - 1),
    highlight: { title: toSegments(hit.offer.title, positions?.title), summary: toSegments(hit.offer.summary, positions?.summary) },
  };
}

function mergeFacets(located: MeiliSearchResponse<OfferLocationDocument> | undefined, online: MeiliSearchResponse<OfferLocationDocument> | undefined): SearchFacets {
  const sum = (field: string): Record<string, number> => {
    const result: Record<string, number> = {};
    for (const response of [located, online]) {
      for (const [value, count] of Object.entries(response?.facetDistribution?.[field] ?? {})) {
        result[value] = (result[value] ?? 0) + count;
      }
    }
    return result;
  };
  return {
    themes: sum('themes'),
    free: sum('free'),
    dayParts: sum('dayParts'),
    targetGroups: sum('targetGroups'),
    kinds: sum('kind'),
    online: { location: located?.totalHits ?? 0, online: online?.totalHits ?? 0 },
  };
}

export interface PreparedSearch {
  center: SearchCenter | null;
  byDistance: boolean;
  /** The Meilisearch multi-search: located hits first, then (unless excluded) the online-only ones. */
  queries: MultiSearchQuery[];
}

/** Turns a validated query into the Meilisearch multi-search it needs (no search is run yet). */
export async function prepareSearch(deps: SearchDeps, query: SearchQuery): Promise<PreparedSearch> {
  const region = validateRegion(deps.geo, query.region);
  const center = await searchCenter(deps, query, region);
  const byDistance = center !== null && center.kind !== 'region';
  const now = deps.now?.() ?? Date.now() / 1000;

  const base = [...visibilityFilter(now), ...attributeFilter(query)];
  const scopeGemeenten = center?.kind === 'region' || query.strictRegion ? region : [];
  const located = locatedFilter(base, {
    ...(byDistance ? { circle: { lat: center.lat, lng: center.lng, radiusMeters: query.radiusKm * 1000 } } : {}),
    ...(scopeGemeenten.length ? { gemeenten: scopeGemeenten } : {}),
    onlineOnly: query.online === 'only',
  });
  const userGemeenten = [...new Set([...(center?.gemeenteCodes ?? []), ...region])];

  const common = {
    indexUid: deps.locationsIndex,
    q: query.q ?? '',
    locales: ['nld' as const],
    facets: [...FACET_FIELDS],
    // Only what toHit reads (`_geo` brings `_geoDistance`); match positions instead of `_formatted`, which doubles the payload.
    attributesToRetrieve: ['id', 'locationCount', 'offer', 'location', '_geo'],
    showMatchesPosition: true,
  };
  const queries: MultiSearchQuery[] = [{
    ...common,
    filter: located,
    page: query.page,
    hitsPerPage: query.limit,
    ...(center ? { sort: [`_geoPoint(${center.lat.toFixed(6)}, ${center.lng.toFixed(6)}):asc`] } : {}),
  }];
  if (query.online !== 'exclude') {
    queries.push({ ...common, filter: onlineFilter(base, userGemeenten), page: 1, hitsPerPage: query.page === 1 ? query.limit : 0 });
  }
  return { center, byDistance, queries };
}

/**
 * Finds offers near a place with the resident's filters: the located hits (within the radius,
 * across gemeente borders, nearest first) and, apart, the online offers that serve the area.
 */
export async function searchOffers(deps: SearchDeps, query: SearchQuery): Promise<SearchResponse> {
  const { center, byDistance, queries } = await prepareSearch(deps, query);
  const meiliStarted = performance.now();
  const { results } = await deps.meili.multiSearch({ queries });
  if (deps.timing) deps.timing.meiliMs = performance.now() - meiliStarted;
  const [locatedResult, onlineResult] = results as unknown as MeiliSearchResponse<OfferLocationDocument>[];
  const total = locatedResult?.totalHits ?? 0;
  return {
    center,
    radiusKm: byDistance ? query.radiusKm : null,
    total,
    page: query.page,
    limit: query.limit,
    totalPages: Math.ceil(total / query.limit),
    results: (locatedResult?.hits ?? []).map((hit) => toHit(hit, byDistance)),
    online: { total: onlineResult?.totalHits ?? 0, results: (onlineResult?.hits ?? []).map((hit) => toHit(hit, false)) },
    facets: mergeFacets(locatedResult, onlineResult),
  };
}
