import type { Hit, Meilisearch, MultiSearchQuery, SearchResponse as MeiliSearchResponse } from 'meilisearch';
import { type Offer, type PlaceSuggestion, type SearchFacets } from '@sek/contract';
import type { IndexNames } from '../meili/index-settings.js';
import type { PlaceDocument } from '../places/place-document.js';
import { toSegments, type MatchPosition } from '../search/highlight.js';
import type { IndexHit, SearchPlan, SearchResults } from '../search/search-plan.js';
import { guarded } from './meili-errors.js';
import type { OfferLocationDocument, OfferRecordDocument } from './offer-documents.js';
import { whenFilter } from './session-tokens.js';
import { activeGroups, attributeFilter, FACET_FIELD, FACET_GROUPS, locatedFilter, onlineFilter, quote, visibilityFilter, type FacetGroup, type MeiliFilter } from './search-filter.js';

/**
 * How many matches "nearest first with search words" orders. Meilisearch ranks by relevance before
 * distance (its ranking rules belong to the index), so the service orders the matches itself; within
 * a radius there are far fewer. Beyond this many, the rest follow in relevance order.
 */
export const NEAREST_FIRST_CANDIDATES = 1000;

/**
 * What a hit is read with: only what toHit uses (the document's offer holds only what the list
 * shows; `_geo` brings `_geoDistance`). Match positions instead of `_formatted`, which doubles the payload.
 */
const HIT_ATTRIBUTES = ['id', 'locationCount', 'offer', 'location', '_geo'];

/** What each query of a multi-search is for, in order. */
type QueryRole = { part: 'located' | 'online'; counts: FacetGroup | 'main' };

/**
 * The Meilisearch multi-search for a plan: the located hits, then (when asked) the online-only ones,
 * each counting the values of the groups the resident has not chosen in; then, for every group the
 * resident has chosen in, one count-only query per part with that group's own filter left out, so
 * a value's count is what choosing it would give (disjunctive facets). Exported so the benchmark
 * can send exactly what the service sends.
 */
export function toMultiSearch(plan: SearchPlan, names: IndexNames): MultiSearchQuery[] {
  return planQueries(plan, names).map(({ query }) => query);
}

function planQueries(plan: SearchPlan, names: IndexNames): { role: QueryRole; query: MultiSearchQuery }[] {
  const visible = [...visibilityFilter(plan.nowSeconds), ...(plan.filters.when ? whenFilter(plan.filters.when, plan.nowSeconds) : [])];
  const active = activeGroups(plan.filters);
  // Nearest first with search words: every word must match (a near offer that matches one word of
  // three is not what was asked for). The same strategy for every query, so counts match the list.
  const common = { indexUid: names.locations, q: plan.q, locales: ['nld' as const], ...(plan.located.nearestFirst ? { matchingStrategy: 'all' as const } : {}) };
  const sortFrom = plan.located.sortFrom;
  const parts = [
    { part: 'located' as const, filter: (base: MeiliFilter) => locatedFilter(base, plan.located), page: plan.page, hitsPerPage: plan.limit },
    ...(plan.online ? [{ part: 'online' as const, filter: (base: MeiliFilter) => onlineFilter(base, plan.online!.gemeenten), page: 1, hitsPerPage: plan.online.limit }] : []),
  ];
  const queries: { role: QueryRole; query: MultiSearchQuery }[] = parts.map(({ part, filter, page, hitsPerPage }) => ({
    role: { part, counts: 'main' },
    query: {
      ...common,
      filter: filter([...visible, ...attributeFilter(plan.filters)]),
      facets: FACET_GROUPS.filter((group) => !active.includes(group)).map((group) => FACET_FIELD[group]),
      page,
      hitsPerPage,
      attributesToRetrieve: HIT_ATTRIBUTES,
      showMatchesPosition: true,
      // Offers at one spot (a library's Taalcafé, Klik & Tik and IDO hours) tie on distance: A to Z, the same on every page.
      ...(part === 'located' && sortFrom ? { sort: [`_geoPoint(${sortFrom.lat.toFixed(6)}, ${sortFrom.lng.toFixed(6)}):asc`, 'title:asc'] } : {}),
      ...(part === 'located' && plan.located.newestFirst ? { sort: ['openRank:asc', 'verifiedOn:desc'] } : {}),
      // Nearest first with words: fetch the ids and distances of every match, order them here, then fetch the page.
      ...(part === 'located' && plan.located.nearestFirst ? { page: 1, hitsPerPage: NEAREST_FIRST_CANDIDATES, attributesToRetrieve: ['id', '_geo'], showMatchesPosition: false } : {}),
    },
  }));
  for (const group of active) {
    for (const { part, filter } of parts) {
      queries.push({
        role: { part, counts: group },
        query: { ...common, filter: filter([...visible, ...attributeFilter(plan.filters, group)]), facets: [FACET_FIELD[group]], limit: 0 },
      });
    }
  }
  return queries;
}

function toHit(hit: Hit<OfferLocationDocument>, withDistance: boolean): IndexHit {
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

/** Each group's counts (located and online added up: what choosing the value gives in the whole list). */
function collectFacets(roles: QueryRole[], responses: MeiliSearchResponse<OfferLocationDocument>[]): SearchFacets {
  const countsOf = (group: FacetGroup): Record<string, number> => {
    const result: Record<string, number> = {};
    roles.forEach((role, i) => {
      if (role.counts !== group && !(role.counts === 'main' && !roles.some((r) => r.counts === group))) return;
      for (const [value, count] of Object.entries(responses[i]?.facetDistribution?.[FACET_FIELD[group]] ?? {})) result[value] = (result[value] ?? 0) + count;
    });
    return result;
  };
  const totalOf = (part: QueryRole['part']) => responses[roles.findIndex((role) => role.part === part && role.counts === 'main')]?.totalHits ?? 0;
  return {
    ...(Object.fromEntries(FACET_GROUPS.map((group) => [group, countsOf(group)])) as Record<FacetGroup, Record<string, number>>),
    online: { location: totalOf('located'), online: totalOf('online') },
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
    const queries = planQueries(plan, this.names);
    const { results } = await guarded(() => this.search.multiSearch({ queries: queries.map(({ query }) => query) }));
    const responses = results as unknown as MeiliSearchResponse<OfferLocationDocument>[];
    const roles = queries.map(({ role }) => role);
    const located = responses[0];
    const online = plan.online ? responses[1] : undefined;
    const locatedHits = plan.located.nearestFirst
      ? await this.nearestPage(plan, located?.hits ?? [])
      : (located?.hits ?? []).map((hit) => toHit(hit, plan.located.withDistance));
    if (timing) timing.meiliMs = performance.now() - started;
    return {
      located: { total: located?.totalHits ?? 0, hits: locatedHits },
      online: { total: online?.totalHits ?? 0, hits: (online?.hits ?? []).map((hit) => toHit(hit, false)) },
      facets: collectFacets(roles, responses),
    };
  }

  /**
   * One page of "nearest first with search words": the matches ordered by distance (relevance keeps
   * its order among equal distances), then that page's documents fetched by id, with match positions.
   */
  private async nearestPage(plan: SearchPlan, matches: Hit<OfferLocationDocument>[]): Promise<IndexHit[]> {
    const distanceOf = (hit: Hit<OfferLocationDocument>) => (hit as { _geoDistance?: number })._geoDistance ?? Number.POSITIVE_INFINITY;
    const ordered = matches.map((hit, rank) => ({ id: hit.id, distance: distanceOf(hit), rank })).sort((a, b) => a.distance - b.distance || a.rank - b.rank);
    const page = ordered.slice((plan.page - 1) * plan.limit, plan.page * plan.limit);
    if (page.length === 0) return [];
    const response = await guarded(() => this.search.index<OfferLocationDocument>(this.names.locations).search(plan.q, {
      filter: [`id IN [${page.map((entry) => quote(entry.id)).join(', ')}]`],
      limit: page.length,
      locales: ['nld'],
      matchingStrategy: 'all',
      attributesToRetrieve: HIT_ATTRIBUTES,
      showMatchesPosition: true,
      ...(plan.located.sortFrom ? { sort: [`_geoPoint(${plan.located.sortFrom.lat.toFixed(6)}, ${plan.located.sortFrom.lng.toFixed(6)}):asc`] } : {}),
    }));
    const byId = new Map(response.hits.map((hit) => [hit.id, hit]));
    return page.flatMap((entry) => {
      const hit = byId.get(entry.id);
      return hit ? [toHit(hit, plan.located.withDistance)] : [];
    });
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
