/**
 * `pnpm bench:load`: a bounded load test of `/v1/search` on loopback. 20,000 generated offers across
 * the Netherlands, the service in its own process, then mixed realistic queries at concurrency
 * 1, 4, 16 and 64 for 12 s each (48 s of load). Prints req/s, p50/p95/p99 and errors per level.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { createRandom } from '../../service/src/demo-data/generate-demo-offers.js';
import { importThroughService, projectionCaughtUp, startBenchService, startBenchStores, writeNationalOffers } from './bench-stack.js';
import { latencyStats } from './percentiles.js';
import { THEME_SLUGS } from '@sek/contract';

const { values } = parseArgs({
  // `pnpm bench:load -- --offers 20000` passes the `--` along; both spellings work.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { offers: { type: 'string', default: '20000' }, seconds: { type: 'string', default: '12' } },
});
const LEVELS = [1, 4, 16, 64];
const SECONDS_PER_LEVEL = Math.min(15, Number(values.seconds));

const bench = await startBenchStores('load_');
const { geo } = bench;
try {
  const file = join(bench.dataDir, 'offers.ndjson');
  await writeNationalOffers(geo, Number(values.offers), file);

  const sek = await startBenchService(bench);
  try {
    await importThroughService(sek, file);
    await projectionCaughtUp(sek);
    const random = createRandom(99);
    const postcodes = [...geo.postcodes.keys()];
    const places = ['Gorinchem', 'Bleskensgraaf', 'Arnhem', 'Emmen', 'Tiel', 'Vlaardingen', 'Denekamp'];
    const words = ['taal', 'computer', 'digid', 'schulden', 'formulieren', 'werk', 'koffie', 'computr'];
    const query = () => {
      const params = new URLSearchParams({ near: random.chance(0.8) ? random.pick(postcodes) : random.pick(places), radiusKm: random.pick(['2', '5', '5', '10']) });
      if (random.chance(0.5)) params.set('themes', random.pick(THEME_SLUGS));
      if (random.chance(0.3)) params.set('free', 'true');
      if (random.chance(0.2)) params.set('dayParts', 'avond');
      if (random.chance(0.3)) params.set('q', random.pick(words));
      if (random.chance(0.1)) params.set('page', '2');
      return `/v1/search?${params}`;
    };
    const pool = new Pool(sek.url, { connections: 128, pipelining: 1 });
    console.log(`\n${Number(values.offers).toLocaleString('en')} offers; ${SECONDS_PER_LEVEL} s per level, loopback\n`);
    console.log('| concurrency | requests | req/s | p50 ms | p95 ms | p99 ms | errors |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const rows: { concurrency: number; rps: number; p95: number }[] = [];
    for (const concurrency of LEVELS) {
      const latencies: number[] = [];
      let errors = 0;
      const deadline = performance.now() + SECONDS_PER_LEVEL * 1000;
      const started = performance.now();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            const response = await pool.request({ path: query(), method: 'GET' });
            await response.body.dump();
            if (response.statusCode !== 200) errors++;
          } catch {
            errors++;
          }
          latencies.push(performance.now() - t0);
        }
      }));
      const seconds = (performance.now() - started) / 1000;
      const stats = latencyStats(latencies);
      const rps = latencies.length / seconds;
      rows.push({ concurrency, rps, p95: stats.p95 });
      console.log(`| ${concurrency} | ${latencies.length} | ${rps.toFixed(0)} | ${stats.p50.toFixed(1)} | ${stats.p95.toFixed(1)} | ${stats.p99.toFixed(1)} | ${errors} |`);
    }
    await pool.close();
    const base = rows[0]!;
    const degraded = rows.find((row) => row.p95 > 2 * base.p95);
    const best = rows.reduce((a, b) => (b.rps > a.rps ? b : a));
    console.log(`\npeak throughput ${best.rps.toFixed(0)} req/s at concurrency ${best.concurrency}; ` +
      (degraded ? `p95 more than doubles (vs. concurrency 1) from concurrency ${degraded.concurrency} on` : 'p95 stays within 2× of concurrency 1 at every level'));
  } finally {
    await sek.stop();
  }
} finally {
  await bench.stop();
}
