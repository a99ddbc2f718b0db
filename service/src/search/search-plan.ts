import type { KaartChoice, SearchFacets, SearchHit } from '@sek/contract';
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
    /** Report distances (false when the point is only a region's middle). */
    withDistance: boolean;
  };
  /** Online-only offers that serve these gemeenten (and national ones); absent: not asked for. */
  online?: { gemeenten: string[]; limit: number };
  page: number;
  limit: number;
}

export interface SearchResults {
  located: { total: number; hits: SearchHit[] };
  online: { total: number; hits: SearchHit[] };
  facets: SearchFacets;
}
