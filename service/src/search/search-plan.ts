import type { KaartChoice, SearchFacets, SearchHit, WhenChoice } from '@sek/contract';
import type { LatLng } from '../geo/geo-data.js';

/** The resident's filters; within a list, values combine with OR. */
export interface AttributeFilters {
  themes?: string[];
  free?: boolean;
  dayParts?: string[];
  weekdays?: string[];
  targetGroups?: string[];
  kinds?: string[];
  kaart: KaartChoice;
  /** A session later today or this week (Dutch time, from the plan's `nowSeconds`). */
  when?: WhenChoice;
}

/**
 * A search decided by the domain (where, what, which page), handed to the search index to run.
 * Holds no store-specific syntax: the index turns it into its own queries.
 */
export interface SearchPlan {
  q: string;
  /** Unix seconds: expired offers are not shown. */
  nowSeconds: number;
  filters: AttributeFilters;
  located: {
    /** Only locations within this circle. */
    circle?: LatLng & { radiusMeters: number };
    /** Only locations in these gemeenten. */
    gemeenten?: string[];
    /** Only located offers that are also online. */
    onlineOnly: boolean;
    /** Nearest first from this point; absent: no distance order. */
    sortFrom?: LatLng;
    /** Without a place and without words: open offers first, most recently checked first. */
    newestFirst: boolean;
    /** Report distances (false when the point is only a region's middle). */
    withDistance: boolean;
    /** Nearest first although there are search words (the resident chose "Dichtstbij eerst"): every word must match. */
    nearestFirst: boolean;
  };
  /** Online-only offers that serve these gemeenten (and national ones); absent: not asked for. */
  online?: { gemeenten: string[]; limit: number };
  page: number;
  limit: number;
}

/** A hit as the index finds it; the domain adds when its next session is. */
export type IndexHit = Omit<SearchHit, 'upcoming'>;

export interface SearchResults {
  located: { total: number; hits: IndexHit[] };
  online: { total: number; hits: IndexHit[] };
  facets: SearchFacets;
}
