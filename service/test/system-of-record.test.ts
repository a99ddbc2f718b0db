import { hsdsId } from '../src/hsds/hsds-ids.js';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '@sek/contract';
import { DatabaseOfferSink } from '../src/database/database-offer-sink.js';
import { Migrator } from 'kysely/migration';
import { MIGRATIONS, migrateToLatest } from '../src/database/migrations.js';
import { OfferStore } from '../src/database/offer-store.js';
import { importOffers } from '../src/import/import-offers.js';
import { createLogger } from '../src/log.js';
import { startEmbeddedMeilisearch } from '../src/meili/embedded-meilisearch.js';
import { indexNames } from '../src/meili/index-settings.js';
import { createMeiliClient } from '../src/meili/meili-clients.js';
import { preparePlacesIndex } from '../src/meili/prepare-places-index.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { Projector } from '../src/projection/projector.js';
import { reindex } from '../src/projection/reindex.js';
import { toOfferLocationDocuments } from '../src/search-index/offer-documents.js';
import { OfferIndexWriter } from '../src/search-index/offer-index-writer.js';
import { loadConfig } from '../src/config/config.js';
import { startService } from '../src/start-service.js';
import { databaseContents, indexContents, searchableContents } from './helpers/index-contents.js';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.js';
import { geo, seedOffers, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

const silent = createLogger('silent');
let demo: Offer[];
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  demo = await readDemoOffers();
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function testDatabase(options?: Parameters<typeof createTestDatabase>[0]): Promise<TestDatabase> {
  const database = await createTestDatabase(options);
  cleanups.push(() => database.drop());
  return database;
}

async function testService(offers: Offer[]): Promise<TestService> {
  const service = await startTestService(offers);
  cleanups.push(() => service.close());
  return service;
}

/** `count` distinct offers made from the demo offers (new ids), for imports bigger than the demo set. */
function manyOffers(count: number): Offer[] {
  return Array.from({ length: count }, (_, i) => ({ ...demo[i % demo.length]!, id: `veel-${String(i).padStart(5, '0')}`, source: 'groot' }));
}

const sorted = (offers: Offer[]) => offers.map(stableJson).sort();

describe('the schema', () => {
  it('is created from empty, and migrating again changes nothing', async () => {
    const { database } = await testDatabase({ migrate: false });
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(database.db)).toEqual([]);
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(database.db);
    expect(tables.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['offer_history', 'offers', 'organizations', 'projected_offers', 'projection_outbox', 'search_index_state']));
  });

  it('upgrades a database of the previous version, keeping its offers, and asks for an index rebuild', async () => {
    const { database } = await testDatabase({ migrate: false });
    const { error } = await new Migrator({ db: database.db, provider: { getMigrations: async () => MIGRATIONS } }).migrateTo('0001-system-of-record');
    expect(error).toBeUndefined();
    const store = new OfferStore(database.db);
    // Offers as that version stored them: schedules without fixed times or closed periods.
    const previous = demo.slice(0, 3).map(({ schedule: { sessions, closed, ...schedule }, ...offer }) => ({ ...offer, schedule }));
    // Written with that version's columns (today's store writes columns it did not have).
    for (const offer of previous) {
      await sql`insert into organizations (id, name) values (${offer.provider.id}, ${offer.provider.name}) on conflict do nothing`.execute(database.db);
      await sql`insert into offers (id, data, source, organization_id, status, gemeenten, has_location, last_verified)
        values (${offer.id}, ${JSON.stringify(offer)}::jsonb, ${offer.source}, ${offer.provider.id}, ${offer.status},
          ${offer.locations.map((l) => l.address.gemeenteCode)}::text[], ${offer.locations.length > 0}, ${offer.lastVerified})`.execute(database.db);
    }
    await database.db.insertInto('search_index_state').values({ name: 'offers', settings_hash: 'old', built_at: new Date() }).execute();
    expect(await migrateToLatest(database.db)).toEqual(['0002-projected-offers', '0003-structured-schedules', '0004-accounts', '0005-submissions', '0006-freshness', '0007-insight', '0008-hsds', '0009-steps', '0010-search-version']);
    expect(await databaseContents(store)).toEqual(sorted(previous.map((offer) => ({ ...offer, schedule: { ...offer.schedule, sessions: [], closed: [] } })) as Offer[]));
    expect(await database.db.selectFrom('search_index_state').selectAll().execute()).toEqual([]);
    // Their HSDS ids were filled in by the upgrade, as today's store writes them.
    const ids = await database.db.selectFrom('offers').select(['id', 'hsds_id', 'hsds_organization_id', 'hsds_location_ids']).orderBy('id').execute();
    expect(ids).toEqual([...previous].sort((a, b) => (a.id < b.id ? -1 : 1)).map((offer) => ({
      id: offer.id,
      hsds_id: hsdsId('service', offer.id),
      hsds_organization_id: hsdsId('organization', offer.provider.id),
      hsds_location_ids: offer.locations.map((l) => hsdsId('service_at_location', offer.id, l.id)),
    })));
  });

  it('keeps an append-only history of every change, with who, before and after', async () => {
    const { database } = await testDatabase();
    const store = new OfferStore(database.db);
    const offer = demo[0]!;
    await seedOffers(store, [offer]);
    const changed = { ...offer, title: `${offer.title} (nieuw)` };
    await seedOffers(store, [changed]);
    await database.db.transaction().execute((trx) => store.remove(trx, [offer.id], { by: 'test', reason: 'stopt' }));
    const history = await database.db.selectFrom('offer_history').selectAll().where('offer_id', '=', offer.id).orderBy('id').execute();
    expect(history.map((row) => [row.version, row.action, row.changed_by])).toEqual([[1, 'create', 'test'], [2, 'update', 'test'], [3, 'delete', 'test']]);
    expect(history[1]!.before).toEqual(offer);
    expect(history[1]!.after).toEqual(changed);
    expect(history[2]!.reason).toBe('stopt');
    await expect(sql`update offer_history set reason = 'anders'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from offer_history`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});

describe('the search projection', () => {
  it('an offer that is not published (a draft) never reaches the search index or the export', async () => {
    const service = await testService(demo.slice(0, 5));
    const draft = demo[1]!;
    await service.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('offers').set({ publication: 'draft' }).where('id', '=', draft.id).execute();
      await trx.insertInto('projection_outbox').values({ offer_id: draft.id }).execute();
    });
    const contents = await searchableContents(service);
    expect(contents.offers.map((o) => JSON.parse(o).id)).not.toContain(draft.id);
    expect((await service.get(`/v1/offers/${draft.id}`)).status).toBe(404);
    const exported = (await service.get('/v1/export')).body as string;
    expect(exported).not.toContain(`"id":"${draft.id}"`);
    expect(exported.trim().split('\n')).toHaveLength(4);
  });

  it('writes made while Meilisearch is down succeed, and become searchable when it is back, without a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sek-projection-'));
    let meili = await startEmbeddedMeilisearch({ dataDir });
    const client = () => createMeiliClient({ url: meili.url, apiKey: meili.masterKey, timeoutMs: 2000 });
    const { database } = await testDatabase();
    const store = new OfferStore(database.db);
    const names = indexNames('down_');
    await reindex(database, client(), names, silent);
    const projector = new Projector({ database, store, openWriter: () => new OfferIndexWriter(client(), names), log: silent, pollMs: 100 });
    projector.start();
    try {
      const lines = demo.map((offer) => `${JSON.stringify(offer)}\n`);
      // The file arrives in two halves; between them, Meilisearch is killed.
      async function* halves() {
        yield* lines.slice(0, 300);
        meili.process.kill('SIGKILL');
        await meili.exited;
        yield* lines.slice(300);
      }
      const projectionFailed = new Promise((resolve) => projector.once('failed', resolve));
      const report = await importOffers(new DatabaseOfferSink(store, { by: 'test' }), geo(), Readable.from(halves()), { name: 'x.ndjson', batchSize: 100 });
      expect(report).toMatchObject({ status: 'applied', created: demo.length, rejected: 0, notApplied: 0 });
      expect(await databaseContents(store)).toEqual(sorted(demo));
      await projectionFailed;
      expect((await projector.lag()).pending).toBe(demo.length);

      meili = await startEmbeddedMeilisearch({ dataDir, port: Number(new URL(meili.url).port), masterKey: meili.masterKey });
      await projector.whenIdle();
      expect((await indexContents(client(), names)).offers).toEqual(sorted(demo));
    } finally {
      await projector.stop();
      await meili.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('two projectors at once apply each change exactly once, and the index ends equal to the database', async () => {
    const service = await testService([]);
    await service.projector.stop();
    const projectors = [0, 1].map(() => new Projector({
      database: service.database, store: service.store, openWriter: () => new OfferIndexWriter(service.meili.admin, service.meili.names), log: silent, batchSize: 50, pollMs: 50,
    }));
    let applied = 0;
    const byProjector = [0, 0];
    projectors.forEach((projector, i) => projector.on('applied', (n) => {
      applied += n;
      byProjector[i]! += n;
    }));
    for (const projector of projectors) projector.start();
    const offers = manyOffers(1500);
    // Ten writers, each its own transaction, some changing offers another one wrote.
    await Promise.all(Array.from({ length: 10 }, async (_, w) => {
      const part = offers.slice(w * 150, (w + 1) * 150);
      await seedOffers(service.store, part);
      await seedOffers(service.store, part.slice(0, 20).map((offer) => ({ ...offer, title: `${offer.title} ${w}` })));
    }));
    await Promise.all(projectors.map((projector) => projector.whenIdle()));
    const written = await service.database.db.selectFrom('offer_history').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(applied).toBe(Number(written.n));
    expect(applied).toBe(1700);
    for (const projector of projectors) await projector.stop();
    service.projector.start();
    expect((await searchableContents(service)).offers).toHaveLength(1500);
  });

  it('a rebuild during searches never answers with fewer results', async () => {
    const service = await testService(demo);
    const query = '/v1/search?near=4201&radiusKm=10&limit=1';
    const expected = (await service.get(query)).body.total as number;
    expect(expected).toBeGreaterThan(20);
    let rebuilding = true;
    const totals: number[] = [];
    const searching = (async () => {
      while (rebuilding) totals.push((await service.get(query)).body.total);
    })();
    try {
      for (let i = 0; i < 2; i++) expect(await service.deps.projection.rebuild()).toBe(demo.length);
    } finally {
      rebuilding = false;
      await searching;
    }
    expect(totals.length).toBeGreaterThan(5);
    expect(new Set(totals)).toEqual(new Set([expected]));
    expect((await searchableContents(service)).offers).toEqual(sorted(demo));
  });

  it('POST /v1/admin/reindex rebuilds from the database and swaps the new index in', async () => {
    const service = await testService(demo.slice(0, 10));
    // Someone emptied the index by hand: the database still knows every offer.
    await service.meili.admin.index(service.meili.names.offers).deleteAllDocuments().waitTask();
    await service.meili.admin.index(service.meili.names.locations).deleteAllDocuments().waitTask();
    const response = await service.get('/v1/admin/reindex', { method: 'POST', headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    expect(response).toMatchObject({ status: 200, body: { offers: 10 } });
    expect((await searchableContents(service)).offers).toEqual(sorted(demo.slice(0, 10)));
    expect((await service.get('/v1/admin/reindex', { method: 'POST' })).status).toBe(401);
  });
});

describe('an import is one transaction', () => {
  it('when the service is killed mid-import, nothing of it is kept, and running it again gives exactly the full set', async () => {
    const database = await testDatabase({ migrate: false });
    const meiliUrl = inject('meiliUrl');
    const offers = manyOffers(3000);
    const env = {
      PATH: process.env.PATH ?? '', PORT: '0', DATABASE_URL: database.url, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: inject('meiliKey'),
      SEK_INDEX_PREFIX: 'killed_', SEK_LOAD_DEMO_DATA: 'never', SEK_ADMIN_TOKEN: TEST_ADMIN_TOKEN, SEK_DATA_DIR: join(tmpdir(), 'sek-unused'),
    };
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    cleanups.push(async () => {
      child.kill('SIGKILL');
      await exited;
    });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open (http:\/\/[\d.:]+)\/demo\//.exec(output);
        if (match) resolve(match[1]!);
      });
      void exited.then(() => reject(new Error(`SEK stopped: ${output}`)));
    });

    // The upload sends half the offers, then waits; the service writes a batch inside its open transaction.
    const lines = offers.map((offer) => `${JSON.stringify(offer)}\n`);
    const firstHalf = Buffer.from(lines.slice(0, 1500).join(''));
    const whole = Buffer.byteLength(lines.join(''));
    const upload = request(`${url}/v1/admin/import?source=groot`, {
      method: 'POST', headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson', 'Content-Length': String(whole) },
    });
    const uploadEnded = new Promise((resolve) => {
      upload.once('error', resolve);
      upload.once('response', resolve);
    });
    upload.write(firstHalf);
    const openImport = sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and state = 'idle in transaction'`;
    for (;;) {
      if (Number((await openImport.execute(database.database.db)).rows[0]!.n) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(await uploadEnded).toBeInstanceOf(Error);
    // PostgreSQL rolled the open transaction back when the connection died.
    for (;;) {
      if (Number((await openImport.execute(database.database.db)).rows[0]!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const store = new OfferStore(database.database.db);
    expect(await store.count()).toBe(0);

    const again = await importOffers(new DatabaseOfferSink(store, { by: 'test' }), geo(), Readable.from(lines), { name: 'x.ndjson', source: 'groot', replace: true });
    expect(again).toMatchObject({ status: 'applied', created: 3000, rejected: 0 });
    expect(await databaseContents(store)).toEqual(sorted(offers));
  });
});

describe('upgrading an installation that kept its offers only in Meilisearch', () => {
  it('copies those offers into the empty database on the first start, says so, and serves the same offers', async () => {
    const admin = createMeiliClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey'), timeoutMs: 30_000 });
    const names = indexNames('upgrade_');
    // The previous version: one `offers` index, one document per location, each carrying the whole offer.
    await preparePlacesIndex(admin, names, geo());
    await admin.createIndex(names.offers, { primaryKey: 'id' }).waitTask();
    const oldDocuments = demo.flatMap((offer) => toOfferLocationDocuments(offer).map((document) => ({ ...document, offer })));
    await admin.index(names.offers).addDocuments(oldDocuments).waitTask({ timeout: 60_000 });
    cleanups.push(async () => {
      for (const uid of [names.offers, names.locations, names.places]) await admin.deleteIndex(uid).waitTask();
    });

    const database = await testDatabase({ migrate: false });
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));
    const config = loadConfig({
      PORT: '0', DATABASE_URL: database.url, MEILI_URL: inject('meiliUrl'), MEILI_MASTER_KEY: inject('meiliKey'), SEK_INDEX_PREFIX: 'upgrade_',
    });
    const running = await startService(config, log);
    cleanups.push(() => running.close());
    expect(lines.some((line) => line.includes('copied the offers of the existing search index into the database') && line.includes(`"offers":${demo.length}`))).toBe(true);
    expect(lines.some((line) => line.includes('loaded demo offers'))).toBe(false);
    expect(await databaseContents(new OfferStore(database.database.db))).toEqual(sorted(demo));
    expect((await indexContents(admin, names)).offers).toEqual(sorted(demo));
    const exported = await (await fetch(`${running.url}/v1/export`)).text();
    expect(exported.trim().split('\n').map((line) => stableJson(JSON.parse(line))).sort()).toEqual(sorted(demo));
    expect(((await (await fetch(`${running.url}/v1/search?near=4201`)).json()) as { total: number }).total).toBeGreaterThan(10);
  });
});
