import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChunks } from '../src/export/export-offers.js';
import { rowsToOfferRecord, CSV_COLUMNS } from '../src/import/csv-offer-columns.js';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../src/meili/embedded-meilisearch.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/log.js';
import { startService, type RunningService } from '../src/start-service.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { parse } from 'csv-parse/sync';
import { connectDatabase, type Database } from '../src/database/connect-database.js';
import { OfferStore } from '../src/database/offer-store.js';
import { Projector } from '../src/projection/projector.js';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.js';
import { startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';
import { Offer } from '@sek/contract';

let demo: Offer[];
const services: TestService[] = [];
async function service(overrides: Parameters<typeof startTestService>[1] = {}, offers?: Offer[]): Promise<TestService> {
  const s = await startTestService(offers ?? demo.slice(0, 20), overrides);
  services.push(s);
  return s;
}
beforeAll(async () => {
  demo = await readDemoOffers();
});
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

describe('the rate limit holds for any spelling of a path', () => {
  it('counts /V1/SEARCH, /v1/Search/, //v1/search and %-escapes against the same public budget', async () => {
    const s = await service({ rateLimits: { perMinute: 4, adminPerMinute: 2 } });
    const spellings = ['/V1/SEARCH?near=4201', '/v1/Search/?near=4201', '//v1/search?near=4201', '/v1/%73earch?near=4201', '/V1/EXPORT'];
    const statuses = [];
    for (const path of spellings) statuses.push((await s.get(path)).status);
    expect(statuses.slice(0, 4).every((status) => status !== 429)).toBe(true);
    expect(statuses[4]).toBe(429);
    expect((await s.get('/v1/search?near=4201')).status).toBe(429);
  });

  it('holds the stricter admin budget for /V1/ADMIN/IMPORT', async () => {
    const s = await service({ rateLimits: { perMinute: 100, adminPerMinute: 2 } });
    const wrong = { method: 'POST', headers: { Authorization: 'Bearer wrong-token', 'Content-Type': 'application/json' }, body: '[]' };
    const statuses = [];
    for (const path of ['/V1/ADMIN/IMPORT', '/v1/Admin/import', '/v1/admin/import']) statuses.push((await s.get(path, wrong)).status);
    expect(statuses[2]).toBe(429);
  });

  it('routes only the canonical lower-case path', async () => {
    const s = await service();
    expect((await s.get('/V1/SEARCH?near=4201')).status).toBe(404);
    expect((await s.get('/v1/search?near=4201')).status).toBe(200);
  });
});

describe('the CSV export cannot carry formulas into a spreadsheet', () => {
  it('neutralises cells that start with = + - @, tab or CR, and an import undoes it exactly', async () => {
    const base = demo.find((o) => o.locations.length === 1)!;
    const dangerous = ['=HYPERLINK("http://evil.example","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tinspringen', '\rterug', "'=al met apostrof"];
    const offers = dangerous.map((text, i) => Offer.parse({ ...base, id: `formule-${i}`, summary: `${text} en verder een gewone uitleg.`, description: `${text} (beschrijving)` }));
    let csv = '';
    for await (const chunk of exportChunks(Readable.from(offers), 'csv')) csv += chunk;
    const rows = parse(csv, { columns: true, relax_column_count: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const column of CSV_COLUMNS) expect(row[column] ?? '', `${row.id}.${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const back = rows.map((row) => Offer.parse(rowsToOfferRecord([row])));
    expect(back).toEqual(offers);
  });
});

describe('HTTP details', () => {
  it('405 with Allow for a wrong method on a known path, 404 for an unknown path', async () => {
    const s = await service();
    const wrong = await s.get('/v1/search', { method: 'POST', body: '' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
    expect(wrong.body.error.code).toBe('method_not_allowed');
    expect((await s.get('/v1/nothing-here')).status).toBe(404);
  });

  it('HEAD on a static file answers like GET without the body', async () => {
    const s = await service({ staticDirs: { demo: new URL('../../demo/', import.meta.url).pathname } });
    const get = await fetch(`${s.baseUrl}/demo/gemeente.html`);
    const head = await fetch(`${s.baseUrl}/demo/gemeente.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
  });

  it('Vary: Origin on cacheable public answers, also when the request had no Origin', async () => {
    const s = await service({ allowedOrigins: ['https://www.gorinchem.example.nl'] });
    for (const path of ['/v1/themes', '/v1/places?q=Arkel', '/v1/regions/GM0512']) {
      const response = await s.get(path);
      expect(response.headers.get('cache-control'), path).toMatch(/public/);
      expect(response.headers.get('vary') ?? '', path).toMatch(/Origin/);
    }
  });

  it('a wrong type is named as such: page=abc and limit=1.5', async () => {
    const s = await service();
    const page = await s.get('/v1/search?near=4201&page=abc');
    expect(page.body.error.fields[0]).toMatchObject({ field: 'page', code: 'invalid_type', message: { en: expect.stringMatching(/whole number/) } });
    const limit = await s.get('/v1/search?near=4201&limit=1.5');
    expect(limit.body.error.fields[0]).toMatchObject({ field: 'limit', code: 'invalid_type', message: { en: expect.stringMatching(/whole number/) } });
  });
});

describe('when Meilisearch hangs', () => {
  let meili: EmbeddedMeilisearch;
  let dataDir: string;
  let database: TestDatabase;
  let running: RunningService;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sek-hang-'));
    meili = await startEmbeddedMeilisearch({ dataDir });
    database = await createTestDatabase({ migrate: false });
    // The service exactly as `pnpm start` wires it, with short timeouts configured.
    const config = loadConfig({
      MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_TIMEOUT_MS: '300', MEILI_ADMIN_TIMEOUT_MS: '500',
      DATABASE_URL: database.url, PORT: '0', SEK_LOAD_DEMO_DATA: 'never', SEK_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    });
    running = await startService(config, createLogger('silent'));
    // From now on Meilisearch accepts connections but never answers.
    meili.process.kill('SIGSTOP');
  });
  afterAll(async () => {
    meili.process.kill('SIGCONT');
    await running.close();
    await meili.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('search answers 503 within the configured timeout; imports, the export and deletes still work on the database', async () => {
    const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    expect((await fetch(`${running.url}/v1/search?near=4201`)).status).toBe(503);
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(503);
    const imported = await fetch(`${running.url}/v1/admin/import`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/x-ndjson' }, body: `${JSON.stringify(demo[0])}\n` });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ status: 'applied', created: 1 });
    expect((await (await fetch(`${running.url}/v1/export`)).text()).trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([demo[0]!.id]);
    expect((await fetch(`${running.url}/v1/admin/offers/${demo[0]!.id}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await fetch(`${running.url}/v1/export`)).status).toBe(200);
  }, 10_000);
});

describe('when PostgreSQL hangs', () => {
  let blackHole: Server;
  const sockets = new Set<Socket>();
  let stuck: Database;
  beforeAll(async () => {
    // A server that accepts connections and never answers, as a hung PostgreSQL does.
    blackHole = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const { port } = blackHole.address() as AddressInfo;
    stuck = connectDatabase(`postgres://sek:secret@127.0.0.1:${port}/sek`, { timeoutMs: 500, log: createLogger('silent') });
  });
  afterAll(async () => {
    await stuck.close().catch(() => {});
    for (const socket of sockets) socket.destroy();
    blackHole.close();
  });

  it('imports, the export and deletes answer 503 within DATABASE_TIMEOUT_MS; search and /readyz keep working', async () => {
    const stuckStore = new OfferStore(stuck.db);
    const s = await service({
      store: stuckStore,
      projection: { lag: () => new Projector({ database: stuck, store: stuckStore, openWriter: () => { throw new Error('not used'); }, log: createLogger('silent') }).lag(), rebuild: async () => 0 },
    });
    const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const exported = await s.get('/v1/export');
    expect(exported.status).toBe(503);
    expect(exported.body.error.code).toBe('database_unavailable');
    const imported = await s.get('/v1/admin/import', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/x-ndjson' }, body: `${JSON.stringify(demo[0])}\n` });
    expect(imported.status).toBe(503);
    expect(imported.body).toMatchObject({ status: 'failed', created: 0, error: { code: 'database_unavailable' } });
    expect((await s.get(`/v1/admin/offers/${demo[0]!.id}`, { method: 'DELETE', headers: auth })).status).toBe(503);

    expect((await s.get('/v1/search?near=4201')).status).toBe(200);
    const ready = await s.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', search: 'ok', database: 'unavailable' });
    // Without the bounded waits the first call would never return: the test's own time limit is the check.
  }, 15_000);
});
