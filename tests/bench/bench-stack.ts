import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ImportReport, Offer } from '@sek/contract';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../service/src/database/embedded-postgres.js';
import { generateNationalOffers } from '../../service/src/demo-data/generate-demo-offers.js';
import { loadGeoData, type GeoData } from '../../service/src/geo/geo-data.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../service/src/meili/embedded-meilisearch.js';
import { indexNames, type IndexNames } from '../../service/src/meili/index-settings.js';
import { createMeiliClient } from '../../service/src/meili/meili-clients.js';
import { startSek, type SekProcess } from '../helpers/sek-process.js';

export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

export interface BenchStores {
  geo: GeoData;
  meili: EmbeddedMeilisearch;
  postgres: EmbeddedPostgres;
  admin: ReturnType<typeof createMeiliClient>;
  names: IndexNames;
  prefix: string;
  dataDir: string;
  /** Stops Meilisearch and PostgreSQL and removes their temp dir. */
  stop(): Promise<void>;
}

/** A fresh embedded Meilisearch and PostgreSQL in a temp dir, for one benchmark run. */
export async function startBenchStores(prefix: string): Promise<BenchStores> {
  const geo = loadGeoData();
  const dataDir = await mkdtemp(join(tmpdir(), `sek-${prefix}`));
  const meili = await startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meili') });
  const postgres = await startEmbeddedPostgres({ dataDir });
  const admin = createMeiliClient({ url: meili.url, apiKey: meili.masterKey, timeoutMs: 60_000 });
  return {
    geo, meili, postgres, admin, names: indexNames(prefix), prefix, dataDir,
    async stop() {
      await meili.stop();
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The service in its own process, as in production, on the bench's PostgreSQL and Meilisearch. */
export function startBenchService(stores: BenchStores, env: Record<string, string> = {}): Promise<SekProcess> {
  return startSek({
    DATABASE_URL: stores.postgres.url, MEILI_URL: stores.meili.url, MEILI_MASTER_KEY: stores.meili.masterKey,
    SEK_INDEX_PREFIX: stores.prefix, SEK_LOAD_DEMO_DATA: 'never', SEK_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
    SEK_IMPORT_MAX_BYTES: String(10 * 1024 ** 3), SEK_ADMIN_RATE_LIMIT_PER_MINUTE: '10000', LOG_LEVEL: 'warn', ...env,
  });
}

/** Sends `file` to the service's admin import (streamed), and resolves with its report. */
export async function importThroughService(service: SekProcess, file: string): Promise<ImportReport> {
  const upload = request(`${service.url}/v1/admin/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson', 'Content-Length': String(statSync(file).size) },
  });
  const answered = once(upload, 'response');
  await pipeline(createReadStream(file), upload);
  const [response] = (await answered) as [import('node:http').IncomingMessage];
  let text = '';
  for await (const chunk of response) text += chunk;
  if (response.statusCode !== 200) throw new Error(`import answered ${response.statusCode}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as ImportReport;
}

/** Resolves once the search index has caught up with the database (the service's `/readyz` says so). */
export async function projectionCaughtUp(service: SekProcess): Promise<void> {
  for (;;) {
    const ready = (await (await fetch(`${service.url}/readyz`)).json()) as { projection?: { pending: number } };
    if (ready.projection?.pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The service's peak resident memory so far (VmHWM), in MB. */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Writes `count` generated national offers as NDJSON to `file`; `onOffer` sees each one. */
export async function writeNationalOffers(geo: GeoData, count: number, file: string, onOffer?: (offer: Offer) => void): Promise<void> {
  const out = createWriteStream(file);
  for (const offer of generateNationalOffers(geo, count)) {
    onOffer?.(offer);
    if (!out.write(`${JSON.stringify(offer)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
