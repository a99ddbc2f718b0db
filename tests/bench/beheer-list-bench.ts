import { sql } from 'kysely';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminOfferQuery, Offer } from '@sek/contract';
import { AdminOfferQuery as AdminOfferQuerySchema } from '@sek/contract';
import { principalOf, type Principal } from '../../service/src/accounts/principal.js';
import { listKeepableOffers } from '../../service/src/beheer/offer-list.js';
import { connectDatabase } from '../../service/src/database/connect-database.js';
import { DatabaseOfferSink } from '../../service/src/database/database-offer-sink.js';
import { startEmbeddedPostgres } from '../../service/src/database/embedded-postgres.js';
import { migrateToLatest } from '../../service/src/database/migrations.js';
import { OfferStore } from '../../service/src/database/offer-store.js';
import { generateNationalOffers } from '../../service/src/demo-data/generate-demo-offers.js';
import { loadGeoData } from '../../service/src/geo/geo-data.js';
import { createLogger } from '../../service/src/log.js';
import { latencyStats } from './percentiles.js';

/**
 * The management list at 100,000 offers (`pnpm bench:beheer`): the queries a coordinator's
 * "Aanbod" screen sends, each run 30 times against a real embedded PostgreSQL, p50/p95 in ms.
 */
const COUNT = Number(process.env.BENCH_OFFERS ?? 100_000);
const RUNS = 30;

const dataDir = await mkdtemp(join(tmpdir(), 'sek-beheer-bench-'));
const postgres = await startEmbeddedPostgres({ dataDir });
const database = connectDatabase(postgres.url, { timeoutMs: 120_000, log: createLogger('silent') });
try {
  await migrateToLatest(database.db);
  const store = new OfferStore(database.db);
  const geo = loadGeoData();
  const started = performance.now();
  const sink = new DatabaseOfferSink(store, { by: 'bench' });
  let batch: Offer[] = [];
  for (const offer of generateNationalOffers(geo, COUNT)) {
    batch.push(offer);
    if (batch.length === 2000) {
      await sink.write(batch);
      batch = [];
    }
  }
  await sink.write(batch);
  await sink.finish();
  await sql`analyze offers`.execute(database.db);
  console.log(`${COUNT} offers written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const beheerder: Principal = principalOf({ id: 'b', email: 'b@x', name: 'B', role: 'beheerder', gemeenten: [], organizationId: null, trusted: false }, 'session');
  const rivierenland: Principal = principalOf({ id: 'c', email: 'c@x', name: 'C', role: 'coordinator', gemeenten: ['GM0512', 'GM1978', 'GM0263', 'GM0281', 'GM0668', 'GM1960', 'GM0297', 'GM1740'], organizationId: null, trusted: false }, 'session');
  const cases: [string, Principal, Record<string, string>][] = [
    ['beheerder, page 1', beheerder, {}],
    ['beheerder, page 400', beheerder, { page: '400' }],
    ['beheerder, words "taalcafé"', beheerder, { q: 'taalcafé' }],
    ['beheerder, theme geld + not verified since', beheerder, { theme: 'geld', notVerifiedSince: '2026-06-01' }],
    ['coordinator (8 gemeenten), page 1', rivierenland, {}],
    ['coordinator, words + theme', rivierenland, { q: 'digi', theme: 'digitaal' }],
    ['coordinator, expired', rivierenland, { expired: 'true' }],
  ];
  const now = new Date();
  for (const [name, who, params] of cases) {
    const query: AdminOfferQuery = AdminOfferQuerySchema.parse(params);
    const samples: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      total = (await listKeepableOffers(database.db, who, query, now)).total;
      samples.push(performance.now() - t);
    }
    const stats = latencyStats(samples.slice(3));
    console.log(`${name.padEnd(45)} total ${String(total).padStart(6)}  p50 ${stats.p50.toFixed(1).padStart(6)} ms  p95 ${stats.p95.toFixed(1).padStart(6)} ms`);
  }
} finally {
  await database.close();
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}
