import type { GeoData } from './geo/geo-data.js';
import type { Geocoder } from './geo/geocoder.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { OfferStore } from './database/offer-store.js';
import type { ProjectionLag } from './projection/projector.js';
import type { SearchIndex } from './search-index/search-index.js';

/** Everything the HTTP app needs; built once by start-service.ts (or by a test). */
export interface AppDeps {
  /** The public read path (Meilisearch): search, one offer, places. */
  searchIndex: SearchIndex;
  /** The system of record (PostgreSQL): imports, deletes, the export. */
  store: OfferStore;
  /** How far the search index is behind the database, and a way to rebuild it. */
  projection: { lag(): Promise<ProjectionLag>; rebuild(): Promise<number> };
  /** The bearer token that unlocks /v1/admin; absent: admin API off. */
  admin?: { token: string };
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
  /** Clock in unix seconds, for expiry; injectable for tests. */
  now?: () => number;
}
