import type { Hit, Meilisearch, MultiSearchQuery, SearchResponse as MeiliSearchResponse } from 'meilisearch';
import type { Offer, PlaceSuggestion, SearchFacets, SearchHit } from '@sek/contract';
import type { IndexNames } from '../meili/index-settings.js';
import type { PlaceDocument } from '../places/place-document.js';
import { toSegments, type MatchPosition } from '../search/highlight.js';
import type { SearchPlan, SearchResults } from '../search/search-plan.js';
import { guarded } from './meili-errors.js';
import type { OfferLocationDocument, OfferRecordDocument } from './offer-documents.js';
import { attributeFilter, locatedFilter, onlineFilter, quote, visibilityFilter } from './search-filter.js';

const FACET_FIELDS = ['themes', 'free', 'dayParts', 'targetGroups', 'kind'] as const;

/**
 * The Meilisearch multi-search for a plan: located hits first, then (when asked) the online-only
 * ones. Exported so the benchmark can send exactly what the service sends.
 */
export function toMultiSearch(plan: SearchPlan, names: IndexNames): MultiSearchQuery[] {
  const base = [...visibilityFilter(plan.nowSeconds), ...attributeFilter(plan.filters)];
  const common = {
    indexUid: names.locations,
    q: plan.q,
    locales: ['nld' as const],
    facets: [...FACET_FIELDS],
    // Only what toHit reads (`_geo` brings `_geoDistance`); match positions instead of `_formatted`, which doubles the payload.
    attributesToRetrieve: ['id', 'locationCount', 'offer', 'location', '_geo'],
    showMatchesPosition: true,
  };
  const sortFrom = plan.located.sortFrom;
  const queries: MultiSearchQuery[] = [{
    ...common,
    filter: locatedFilter(base, plan.located),
    page: plan.page,
    hitsPerPage: plan.limit,
    ...(sortFrom ? { sort: [`_geoPoint(${sortFrom.lat.toFixed(6)}, ${sortFrom.lng.toFixed(6)}):asc`] } : {}),
  }];
  if (plan.online) queries.push({ ...common, filter: onlineFilter(base, plan.online.gemeenten), page: 1, hitsPerPage: plan.online.limit });
  return queries;
}

function toHit(hit: Hit<OfferLocationDocument>, withDistance: boolean): SearchHit {
  const positions = hit._matchesPosition as Partial<Record<'title' | 'summary', MatchPosition[]>> | undefined;
  const distance = (hit as { _geoDistance?: number })._geoDistance;
  return {
    id: hit.id,
    offer: hit.offer,
    location: hit.location,
    distanceMeters: withDistance && hit.location && typeof distance === 'number' ? distance : null,
    otherLocations: Math.max(0, hit.locationCount - 1),
    highlight: { title: toSegments(hit.offer.title, positions?.title), summary: toSegments(hit.offer.summary, positions?.summary) },
  };
}

function mergeFacets(located: MeiliSearchResponse<OfferLocationDocument> | undefined, online: MeiliSearchResponse<OfferLocationDocument> | undefined): SearchFacets {
  const sum = (field: string): Record<string, number> => {
    const result: Record<string, number> = {};
    for (const response of [located, online]) {
      for (const [value, count] of Object.entries(response?.facetDistribution?.[field] ?? {})) result[value] = (result[value] ?? 0) + count;
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

/**
 * SEK's public read path (Meilisearch, the projection of the database): the only module that knows
 * index names, filter syntax and hit shapes. Every failure that means "try again later" comes out as
 * a StoreUnavailableError.
 */
export class SearchIndex {
  constructor(
    /** A client with the search-only key (public path). */
    private readonly search: Meilisearch,
    readonly names: IndexNames,
  ) {}

  /** Runs a search plan; `timing.meiliMs` receives how long Meilisearch took. */
  async searchOffers(plan: SearchPlan, timing?: { meiliMs: number }): Promise<SearchResults> {
    const started = performance.now();
    const { results } = await guarded(() => this.search.multiSearch({ queries: toMultiSearch(plan, this.names) }));
    if (timing) timing.meiliMs = performance.now() - started;
    const [located, online] = results as unknown as MeiliSearchResponse<OfferLocationDocument>[];
    return {
      located: { total: located?.totalHits ?? 0, hits: (located?.hits ?? []).map((hit) => toHit(hit, plan.located.withDistance)) },
      online: { total: online?.totalHits ?? 0, hits: (online?.hits ?? []).map((hit) => toHit(hit, false)) },
      facets: mergeFacets(located, online),
    };
  }

  /** One offer with all its locations, when residents may see it now. */
  async visibleOffer(id: string, nowSeconds: number): Promise<Offer | undefined> {
    const response = await guarded(() => this.search.index<OfferRecordDocument>(this.names.offers).search('', {
      filter: [...visibilityFilter(nowSeconds), `id = ${quote(id)}`],
      limit: 1,
      attributesToRetrieve: ['offer'],
    }));
    return response.hits[0]?.offer;
  }

  /** Typo-tolerant place suggestions for the "Waar?" field. */
  async suggestPlaces(q: string, limit: number): Promise<PlaceSuggestion[]> {
    const response = await guarded(() => this.search.index<PlaceDocument>(this.names.places).search(q, { limit, locales: ['nld'] }));
    return response.hits.map((hit) => ({
      kind: hit.kind,
      label: hit.label,
      near: hit.near,
      gemeenteCode: hit.gemeenteCode,
      gemeenteName: hit.gemeenteName,
      lat: hit._geo.lat,
      lng: hit._geo.lng,
    }));
  }

  /** Resolves when Meilisearch answers a search on the offers; throws StoreUnavailableError otherwise. */
  async checkReady(): Promise<void> {
    await guarded(() => this.search.index(this.names.locations).search('', { limit: 0 }));
  }
}
