import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import type { AppDeps } from '../../src/app-deps.js';
import { loadGeoData, type GeoData } from '../../src/geo/geo-data.js';
import { createLogger } from '../../src/log.js';
import { indexNames } from '../../src/meili/index-settings.js';
import { createMeiliClient, ensureKey, ensureSearchKey } from '../../src/meili/meili-clients.js';
import { prepareIndexes } from '../../src/meili/prepare-indexes.js';
import type { Offer } from '../../src/offers/offer.js';
import { OfferIndexWriter, upsertOffers } from '../../src/search-index/offer-index-writer.js';
import { importOffers, type ImportOptions } from '../../src/import/import-offers.js';
import type { ImportReport } from '../../src/import/import-report.js';
import type { IndexNames } from '../../src/meili/index-settings.js';
import { Readable } from 'node:stream';

let geoData: GeoData | undefined;
/** The geo data, loaded once per test file. */
export function geo(): GeoData {
  geoData ??= loadGeoData();
  return geoData;
}

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestService {
  baseUrl: string;
  /** Master-key client of the run's Meilisearch and this service's index names. */
  meili: { admin: ReturnType<typeof createMeiliClient>; names: IndexNames };
  deps: AppDeps;
  get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/**
 * A real SEK app on a free port over the run's real Meilisearch, with its own indexes
 * (a random prefix) filled with `offers`.
 */
export async function startTestService(offers: Offer[], overrides: Partial<AppDeps> = {}): Promise<TestService> {
  const url = inject('meiliUrl');
  const admin = createMeiliClient({ url, apiKey: inject('meiliKey'), timeoutMs: 30_000 });
  const names = indexNames(`t${randomBytes(4).toString('hex')}_`);
  await prepareIndexes(admin, names, geo());
  await upsertOffers(admin, names, offers);
  const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);
  const readerKey = await ensureKey(admin, 'export', ['documents.get'], [names.offers]);
  const deps: AppDeps = {
    search: createMeiliClient({ url, apiKey: searchKey, timeoutMs: 2000 }),
    reader: createMeiliClient({ url, apiKey: readerKey, timeoutMs: 10_000 }),
    indexes: names,
    geo: geo(),
    log: createLogger('silent'),
    admin: { client: admin, token: TEST_ADMIN_TOKEN },
    ...overrides,
  };
  const server: Server = await new Promise((resolve) => {
    const s = createApp(deps).listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    meili: { admin, names },
    deps,
    async get(path, init) {
      const response = await fetch(`${baseUrl}${path}`, init);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON; keep the text
      }
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await admin.deleteIndex(names.offers).waitTask();
      await admin.deleteIndex(names.locations).waitTask();
      await admin.deleteIndex(names.places).waitTask();
    },
  };
}

/**
 * Runs an import into a test service's indexes the way the CLI and the admin API do.
 * @example await runImport(service, '[…]', { name: 'x.json' })
 */
export function runImport(service: TestService, input: string | Buffer | Readable, options: ImportOptions & { dryRun?: boolean }): Promise<ImportReport> {
  const { dryRun, ...rest } = options;
  const stream = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  return importOffers(new OfferIndexWriter(service.meili.admin, service.meili.names, { dryRun }), geo(), stream, rest);
}
