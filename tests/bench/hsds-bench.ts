import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Offer } from '@sek/contract';
import { connectDatabase } from '../../service/src/database/connect-database.js';
import { DatabaseOfferSink } from '../../service/src/database/database-offer-sink.js';
import { startEmbeddedPostgres } from '../../service/src/database/embedded-postgres.js';
import { migrateToLatest } from '../../service/src/database/migrations.js';
import { OfferStore } from '../../service/src/database/offer-store.js';
import { generateNationalOffers } from '../../service/src/demo-data/generate-demo-offers.js';
import { exportChunks } from '../../service/src/export/export-offers.js';
import { loadGeoData } from '../../service/src/geo/geo-data.js';
import { HsdsApi } from '../../service/src/hsds/hsds-api.js';
import { hsdsId } from '../../service/src/hsds/hsds-ids.js';
import { HsdsServicesQuery, HsdsServiceAtLocationsQuery, HsdsOrganizationsQuery } from '../../service/src/hsds/hsds-query.js';
import { sekTerm } from '../../service/src/hsds/hsds-taxonomy.js';
import { importOffers } from '../../service/src/import/import-offers.js';
import { createLogger } from '../../service/src/log.js';
import { latencyStats } from './percentiles.js';

/**
 * HSDS 3.0 at 100,000 offers (`pnpm bench:hsds`): the `/hsds/` API's queries against a real
 * embedded PostgreSQL (p50/p95 in ms, 30 runs each), and the HSDS export imported into an empty
 * database against the same offers as NDJSON (seconds, and the ratio; 20,000 offers).
 */
const COUNT = Number(process.env.BENCH_OFFERS ?? 100_000);
const RUNS = 30;
/** Offers in the import comparison: an HSDS file of 100,000 offers (≈ 900 MB) is more than one JS string holds. */
const IMPORT_COUNT = Math.min(COUNT, 20_000);

const dataDir = await mkdtemp(join(tmpdir(), 'sek-hsds-bench-'));
const postgres = await startEmbeddedPostgres({ dataDir });
const log = createLogger('silent');
const admin = connectDatabase(postgres.url, { timeoutMs: 120_000, log, maxConnections: 1 });
const open = async (name: string) => {
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const database = connectDatabase(postgres.url.replace(/\/[^/]*$/, `/${name}`), { timeoutMs: 600_000, log });
  await migrateToLatest(database.db);
  return database;
};
const geo = loadGeoData();
const offers: Offer[] = [...generateNationalOffers(geo, COUNT)];
const source = await open('bench_source');
try {
  const store = new OfferStore(source.db);
  const sink = new DatabaseOfferSink(store, { by: 'bench' });
  for (let i = 0; i < offers.length; i += 2000) await sink.write(offers.slice(i, i + 2000));
  await sink.finish();
  await sql`analyze offers`.execute(source.db);

  const api = new HsdsApi(source.db, geo);
  const taal = sekTerm('sek-theme', 'taal').id;
  const provider = hsdsId('organization', offers[0]!.provider.id);
  const cases: [string, () => Promise<{ total_items?: number } | unknown>][] = [
    ['services, page 1 (50)', () => api.services(HsdsServicesQuery.parse({}))],
    ['services, page 1000 (50)', () => api.services(HsdsServicesQuery.parse({ page: '1000' }))],
    ['services, full=true page 1 (50)', () => api.services(HsdsServicesQuery.parse({ full: 'true' }))],
    ['services, theme taal', () => api.services(HsdsServicesQuery.parse({ taxonomy_term_id: taal }))],
    ['services, theme taal + postcode 4201 + 5 km', () => api.services(HsdsServicesQuery.parse({ taxonomy_term_id: taal, postcode: '4201', proximity: '5000' }))],
    ['services, search "taalcafé"', () => api.services(HsdsServicesQuery.parse({ search: 'taalcafé' }))],
    ['services, organization_id', () => api.services(HsdsServicesQuery.parse({ organization_id: provider }))],
    ['service by id', () => api.service(hsdsId('service', offers[COUNT >> 1]!.id))],
    ['service_at_locations, page 1', () => api.serviceAtLocations(HsdsServiceAtLocationsQuery.parse({}))],
    ['organizations, page 1', () => api.organizations(HsdsOrganizationsQuery.parse({}))],
  ];
  for (const [name, run] of cases) {
    const samples: number[] = [];
    let total: number | undefined;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      total = ((await run()) as { total_items?: number }).total_items;
      samples.push(performance.now() - t);
    }
    const stats = latencyStats(samples.slice(3));
    console.log(`${name.padEnd(46)} ${total === undefined ? '      ' : String(total).padStart(6)}  p50 ${stats.p50.toFixed(1).padStart(7)} ms  p95 ${stats.p95.toFixed(1).padStart(7)} ms`);
  }

  const text = async (format: 'hsds' | 'ndjson') => {
    const started = performance.now();
    const chunks: string[] = [];
    for await (const chunk of exportChunks(Readable.from(offers.slice(0, IMPORT_COUNT)), format)) chunks.push(chunk);
    const body = chunks.join('');
    console.log(`export ${format.padEnd(6)} ${(body.length / 1024 / 1024).toFixed(0).padStart(4)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return body;
  };
  const seconds: Record<string, number> = {};
  for (const format of ['ndjson', 'hsds'] as const) {
    const body = await text(format);
    const target = await open(`bench_${format}`);
    const started = performance.now();
    const report = await importOffers(new DatabaseOfferSink(new OfferStore(target.db), { by: 'bench' }), geo, Readable.from([Buffer.from(body)]), { name: `x.${format === 'hsds' ? 'json' : 'ndjson'}`, format });
    seconds[format] = (performance.now() - started) / 1000;
    console.log(`import ${format.padEnd(6)} ${report.created} created, ${report.rejected} rejected in ${seconds[format]!.toFixed(1)} s`);
    await target.close();
  }
  console.log(`HSDS import / NDJSON import = ${(seconds.hsds! / seconds.ndjson!).toFixed(2)}`);
} finally {
  await source.close();
  await admin.close();
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}
