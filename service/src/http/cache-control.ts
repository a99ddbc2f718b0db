/**
 * How long browsers and shared caches (a CDN in front of SEK) may keep public answers. Every one
 * also has an ETag, so a repeat costs a 304 without a body.
 */
export const CACHE_CONTROL = {
  /**
   * Answers from the search data (search, one offer): a browser asks again each time (a 304 when
   * nothing changed); a shared cache may answer for 30 s, and 30 s more while it asks again. A write
   * reaches residents behind a CDN within a minute; without one, within the search cache's delay.
   */
  searchData: 'public, max-age=0, s-maxage=30, stale-while-revalidate=30',
  /** Place suggestions: from the geo data, which changes only with a new release. */
  places: 'public, max-age=3600, stale-while-revalidate=86400',
  /** The theme list: changes only with a new release. */
  themes: 'public, max-age=3600, stale-while-revalidate=86400',
  /** Gemeenten, boundaries, attribution: the geo data of this release. */
  geo: 'public, max-age=86400, stale-while-revalidate=604800',
} as const;
