/**
 * `pnpm bench`: 100,000 generated offers; the import through the service (PostgreSQL, then the
 * projection until searchable) timed next to raw Meilisearch indexing of the same documents; a
 * rebuild of the index from PostgreSQL timed; the service's peak memory; then the same queries
 * through `/v1/search` and directly against Meilisearch (the exact multi-search the service sends),
 * in one run. Prints p50/p95 latency and throughput for both and their ratio. Loopback only.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom } from '../../service/src/demo-data/generate-demo-offers.js';
import { BENCH_ADMIN_TOKEN, importThroughService, peakRssMb, projectionCaughtUp, startBenchService, startBenchStores, writeNationalOffers } from './bench-stack.js';
import { LOCATION_INDEX_SETTINGS, OFFER_RECORD_INDEX_SETTINGS } from '../../service/src/meili/index-settings.js';
import { ensureSearchKey } from '../../service/src/meili/meili-clients.js';
import { waitForTasks } from '../../service/src/meili/wait-for-tasks.js';
import { toOfferLocationDocuments, toOfferRecordDocument } from '../../service/src/search-index/offer-documents.js';
import { planSearch } from '../../service/src/search/search-offers.js';
import { toMultiSearch } from '../../service/src/search-index/search-index.js';
import { latencyStats, runPool, type LatencyStats } from './percentiles.js';
import { SearchQuery, THEME_SLUGS } from '@sek/contract';

const { values } = parseArgs({
  // `pnpm bench -- --offers 20000` passes the `--` along; both spellings work.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    offers: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
  },
});
const OFFER_COUNT = Number(values.offers);
const QUERY_COUNT = Number(values.queries);
const CONCURRENCY = Number(values.concurrency);
/** Documents per raw addDocuments call. */
const BATCH = 10_000;

const bench = await startBenchStores('bench_');
const { geo, meili, admin, names } = bench;
try {
  console.log(`Generating ${OFFER_COUNT.toLocaleString('en')} offers across the Netherlands…`);
  const file = join(bench.dataDir, 'offers.ndjson');
  const rawLocations: object[] = [];
  const rawRecords: object[] = [];
  await writeNationalOffers(geo, OFFER_COUNT, file, (offer) => {
    rawLocations.push(...toOfferLocationDocuments(offer));
    rawRecords.push(toOfferRecordDocument(offer));
  });

  // Raw Meilisearch indexing of the same documents (both indexes): the floor any import can reach.
  const rawIndexes = [['bench_raw_locations', LOCATION_INDEX_SETTINGS, rawLocations], ['bench_raw_offers', OFFER_RECORD_INDEX_SETTINGS, rawRecords]] as const;
  for (const [uid, settings] of rawIndexes) {
    await waitForTasks(admin, [(await admin.createIndex(uid, { primaryKey: 'id' })).taskUid]);
    await waitForTasks(admin, [(await admin.index(uid).updateSettings(settings)).taskUid]);
  }
  const rawStart = performance.now();
  const rawTasks: number[] = [];
  for (const [uid, , documents] of rawIndexes) {
    for (let i = 0; i < documents.length; i += BATCH) rawTasks.push((await admin.index(uid).addDocuments(documents.slice(i, i + BATCH) as Record<string, unknown>[])).taskUid);
  }
  await waitForTasks(admin, rawTasks);
  const rawSeconds = (performance.now() - rawStart) / 1000;
  for (const [uid] of rawIndexes) await waitForTasks(admin, [(await admin.deleteIndex(uid)).taskUid]);
  rawLocations.length = 0;
  rawRecords.length = 0;

  // The service in its own process, as in production; the real import path: the file streamed to
  // the admin API, validated, committed to PostgreSQL in one transaction, then projected until searchable.
  const service = await startBenchService(bench);
  const serviceUrl = service.url;
  const rssBefore = await peakRssMb(service.process.pid!);
  const importStart = performance.now();
  const report = await importThroughService(service, file);
  const committedSeconds = (performance.now() - importStart) / 1000;
  await projectionCaughtUp(service);
  const importSeconds = (performance.now() - importStart) / 1000;
  const rssAfter = await peakRssMb(service.process.pid!);
  if (report.status !== 'applied' || report.rejected > 0) throw new Error(`benchmark import failed: ${JSON.stringify(report).slice(0, 500)}`);
  const reindexStart = performance.now();
  const reindexed = await fetch(`${serviceUrl}/v1/admin/reindex`, { method: 'POST', headers: { Authorization: `Bearer ${BENCH_ADMIN_TOKEN}` } });
  if (reindexed.status !== 200) throw new Error(`reindex answered ${reindexed.status}`);
  const reindexSeconds = (performance.now() - reindexStart) / 1000;
  console.log(`\n| indexing ${OFFER_COUNT.toLocaleString('en')} offers | seconds | offers/s |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| raw Meilisearch addDocuments | ${rawSeconds.toFixed(1)} | ${Math.round(OFFER_COUNT / rawSeconds)} |`);
  console.log(`| SEK import: committed to PostgreSQL | ${committedSeconds.toFixed(1)} | ${Math.round(OFFER_COUNT / committedSeconds)} |`);
  console.log(`| SEK import: until searchable | ${importSeconds.toFixed(1)} | ${Math.round(OFFER_COUNT / importSeconds)} |`);
  console.log(`| rebuild from PostgreSQL (pnpm sek reindex) | ${reindexSeconds.toFixed(1)} | ${Math.round(OFFER_COUNT / reindexSeconds)} |`);
  console.log(`\nimport until searchable / raw: ${(importSeconds / rawSeconds).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`service peak RSS: ${rssBefore.toFixed(0)} MB before the import, ${rssAfter.toFixed(0)} MB after it (VmHWM)`);

  const searchKey = await ensureSearchKey(admin, [names.offers, names.locations, names.places]);

  // Realistic mix: a postcode, sometimes a theme, free, evening, or a word; radius 5 or 10 km.
  const random = createRandom(42);
  const postcodes = [...geo.postcodes.keys()];
  const words = ['taal', 'computer', 'digid', 'schulden', 'formulieren', 'werk', 'opvoeden', 'koffie'];
  const queries = Array.from({ length: QUERY_COUNT }, () => {
    const params = new URLSearchParams({ near: random.pick(postcodes), radiusKm: random.chance(0.7) ? '5' : '10' });
    if (random.chance(0.5)) params.set('themes', random.pick(THEME_SLUGS));
    if (random.chance(0.3)) params.set('free', 'true');
    if (random.chance(0.2)) params.set('dayParts', 'avond');
    if (random.chance(0.3)) params.set('q', random.pick(words));
    return params;
  });
  // The direct path sends exactly the multi-search body the service would send.
  const directBodies = await Promise.all(queries.map(async (params) => {
    const query = SearchQuery.parse(Object.fromEntries(params));
    const { plan } = await planSearch({ geo }, query);
    const multi = toMultiSearch(plan, names);
    return JSON.stringify({ queries: multi });
  }));
  const directHeaders = { Authorization: `Bearer ${searchKey}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' };

  const serverTimings: { meili: number; app: number }[] = [];
  const viaService = async (i: number) => {
    const response = await fetch(`${serviceUrl}/v1/search?${queries[i]}`, { headers: { 'Accept-Encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`service answered ${response.status}`);
    await response.arrayBuffer();
    const timing = /meili;dur=([\d.]+), app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
    if (timing) serverTimings.push({ meili: Number(timing[1]), app: Number(timing[2]) });
  };
  const direct = async (i: number) => {
    const response = await fetch(`${meili.url}/multi-search`, { method: 'POST', headers: directHeaders, body: directBodies[i] });
    if (response.status !== 200) throw new Error(`meilisearch answered ${response.status}`);
    await response.arrayBuffer();
  };

  const indices = queries.map((_, i) => i);
  // Warm both paths (JIT, Meilisearch caches), then measure alternately so drift hits both alike.
  await runPool(indices.slice(0, 200), 4, viaService);
  await runPool(indices.slice(0, 200), 4, direct);
  const results: Record<string, { latency: LatencyStats; rps: number }> = {};
  for (const [name, task] of [['direct', direct], ['service', viaService]] as const) {
    serverTimings.length = 0;
    const sequential = await runPool(indices, 1, task);
    if (name === 'service') {
      const meiliCall = latencyStats(serverTimings.map((t) => t.meili)).p50;
      const inService = latencyStats(serverTimings.map((t) => t.app - t.meili)).p50;
      console.log(`service p50 breakdown (sequential): Meilisearch call ${meiliCall.toFixed(2)} ms, SEK's own work ${inService.toFixed(2)} ms, the rest is the extra HTTP hop`);
    }
    const parallel = await runPool(indices, CONCURRENCY, task);
    results[name] = { latency: latencyStats(sequential.latencies), rps: indices.length / parallel.seconds };
  }

  const d = results.direct!;
  const s = results.service!;
  const row = (name: string, r: { latency: LatencyStats; rps: number }) =>
    `| ${name.padEnd(22)} | ${r.latency.p50.toFixed(2).padStart(8)} | ${r.latency.p95.toFixed(2).padStart(8)} | ${r.latency.p99.toFixed(2).padStart(8)} | ${r.rps.toFixed(0).padStart(10)} |`;
  console.log(`\n${QUERY_COUNT} queries; latency sequential (ms), throughput at concurrency ${CONCURRENCY} (req/s)\n`);
  console.log('| path                   |      p50 |      p95 |      p99 |      req/s |');
  console.log('| ---------------------- | -------: | -------: | -------: | ---------: |');
  console.log(row('Meilisearch direct', d));
  console.log(row('SEK /v1/search', s));
  console.log(`\nservice p50 − direct p50: ${(s.latency.p50 - d.latency.p50).toFixed(2)} ms (target ≤ 1.5 ms)`);
  console.log(`service throughput / direct: ${((s.rps / d.rps) * 100).toFixed(0)} % (target ≥ 80 %)`);
  await service.stop();
} finally {
  await bench.stop();
}
