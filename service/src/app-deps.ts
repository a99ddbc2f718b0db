import type { Classifier } from './hsds/hsds-classification.js';
import type { GeoData } from './geo/geo-data.js';
import type { Geocoder } from './geo/geocoder.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { OfferStore } from './database/offer-store.js';
import type { ProjectionLag } from './projection/projector.js';
import type { SearchIndex } from './search-index/search-index.js';
import type { AccountStore } from './accounts/account-store.js';
import type { Mailer } from './accounts/mailer.js';
import type { Submissions } from './submissions/submissions.js';
import type { Freshness } from './freshness/freshness.js';
import type { Insight } from './insight/insight.js';
import type { SearchStats } from './insight/search-stats.js';
import type { StepQuestions } from './steps/step-questions.js';
import type { AnswerCache } from './search-cache/answer-cache.js';
import type { SearchSummary } from './routes/search-route.js';

/** The management side: people and sessions, mail, and the address login links point to. */
export interface Beheer {
  accounts: AccountStore;
  mailer: Mailer;
  /** Where this SEK is reached by people (`SEK_PUBLIC_URL`, or the address it listens on). */
  publicUrl: () => string;
  /** Login link requests per 15 minutes: per client address, and per e-mail address. */
  loginLimits?: { perClient: number; perAddress: number };
  /** Offers providers send in, and their review. */
  submissions: Submissions;
  /** Anonymous submissions: per client address per hour, per e-mail address per day. */
  submissionLimits?: { perClient: number; perAddress: number };
  /** "Klopt dit nog?": the checks, the provider's answers, the coordinator's view. */
  freshness: Freshness;
  /** The coordinator's report, white spots, and the widget's referral counts. */
  insight: Insight;
}

/** Everything the HTTP app needs; built once by start-service.ts (or by a test). */
export interface AppDeps {
  /** Counts searches (aggregates only); absent: nothing is counted. */
  searchStats?: Pick<SearchStats, 'record'>;
  /** Search answers by query and search data version; absent: every search is computed. */
  searchAnswers?: AnswerCache<SearchSummary>;
  /** The public read path (Meilisearch): search, one offer, places. */
  searchIndex: SearchIndex;
  /** The system of record (PostgreSQL): imports, deletes, the export. */
  store: OfferStore;
  /** How far the search index is behind the database, and a way to rebuild it. */
  projection: { lag(): Promise<ProjectionLag>; rebuild(): Promise<number> };
  /** The bootstrap bearer token (SEK_ADMIN_TOKEN): a beheerder without a person; absent: only people and their API tokens. */
  admin?: { token: string };
  /** The management side (/beheer/ and /v1/admin); absent: no management routes at all. */
  beheer?: Beheer;
  /** "Stap voor stap": the sub-questions per region (SEK's defaults and coordinators' own). */
  steps: StepQuestions;
  geo: GeoData;
  geocoder?: Geocoder;
  log: Logger;
  /** Folders served as static files: the built widget and the demo pages. */
  staticDirs?: { widget?: string; demo?: string; beheer?: string };
  /** Prometheus metrics; a fresh registry when absent. */
  metrics?: Metrics;
  /** Origins allowed to call the public API from a browser (`*`: any). Same-origin always works. */
  allowedOrigins?: string[];
  /** Per-client rate limits; absent: no limit (tests). */
  rateLimits?: { perMinute: number; adminPerMinute: number; trustedHeader?: string };
  /** Largest import body in bytes. */
  importMaxBytes?: number;
  /** How HSDS records without SEK's own classification get their themes; SEK's defaults when absent. */
  classifier?: Classifier;
  /** Clock in unix seconds, for expiry; injectable for tests. */
  now?: () => number;
}
