import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNationalOffers } from '../../service/src/demo-data/generate-demo-offers.js';
import { loadGeoData, type GeoData } from '../../service/src/geo/geo-data.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../service/src/meili/embedded-meilisearch.js';
import { indexNames, type IndexNames } from '../../service/src/meili/index-settings.js';
import { createMeiliClient } from '../../service/src/meili/meili-clients.js';
import { prepareIndexes } from '../../service/src/meili/prepare-indexes.js';
import type { Offer } from '@sek/contract';

export interface BenchMeilisearch {
  geo: GeoData;
  meili: EmbeddedMeilisearch;
  admin: ReturnType<typeof createMeiliClient>;
  names: IndexNames;
  dataDir: string;
  /** Stops Meilisearch and removes its temp dir. */
  stop(): Promise<void>;
}

/** A fresh embedded Meilisearch in a temp dir, with SEK's indexes (prefixed) prepared. */
export async function startBenchMeilisearch(prefix: string): Promise<BenchMeilisearch> {
  const geo = loadGeoData();
  const dataDir = await mkdtemp(join(tmpdir(), `sek-${prefix}`));
  const meili = await startEmbeddedMeilisearch({ dataDir });
  const admin = createMeiliClient({ url: meili.url, apiKey: meili.masterKey, timeoutMs: 60_000 });
  const names = indexNames(prefix);
  await prepareIndexes(admin, names, geo);
  return {
    geo, meili, admin, names, dataDir,
    async stop() {
      await meili.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
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
