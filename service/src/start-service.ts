import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { Config } from './config/config.js';
import { createApp } from './app.js';
import { loadGeoData } from './geo/geo-data.js';
import type { Geocoder } from './geo/geocoder.js';
import { PdokGeocoder } from './geo/pdok-geocoder.js';
import type { Logger } from './log.js';
import { superviseEmbeddedMeilisearch, type SupervisedMeilisearch } from './meili/meili-supervisor.js';
import { indexNames } from './meili/index-settings.js';
import { createMeiliClient, ensureKey, ensureSearchKey } from './meili/meili-clients.js';
import { prepareIndexes } from './meili/prepare-indexes.js';
import { readDemoOffers } from './offers/demo-offers.js';
import { countOffers, OfferIndexWriter, upsertOffers } from './search-index/offer-index-writer.js';
import { SearchIndex } from './search-index/search-index.js';
import { createMetrics } from './metrics.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningService {
  url: string;
  meiliUrl: string;
  /** Stops accepting requests, finishes in-flight ones, then stops the embedded Meilisearch. */
  close(): Promise<void>;
  /** The pid of the embedded Meilisearch running now (none with MEILI_URL). */
  meiliPid?: () => number | undefined;
}

/**
 * Starts the whole product: Meilisearch (embedded unless MEILI_URL is set), index settings,
 * demo data when the index is empty, and the HTTP service.
 */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  let embedded: SupervisedMeilisearch | undefined;
  let meiliUrl = config.MEILI_URL;
  let masterKey = config.MEILI_MASTER_KEY;
  if (!meiliUrl || !masterKey) {
    log.info('starting embedded Meilisearch', { dataDir: resolve(config.SEK_DATA_DIR) });
    embedded = await superviseEmbeddedMeilisearch(config.SEK_DATA_DIR, log);
    log.info('embedded Meilisearch ready', { pid: embedded.pid(), url: embedded.url });
    meiliUrl = embedded.url;
    masterKey = embedded.masterKey;
  }
  try {
    const names = indexNames(config.SEK_INDEX_PREFIX);
    const admin = createMeiliClient({ url: meiliUrl, apiKey: masterKey, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    const geo = loadGeoData();
    await prepareIndexes(admin, names, geo);

    if (config.SEK_LOAD_DEMO_DATA === 'auto' && (await countOffers(admin, names)) === 0) {
      const offers = await readDemoOffers();
      await upsertOffers(admin, names, offers);
      log.info('loaded demo offers into the empty index', { offers: offers.length });
    }

    const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);
    const search = createMeiliClient({ url: meiliUrl, apiKey: searchKey, timeoutMs: config.MEILI_TIMEOUT_MS });
    const readerKey = await ensureKey(admin, 'export', ['documents.get'], [names.offers]);
    const reader = createMeiliClient({ url: meiliUrl, apiKey: readerKey, timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS });
    // The admin API writes offers only: no settings, no keys, no other indexes.
    const writerClient = async () => createMeiliClient({
      url: meiliUrl,
      apiKey: await ensureKey(admin, 'admin', ['documents.add', 'documents.get', 'documents.delete', 'tasks.get'], [names.offers, names.locations]),
      timeoutMs: config.MEILI_ADMIN_TIMEOUT_MS,
    });
    if (config.SEK_ADMIN_TOKEN) log.info('admin API on at /v1/admin (bearer token)');
    else log.info('admin API off: set SEK_ADMIN_TOKEN to enable /v1/admin');
    const geocoder: Geocoder | undefined = config.SEK_GEOCODER === 'pdok' ? new PdokGeocoder() : undefined;
    const writer = config.SEK_ADMIN_TOKEN ? await writerClient() : undefined;
    const app = createApp({
      searchIndex: new SearchIndex(search, reader, names),
      ...(config.SEK_ADMIN_TOKEN && writer
        ? { admin: { token: config.SEK_ADMIN_TOKEN, openWriter: (options) => new OfferIndexWriter(writer, names, options) } }
        : {}),
      geo,
      geocoder,
      log,
      staticDirs: { widget: resolve(REPO_ROOT, 'widget/dist'), demo: resolve(REPO_ROOT, 'demo') },
      metrics: createMetrics(),
      allowedOrigins: config.SEK_ALLOWED_ORIGINS,
      rateLimits: {
        perMinute: config.SEK_RATE_LIMIT_PER_MINUTE,
        adminPerMinute: config.SEK_ADMIN_RATE_LIMIT_PER_MINUTE,
        ...(config.SEK_TRUSTED_PROXY_HEADER ? { trustedHeader: config.SEK_TRUSTED_PROXY_HEADER } : {}),
      },
      importMaxBytes: config.SEK_IMPORT_MAX_BYTES,
    });

    const server: Server = await new Promise((resolveServer, reject) => {
      const listening = app.listen(config.PORT, config.HOST, () => resolveServer(listening));
      listening.once('error', reject);
    });
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;

    const close = async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
      });
      await embedded?.stop();
    };
    return { url, meiliUrl, close, ...(embedded ? { meiliPid: embedded.pid } : {}) };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
