/**
 * `pnpm bench`: 100,000 generated offers; the import through the service (PostgreSQL, then the
 * projection until searchable) timed next to raw Meilisearch indexing of the same documents; a
 * rebuild of the index from PostgreSQL timed; the service's peak memory; then the same queries
 * through `/v1/search` and directly against Meilisearch (the exact multi-search the service sends),
 * in one run (cold: every query distinct). Then a realistic mix (page loads of a demo kaart and
 * residents' searches drawn by Zipf, `resident-mix.ts`) through the service with its answer cache
 * against Meilisearch direct on the same sequence; the size of a 20-result answer, raw and gzip; the
 * widget's time to first results in Chromium. Ends with one machine-readable `BENCH …` line.
 * Loopback only.
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
import { request as httpRequest } from 'node:http';
import { Agent, request as undiciRequest } from 'undici';
import { gzipSync } from 'node:zlib';
import { connectDatabase } from '../../service/src/database/connect-database.js';
import { bumpSearchVersion } from '../../service/src/search-cache/search-version.js';
import { firstResultsMs } from './first-results.js';
import { PAGE_LOAD_SHARE as PAGE_LOADS, residentMix } from './resident-mix.js';

const { values } = parseArgs({
  // `pnpm bench -- --offers 20000` passes the `--` along; both spellings work.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    offers: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '2000' },
    mix: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '8' },
  },
});
const OFFER_COUNT = Number(values.offers);
const QUERY_COUNT = Number(values.queries);
const MIX_COUNT = Number(values.mix);
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
  const drawn = Array.from({ length: QUERY_COUNT }, () => {
    const params = new URLSearchParams({ near: random.pick(postcodes), radiusKm: random.chance(0.7) ? '5' : '10' });
    if (random.chance(0.5)) params.set('themes', random.pick(THEME_SLUGS));
    if (random.chance(0.3)) params.set('free', 'true');
    if (random.chance(0.2)) params.set('dayParts', 'avond');
    if (random.chance(0.3)) params.set('q', random.pick(words));
    return params;
  });
  const database = connectDatabase(bench.postgres.url, { timeoutMs: 10_000, maxConnections: 1, log: console });
  // Empties the service's search answer cache the way a write does: the search version moves on.
  // A probe search is cached first; once the service answers it uncached, it has seen the new version.
  const probeIsCached = async () => {
    const probe = await fetch(`${serviceUrl}/v1/search?region=GM0512`, { headers: { 'Accept-Encoding': 'identity' } });
    await probe.arrayBuffer();
    return /cache;desc=hit/.test(probe.headers.get('server-timing') ?? '');
  };
  const emptyServiceCache = async () => {
    await probeIsCached();
    await bumpSearchVersion(database.db);
    while (await probeIsCached()) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  // Cold means distinct: every query is a miss for the service's answer cache.
  const queries = [...new Map(drawn.map((params) => [String(params), params])).values()];
  // The direct path sends exactly the multi-search body the service would send.
  const directBodies = await Promise.all(queries.map(async (params) => {
    const query = SearchQuery.parse(Object.fromEntries(params));
    const { plan } = await planSearch({ geo }, query);
    const multi = toMultiSearch(plan, names);
    return JSON.stringify({ queries: multi });
  }));
  const directHeaders = { Authorization: `Bearer ${searchKey}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' };
  /**
   * The load generator: undici's `request` on keep-alive connections, for both paths alike. It
   * costs a fraction of `fetch`'s CPU, which on two cores is CPU taken from the system measured.
   * Resolves with the status and the Server-Timing header once the whole body is read.
   */
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 16 });
  const send = async (url: string, init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {}) => {
    const response = await undiciRequest(url, { method: init.method ?? 'GET', headers: init.headers ?? { 'Accept-Encoding': 'identity' }, body: init.body, dispatcher: agent });
    await response.body.arrayBuffer();
    return { status: response.statusCode, timing: String(response.headers['server-timing'] ?? '') };
  };

  const serverTimings: { meili: number; app: number }[] = [];
  const viaService = async (i: number) => {
    const response = await send(`${serviceUrl}/v1/search?${queries[i]}`);
    if (response.status !== 200) throw new Error(`service answered ${response.status}`);
    const timing = /meili;dur=([\d.]+), app;dur=([\d.]+)/.exec(response.timing);
    if (timing) serverTimings.push({ meili: Number(timing[1]), app: Number(timing[2]) });
  };
  const direct = async (i: number) => {
    const response = await send(`${meili.url}/multi-search`, { method: 'POST', headers: directHeaders, body: directBodies[i] });
    if (response.status !== 200) throw new Error(`meilisearch answered ${response.status}`);
  };

  const indices = queries.map((_, i) => i);
  // Warm both paths (JIT, Meilisearch caches), then measure alternately so drift hits both alike.
  await runPool(indices.slice(0, 200), 4, viaService);
  await runPool(indices.slice(0, 200), 4, direct);
  const results: Record<string, { latency: LatencyStats; rps: number }> = {};
  for (const [name, task] of [['direct', direct], ['service', viaService]] as const) {
    serverTimings.length = 0;
    if (name === 'service') await emptyServiceCache();
    const sequential = await runPool(indices, 1, task);
    if (name === 'service') {
      const meiliCall = latencyStats(serverTimings.map((t) => t.meili)).p50;
      const inService = latencyStats(serverTimings.map((t) => t.app - t.meili)).p50;
      console.log(`service p50 breakdown (sequential): Meilisearch call ${meiliCall.toFixed(2)} ms, SEK's own work ${inService.toFixed(2)} ms, the rest is the extra HTTP hop`);
    }
    if (name === 'service') await emptyServiceCache();
    const parallel = await runPool(indices, CONCURRENCY, task);
    results[name] = { latency: latencyStats(sequential.latencies), rps: indices.length / parallel.seconds };
  }

  const d = results.direct!;
  const s = results.service!;
  const row = (name: string, r: { latency: LatencyStats; rps: number }) =>
    `| ${name.padEnd(22)} | ${r.latency.p50.toFixed(2).padStart(8)} | ${r.latency.p95.toFixed(2).padStart(8)} | ${r.latency.p99.toFixed(2).padStart(8)} | ${r.rps.toFixed(0).padStart(10)} |`;
  const table = (title: string, rows: [string, { latency: LatencyStats; rps: number }][]) => {
    console.log(`\n${title}; latency sequential (ms), throughput at concurrency ${CONCURRENCY} (req/s)\n`);
    console.log('| path                   |      p50 |      p95 |      p99 |      req/s |');
    console.log('| ---------------------- | -------: | -------: | -------: | ---------: |');
    for (const [name, r] of rows) console.log(row(name, r));
  };
  table(`cold: ${queries.length} distinct queries`, [['Meilisearch direct', d], ['SEK /v1/search', s]]);
  const coldOverhead = s.latency.p50 - d.latency.p50;
  console.log(`\nservice p50 − direct p50: ${coldOverhead.toFixed(2)} ms (target ≤ 1.0 ms)`);
  console.log(`service throughput / direct: ${((s.rps / d.rps) * 100).toFixed(0)} %`);

  // The realistic mix, the same sequence both ways. The service's cache starts empty for each pass
  // (the search version is moved on, as a write would), so every first occurrence is a miss.
  const mix = residentMix(geo, MIX_COUNT);
  const mixBodies = await Promise.all(mix.map(async (params) => {
    const { plan } = await planSearch({ geo }, SearchQuery.parse(Object.fromEntries(params)));
    return JSON.stringify({ queries: toMultiSearch(plan, names) });
  }));
  const distinct = new Set(mix.map(String)).size;
  let hits = 0;
  const mixViaService = async (i: number) => {
    const response = await send(`${serviceUrl}/v1/search?${mix[i]}`);
    if (response.status !== 200) throw new Error(`service answered ${response.status}`);
    if (/cache;desc=hit/.test(response.timing)) hits++;
  };
  const mixDirect = async (i: number) => {
    const response = await send(`${meili.url}/multi-search`, { method: 'POST', headers: directHeaders, body: mixBodies[i] });
    if (response.status !== 200) throw new Error(`meilisearch answered ${response.status}`);
  };
  const mixIndices = mix.map((_, i) => i);
  const mixResults: Record<string, { latency: LatencyStats; rps: number }> = {};
  for (const [name, task] of [['direct', mixDirect], ['service', mixViaService]] as const) {
    if (name === 'service') await emptyServiceCache();
    const sequential = await runPool(mixIndices, 1, task);
    if (name === 'service') await emptyServiceCache();
    hits = 0;
    const parallel = await runPool(mixIndices, CONCURRENCY, task);
    mixResults[name] = { latency: latencyStats(sequential.latencies), rps: mixIndices.length / parallel.seconds };
  }
  await database.close();
  const md = mixResults.direct!;
  const ms = mixResults.service!;
  table(`realistic mix: ${MIX_COUNT} searches, ${distinct} distinct, ${Math.round(PAGE_LOADS * 100)} % page loads; cache hits in the parallel pass ${((hits / MIX_COUNT) * 100).toFixed(0)} %`, [['Meilisearch direct', md], ['SEK /v1/search (cache)', ms]]);
  const mixP50Ratio = ms.latency.p50 / md.latency.p50;
  const mixThroughputRatio = ms.rps / md.rps;
  console.log(`\nmix: service p50 / direct p50 ${mixP50Ratio.toFixed(2)} (target ≤ 0.5), service req/s / direct ${mixThroughputRatio.toFixed(2)} (target ≥ 2.0)`);

  // A 20-result page: a kaart's page load for the first demo region, as sent over the wire.
  const pagePath = `/v1/search?${mix.find((params) => params.has('region'))}`;
  const wire = (encoding: string) => new Promise<Buffer>((resolve, reject) => {
    httpRequest(`${serviceUrl}${pagePath}`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    }).on('error', reject).end();
  });
  const raw = await wire('identity');
  const gzipped = await wire('gzip');
  const results20 = (JSON.parse(raw.toString('utf8')) as { results: unknown[] }).results.length;
  console.log(`\nanswer of a page load (${results20} results): ${raw.length} B raw, ${gzipped.length} B gzip (as sent; level 9 would be ${gzipSync(raw, { level: 9 }).length} B)`);

  const first = await firstResultsMs(serviceUrl);
  console.log(`widget's first results (/demo/gemeente.html, fresh browser context each, Chromium): median ${first.median.toFixed(0)} ms of ${first.all.map((x) => x.toFixed(0)).join(', ')}`);

  console.log(`\nBENCH cold_overhead_ms=${coldOverhead.toFixed(2)} mix_p50_ratio=${mixP50Ratio.toFixed(3)} mix_throughput_ratio=${mixThroughputRatio.toFixed(2)} import_ratio=${(importSeconds / rawSeconds).toFixed(2)} page_gzip_bytes=${gzipped.length} first_results_ms=${first.median.toFixed(0)}`);
  await service.stop();
} finally {
  await bench.stop();
}
