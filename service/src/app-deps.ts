import type { Meilisearch } from 'meilisearch';
import type { GeoData } from './geo/geo-data.js';
import type { Geocoder } from './geo/geocoder.js';
import type { Logger } from './log.js';
import type { IndexNames } from './meili/index-settings.js';
import type { Metrics } from './metrics.js';

/** Everything the HTTP app needs; built once by main.ts (or by a test). */
export interface AppDeps {
  /** Client with the search-only key. */
  search: Meilisearch;
  /** Client with a key that may only read documents (for the export). */
  reader: Meilisearch;
  /** Admin client and the bearer token that unlocks /v1/admin; both absent: admin API off. */
  admin?: { client: Meilisearch; token: string };
  indexes: IndexNames;
  geo: GeoData;
  geocoder?: Geocoder;
  log: Logger;
  /** Folders served as static files: the built widget and the demo pages. */
  staticDirs?: { widget?: string; demo?: string };
  /** Prometheus metrics; a fresh registry when absent. */
  metrics?: Metrics;
  /** Origins allowed to call the public API from a browser (`*`: any). Same-origin always works. */
  allowedOrigins?: string[];
  /** Per-client rate limits; absent: no limit (tests). */
  rateLimits?: { perMinute: number; adminPerMinute: number; trustedHeader?: string };
  /** Largest import body in bytes. */
  importMaxBytes?: number;
  now?: () => number;
}
