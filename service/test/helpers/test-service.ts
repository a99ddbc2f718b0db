import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { inject } from 'vitest';
import type { Meilisearch } from 'meilisearch';
import type { ImportReport, Offer } from '@sek/contract';
import { createApp } from '../../src/app.js';
import type { AppDeps } from '../../src/app-deps.js';
import type { Database } from '../../src/database/connect-database.js';
import { DatabaseOfferSink } from '../../src/database/database-offer-sink.js';
import { OfferStore } from '../../src/database/offer-store.js';
import { loadGeoData, type GeoData } from '../../src/geo/geo-data.js';
import { importOffers, type ImportOptions } from '../../src/import/import-offers.js';
import { createLogger } from '../../src/log.js';
import { indexNames, type IndexNames } from '../../src/meili/index-settings.js';
import { createMeiliClient, ensureSearchKey } from '../../src/meili/meili-clients.js';
import { preparePlacesIndex } from '../../src/meili/prepare-places-index.js';
import { Projector } from '../../src/projection/projector.js';
import { reindex } from '../../src/projection/reindex.js';
import { OfferIndexWriter } from '../../src/search-index/offer-index-writer.js';
import { SearchIndex } from '../../src/search-index/search-index.js';
import { checkAnswer } from './response-contract.js';
import { AccountStore } from '../../src/accounts/account-store.js';
import { Mailer } from '../../src/accounts/mailer.js';
import { Submissions } from '../../src/submissions/submissions.js';
import { Freshness } from '../../src/freshness/freshness.js';
import { Insight } from '../../src/insight/insight.js';
import { SearchStats } from '../../src/insight/search-stats.js';
import { StepQuestions } from '../../src/steps/step-questions.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

let geoData: GeoData | undefined;
/** The geo data, loaded once per test file. */
export function geo(): GeoData {
  geoData ??= loadGeoData();
  return geoData;
}

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const silent = createLogger('silent');

export interface TestService {
  baseUrl: string;
  /** Master-key client of the run's Meilisearch and this service's index names. */
  meili: { admin: Meilisearch; names: IndexNames };
  /** This service's own database in the run's PostgreSQL. */
  database: Database;
  store: OfferStore;
  projector: Projector;
  deps: AppDeps;
  /** The search counters; `flush()` writes them now. */
  stats: SearchStats;
  /** Resolves when every change written so far is searchable. */
  projected(): Promise<void>;
  /** Fetches a path; a JSON answer is parsed and checked against the contract (a mismatch throws). */
  get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export interface TestServiceOptions extends Partial<AppDeps> {
  /** Search through this client instead of the run's Meilisearch (an unreachable one, say). */
  searchClient?: Meilisearch;
  /** Project through this client instead of the run's Meilisearch. */
  projectionClient?: Meilisearch;
  /** Use this database instead of a new one (it is dropped on close). */
  testDatabase?: TestDatabase;
  /** Send mail over this SMTP server (a real one on loopback); absent: mails stay in the outbox. */
  smtpUrl?: string;
  /** Login request limits per 15 minutes. */
  loginLimits?: { perClient: number; perAddress: number };
  /** Anonymous submissions per client per hour and per address per day (default 10 and 3). */
  submissionLimits?: { perClient: number; perAddress: number };
  /** Searches a word needs per week before it is stored (default 5). */
  minWordSearches?: number;
}

/** Writes offers straight into the database in one transaction, as an import would. */
export async function seedOffers(store: OfferStore, offers: Offer[]): Promise<void> {
  const sink = new DatabaseOfferSink(store, { by: 'test' });
  await sink.write(offers);
  await sink.finish();
}

/**
 * A real SEK app on a free port, wired the way start-service.ts wires it: its own database in the
 * run's real PostgreSQL holding `offers`, its own indexes (a random prefix) in the run's real
 * Meilisearch built from that database, and a running projector.
 */
export async function startTestService(offers: Offer[], options: TestServiceOptions = {}): Promise<TestService> {
  const { searchClient, projectionClient, testDatabase, smtpUrl, loginLimits, submissionLimits, minWordSearches, ...overrides } = options;
  const url = inject('meiliUrl');
  const admin = createMeiliClient({ url, apiKey: inject('meiliKey'), timeoutMs: 30_000 });
  const names = indexNames(`t${randomBytes(4).toString('hex')}_`);
  const owned = testDatabase ?? (await createTestDatabase());
  const { database } = owned;
  const store = new OfferStore(database.db);
  await preparePlacesIndex(admin, names, geo());
  await seedOffers(store, offers);
  await reindex(database, admin, names, silent);
  const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);
  const search = searchClient ?? createMeiliClient({ url, apiKey: searchKey, timeoutMs: 2000 });
  const projector = new Projector({
    database,
    store,
    openWriter: () => new OfferIndexWriter(projectionClient ?? admin, names),
    log: silent,
    pollMs: 200,
  });
  projector.start();
  let baseUrl = '';
  const clock = () => new Date((overrides.now?.() ?? Date.now() / 1000) * 1000);
  const mailer = new Mailer(database.db, silent, { ...(smtpUrl ? { smtpUrl } : {}), from: 'SEK test <sek@test.invalid>' });
  const accounts = new AccountStore(database.db, clock, { idleMinutes: 120, maxHours: 12 });
  const testGeo = geo();
  const now = () => overrides.now?.() ?? Date.now() / 1000;
  const kaartUrl = () => `${baseUrl}/demo/kaart.html`;
  const submissions = new Submissions({ store, geo: testGeo, accounts, mailer, log: silent, publicUrl: () => baseUrl, kaartUrl, now });
  const freshness = new Freshness({ store, mailer, submissions, geo: testGeo, log: silent, publicUrl: () => baseUrl, kaartUrl, now });
  const stats = new SearchStats({ db: database.db, geo: testGeo, log: overrides.log ?? silent, now, ...(minWordSearches ? { minWordSearches } : {}) });
  const deps: AppDeps = {
    beheer: {
      accounts,
      mailer,
      publicUrl: () => baseUrl,
      ...(loginLimits ? { loginLimits } : {}),
      ...(submissionLimits ? { submissionLimits } : {}),
      submissions,
      freshness,
      insight: new Insight({ db: database.db, geo: testGeo, freshness, now, minWordSearches: stats.minWordSearches }),
    },
    searchStats: stats,
    searchIndex: new SearchIndex(search, names),
    store,
    projection: { lag: () => projector.lag(), rebuild: () => reindex(database, admin, names, silent) },
    steps: new StepQuestions(database.db),
    geo: testGeo,
    log: silent,
    admin: { token: TEST_ADMIN_TOKEN },
    ...overrides,
  };
  const server: Server = await new Promise((resolve) => {
    const s = createApp(deps).listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    meili: { admin, names },
    database,
    store,
    projector,
    deps,
    stats,
    projected: () => projector.whenIdle(),
    async get(path, init) {
      const response = await fetch(`${baseUrl}${path}`, init);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON; keep the text
      }
      checkAnswer(init?.method ?? 'GET', response.url || `${baseUrl}${path}`, response.status, response.headers.get('content-type'), body);
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await projector.stop();
      mailer.close();
      await owned.drop();
      for (const index of [names.offers, names.locations, names.places]) await admin.deleteIndex(index).waitTask();
    },
  };
}

/**
 * Runs an import into a test service's database the way the CLI and the admin API do.
 * @example await runImport(service, '[…]', { name: 'x.json' })
 */
export function runImport(service: TestService, input: string | Buffer | Readable, options: ImportOptions & { dryRun?: boolean }): Promise<ImportReport> {
  const { dryRun, ...rest } = options;
  const stream = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  return importOffers(new DatabaseOfferSink(service.store, { by: `import:${rest.source ?? 'test'}` }, { dryRun }), geo(), stream, rest);
}
