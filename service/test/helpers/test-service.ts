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
import { OfferIndexWriter, upsertOffers } from '../../src/search-index/offer-index-writer.js';
import { SearchIndex } from '../../src/search-index/search-index.js';
import { checkAnswer } from './response-contract.js';
import type { Meilisearch } from 'meilisearch';
import { importOffers, type ImportOptions } from '../../src/import/import-offers.js';
import type { IndexNames } from '../../src/meili/index-settings.js';
import { Readable } from 'node:stream';
import type { ImportReport, Offer } from '@sek/contract';

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
  /** Fetches a path; a JSON answer is parsed and checked against the contract (a mismatch throws). */
  get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export interface TestServiceOptions extends Partial<AppDeps> {
  /** Search through this client instead of the run's Meilisearch (an unreachable one, say). */
  searchClient?: Meilisearch;
}

/**
 * A real SEK app on a free port over the run's real Meilisearch, with its own indexes
 * (a random prefix) filled with `offers`, wired the way start-service.ts wires it.
 */
export async function startTestService(offers: Offer[], options: TestServiceOptions = {}): Promise<TestService> {
  const { searchClient, ...overrides } = options;
  const url = inject('meiliUrl');
  const admin = createMeiliClient({ url, apiKey: inject('meiliKey'), timeoutMs: 30_000 });
  const names = indexNames(`t${randomBytes(4).toString('hex')}_`);
  await prepareIndexes(admin, names, geo());
  await upsertOffers(admin, names, offers);
  const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);
  const readerKey = await ensureKey(admin, 'export', ['documents.get'], [names.offers]);
  const search = searchClient ?? createMeiliClient({ url, apiKey: searchKey, timeoutMs: 2000 });
  const deps: AppDeps = {
    searchIndex: new SearchIndex(search, searchClient ?? createMeiliClient({ url, apiKey: readerKey, timeoutMs: 10_000 }), names),
    geo: geo(),
    log: createLogger('silent'),
    admin: { token: TEST_ADMIN_TOKEN, openWriter: (writerOptions) => new OfferIndexWriter(admin, names, writerOptions) },
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
      checkAnswer(init?.method ?? 'GET', response.url || `${baseUrl}${path}`, response.status, response.headers.get('content-type'), body);
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      for (const index of [names.offers, names.locations, names.places]) await admin.deleteIndex(index).waitTask();
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
