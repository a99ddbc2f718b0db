import { readFileSync } from 'node:fs';
import { loadClassifier } from './hsds/hsds-classification.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { Config } from './config/config.js';
import { createApp } from './app.js';
import { DatabaseOfferSink } from './database/database-offer-sink.js';
import { OfferStore } from './database/offer-store.js';
import { openDatabase, type OpenedDatabase } from './database/open-database.js';
import { loadGeoData } from './geo/geo-data.js';
import type { Geocoder } from './geo/geocoder.js';
import { PdokGeocoder } from './geo/pdok-geocoder.js';
import type { Logger } from './log.js';
import { superviseEmbeddedMeilisearch, type SupervisedMeilisearch } from './meili/meili-supervisor.js';
import { indexNames } from './meili/index-settings.js';
import { createMeiliClient, ensureKey, ensureSearchKey } from './meili/meili-clients.js';
import { preparePlacesIndex } from './meili/prepare-places-index.js';
import { readDemoOffers } from './offers/demo-offers.js';
import { Projector } from './projection/projector.js';
import { AnswerCache, SEARCH_ANSWER_TTL_MS } from './search-cache/answer-cache.js';
import { SearchVersion } from './search-cache/search-version.js';
import { indexIsCurrent, reindex } from './projection/reindex.js';
import { upgradeFromIndex } from './projection/upgrade-from-index.js';
import { OfferIndexWriter } from './search-index/offer-index-writer.js';
import { SearchIndex } from './search-index/search-index.js';
import { createMetrics } from './metrics.js';
import { AccountStore } from './accounts/account-store.js';
import { Submissions } from './submissions/submissions.js';
import { Mailer } from './accounts/mailer.js';
import { Freshness } from './freshness/freshness.js';
import { scheduleFreshness } from './freshness/freshness-job.js';
import { Insight } from './insight/insight.js';
import { SearchStats } from './insight/search-stats.js';
import { StepQuestions } from './steps/step-questions.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningService {
  url: string;
  meiliUrl: string;
  /** Stops accepting requests, finishes in-flight ones, then stops the projector and the embedded servers. */
  close(): Promise<void>;
  /** The pid of the embedded Meilisearch running now (none with MEILI_URL). */
  meiliPid?: () => number | undefined;
  /** The pid of the embedded PostgreSQL running now (none with DATABASE_URL). */
  postgresPid?: () => number | undefined;
  /** Resolves when every change written so far is searchable. */
  projected(): Promise<void>;
}

/** Loads the fictitious demo offers into an empty database, through the import path. */
async function loadDemoOffers(store: OfferStore, log: Logger): Promise<void> {
  const sink = new DatabaseOfferSink(store, { by: 'demo', reason: 'Voorbeeldaanbod (verzonnen) bij de eerste start.' });
  const offers = await readDemoOffers();
  await sink.write(offers);
  await sink.finish();
  log.info('loaded demo offers into the empty database', { offers: offers.length });
}

/**
 * Starts the whole product: Meilisearch (embedded unless MEILI_URL is set), PostgreSQL (embedded
 * unless DATABASE_URL is set) at the newest schema, the search index rebuilt when its settings
 * changed, demo data when the database is empty, the projector, and the HTTP service.
 */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  let embedded: SupervisedMeilisearch | undefined;
  let opened: OpenedDatabase | undefined;
  let projector: Projector | undefined;
  let closeMailer: (() => void) | undefined;
  let stopFreshness: (() => Promise<void>) | undefined;
  let stopStats: (() => Promise<void>) | undefined;
  let searchVersion: SearchVersion | undefined;
  let meiliUrl = config.MEILI_URL;
  let masterKey = config.MEILI_MASTER_KEY;
  const stopAll = async () => {
    await stopFreshness?.();
    await stopStats?.();
    await searchVersion?.stop();
    await projector?.stop();
    closeMailer?.();
    await opened?.close();
    await embedded?.stop();
  };
  try {
    if (!meiliUrl || !masterKey) {
      log.info('starting embedded Meilisearch', { dataDir: resolve(config.SEK_DATA_DIR) });
      embedded = await superviseEmbeddedMeilisearch(config.SEK_DATA_DIR, log);
      log.info('embedded Meilisearch ready', { pid: embedded.pid(), url: embedded.url });
      meiliUrl = embedded.url;
      masterKey = embedded.masterKey;
    }
    opened = await openDatabase(config, log, { supervised: true });
    const { database } = opened;
    const store = new OfferStore(database.db);
    const names = indexNames(config.SEK_INDEX_PREFIX);
    const admin = createMeiliClient({ url: meiliUrl, apiKey: masterKey, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    const geo = loadGeoData();
    await preparePlacesIndex(admin, names, geo);

    const firstUse = !(await database.db.selectFrom('search_index_state').select('name').executeTakeFirst());
    if (firstUse) await upgradeFromIndex(admin, names, store, log);
    if (config.SEK_LOAD_DEMO_DATA === 'auto' && (await store.count()) === 0) await loadDemoOffers(store, log);
    if (!(await indexIsCurrent(database, admin, names))) {
      log.info('building the search index from the database (first start, or its settings changed)');
      await reindex(database, admin, names, log);
    }

    const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);
    const search = createMeiliClient({ url: meiliUrl, apiKey: searchKey, timeoutMs: config.MEILI_TIMEOUT_MS });
    // The projector writes offer documents only: no settings, no keys, no other indexes.
    const projectionKey = await ensureKey(admin, 'projection', ['documents.add', 'documents.get', 'documents.delete', 'tasks.get'], [names.offers, names.locations]);
    const projection = createMeiliClient({ url: meiliUrl, apiKey: projectionKey, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    const metrics = createMetrics();
    projector = new Projector({ database, store, openWriter: () => new OfferIndexWriter(projection, names), log, metrics });
    metrics.projectionLag.source = () => projector!.lag();
    projector.start();

    if (config.SEK_ADMIN_TOKEN) log.info('bootstrap admin token on: SEK_ADMIN_TOKEN works as a beheerder at /v1/admin');
    let publicUrl = config.SEK_PUBLIC_URL ?? '';
    const accounts = new AccountStore(database.db, () => new Date(), { idleMinutes: config.SEK_SESSION_IDLE_MINUTES, maxHours: config.SEK_SESSION_MAX_HOURS });
    const mailer = new Mailer(database.db, log, { ...(config.SMTP_URL ? { smtpUrl: config.SMTP_URL } : {}), from: config.SEK_MAIL_FROM });
    closeMailer = () => mailer.close();
    log.info(config.SMTP_URL ? 'mail: sent over SMTP_URL' : 'mail: no SMTP_URL, mails wait in the outbox at /beheer/ (and "pnpm sek user link" prints login links)');
    const users = await accounts.countUsers();
    if (users === 0) log.info('no beheerder yet: run "pnpm sek user add --role beheerder --email you@example.nl --name \"Your name\"" for a login link');
    const classifier = loadClassifier(config.SEK_HSDS_CLASSIFICATION, (path) => readFileSync(path, 'utf8'));
    const geocoder: Geocoder | undefined = config.SEK_GEOCODER === 'pdok' ? new PdokGeocoder() : undefined;
    const kaartUrl = () => config.SEK_KAART_URL ?? `${publicUrl}/demo/kaart.html`;
    const now = () => Date.now() / 1000;
    const submissions = new Submissions({ store, geo, accounts, mailer, log, publicUrl: () => publicUrl, kaartUrl, now });
    const freshness = new Freshness({ store, mailer, submissions, geo, log, publicUrl: () => publicUrl, kaartUrl, now });
    const searchStats = new SearchStats({ db: database.db, geo, log, now, minWordSearches: config.SEK_STATS_MIN_WORD_SEARCHES });
    stopStats = searchStats.start(config.SEK_STATS_FLUSH_SECONDS);
    const insight = new Insight({ db: database.db, geo, freshness, now, minWordSearches: config.SEK_STATS_MIN_WORD_SEARCHES });
    searchVersion = new SearchVersion({ database, log });
    await searchVersion.start();
    const versions = searchVersion;
    const app = createApp({
      searchAnswers: new AnswerCache({ version: () => versions.current(), maxBytes: config.SEK_SEARCH_CACHE_MB * 1024 ** 2, ttlMs: SEARCH_ANSWER_TTL_MS }),
      searchIndex: new SearchIndex(search, names),
      searchStats,
      store,
      projection: { lag: () => projector!.lag(), rebuild: () => reindex(database, admin, names, log) },
      ...(config.SEK_ADMIN_TOKEN ? { admin: { token: config.SEK_ADMIN_TOKEN } } : {}),
      beheer: {
        accounts, mailer, publicUrl: () => publicUrl, submissions, freshness, insight,
      },
      steps: new StepQuestions(database.db),
      geo,
      geocoder,
      log,
      staticDirs: { widget: resolve(REPO_ROOT, 'widget/dist'), demo: resolve(REPO_ROOT, 'demo'), beheer: resolve(REPO_ROOT, 'widget/beheer') },
      metrics,
      allowedOrigins: config.SEK_ALLOWED_ORIGINS,
      rateLimits: {
        perMinute: config.SEK_RATE_LIMIT_PER_MINUTE,
        adminPerMinute: config.SEK_ADMIN_RATE_LIMIT_PER_MINUTE,
        ...(config.SEK_TRUSTED_PROXY_HEADER ? { trustedHeader: config.SEK_TRUSTED_PROXY_HEADER } : {}),
      },
      importMaxBytes: config.SEK_IMPORT_MAX_BYTES,
      classifier,
    });

    const server: Server = await new Promise((resolveServer, reject) => {
      const listening = app.listen(config.PORT, config.HOST, () => resolveServer(listening));
      listening.once('error', reject);
    });
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
    publicUrl ||= url;
    stopFreshness = scheduleFreshness(freshness, log, config.SEK_FRESHNESS_EVERY_MINUTES);

    const close = async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
      });
      await stopAll();
    };
    const running = projector;
    return {
      url,
      meiliUrl,
      close,
      projected: () => running.whenIdle(),
      ...(embedded ? { meiliPid: embedded.pid } : {}),
      ...(opened.embeddedPid ? { postgresPid: opened.embeddedPid } : {}),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
