import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ListOffer, type Offer } from '@sek/contract';
import { createApp } from '../src/app.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { AnswerCache, SEARCH_ANSWER_TTL_MS } from '../src/search-cache/answer-cache.js';
import { SearchVersion } from '../src/search-cache/search-version.js';
import type { SearchSummary } from '../src/routes/search-route.js';
import { createTestDatabase } from './helpers/test-database.js';
import { seedOffers, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

/**
 * HTTP caching and the search answer cache, on real PostgreSQL and Meilisearch: ETags and 304s with
 * the right `Vary`; search answers sized for the list; two service instances on one database, each
 * with its own cache, that both show a write once it is searchable: at once by the version's
 * NOTIFY, and within one poll when that notification is lost (a dropped connection).
 */

const silent = { debug() {}, info() {}, warn() {}, error() {} };
/** The documented delay: one poll of the search version (`SearchVersion.pollMs`, 1 s by default). */
const POLL_MS = 1000;

let service: TestService;
let demo: Offer[];
const versions: SearchVersion[] = [];
let other: { url: string; server: Server };

/** An answer cache for one service instance, as `start-service.ts` builds it. */
async function answerCache(database: TestService['database']): Promise<AnswerCache<SearchSummary>> {
  const version = new SearchVersion({ database, log: silent, pollMs: POLL_MS });
  await version.start();
  versions.push(version);
  return new AnswerCache<SearchSummary>({ version: () => version.current(), maxBytes: 8 * 1024 ** 2, ttlMs: SEARCH_ANSWER_TTL_MS });
}

beforeAll(async () => {
  demo = await readDemoOffers();
  const testDatabase = await createTestDatabase();
  // This instance and a second one, on the same database and index, each with its own cache.
  service = await startTestService(demo, { testDatabase, searchAnswers: await answerCache(testDatabase.database) });
  const server = createApp({ ...service.deps, searchAnswers: await answerCache(service.database) }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  other = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});
afterAll(async () => {
  await new Promise((resolve) => other?.server.close(resolve));
  other?.server.closeAllConnections();
  for (const version of versions) await version.stop();
  await service?.close();
});

const SEARCH = '/v1/search?near=4201&radiusKm=10';

async function search(base: string, path = SEARCH, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'identity', ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, cached: /cache;desc=hit/.test(response.headers.get('server-timing') ?? '') };
}

/** Renames a demo offer that the search above finds, through the system of record. */
async function renameOffer(title: string): Promise<Offer> {
  const { body } = await service.get(SEARCH);
  const target = demo.find((offer) => offer.id === body.results[0].offer.id)!;
  const renamed = { ...target, title };
  await seedOffers(service.store, [renamed]);
  return renamed;
}

/**
 * A request as a browser's cache or a CDN revalidates: plain HTTP, the bytes as sent. (fetch() adds
 * `Cache-Control: no-cache` to a request with `If-None-Match`, which no revalidating cache does.)
 */
function wire(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${service.baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
    }).on('error', reject);
  });
}
const varies = (headers: IncomingHttpHeaders) => String(headers.vary ?? '').split(/,\s*/);

describe('HTTP caching', () => {
  it('tags public answers, answers 304 to a matching If-None-Match, and varies by Origin and Accept-Encoding', async () => {
    const { body: found } = await service.get(SEARCH);
    for (const path of [SEARCH, `/v1/offers/${found.results[0].offer.id}`, '/v1/places?q=Arkel', '/v1/themes', '/v1/regions/GM0512', '/v1/steps?region=GM0512']) {
      const first = await wire(path, { 'Accept-Encoding': 'gzip, br' });
      expect(first.status, path).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers['cache-control'], path).toMatch(/^public, /);
      expect(varies(first.headers), path).toEqual(expect.arrayContaining(['Origin', 'Accept-Encoding']));

      const again = await wire(path, { 'Accept-Encoding': 'gzip, br', 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      expect(again.headers.etag, path).toBe(etag);
      expect(again.headers['content-encoding'], path).toBeUndefined();
      expect(varies(again.headers), path).toEqual(expect.arrayContaining(['Origin', 'Accept-Encoding']));

      const other = await wire(path, { 'If-None-Match': 'W/"0-somethingelse"' });
      expect(other.status, path).toBe(200);
    }
  });

  it('keeps the search data short-lived in shared caches, and never caches the management API', async () => {
    const { headers } = await search(service.baseUrl);
    expect(headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
    const admin = await fetch(`${service.baseUrl}/v1/admin/offers?limit=1`, { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    await admin.arrayBuffer();
    expect(admin.headers.get('etag')).toBeNull();
    expect(admin.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('sends gzip and brotli that unpack to the same answer, a cached answer compressed once', async () => {
    const plain = await search(service.baseUrl);
    for (const [encoding, unpack] of [['gzip', gunzipSync], ['br', brotliDecompressSync]] as const) {
      const sent = await wire(SEARCH, { 'Accept-Encoding': encoding });
      const again = await wire(SEARCH, { 'Accept-Encoding': encoding });
      expect(sent.headers['content-encoding']).toBe(encoding);
      expect(unpack(sent.body).toString('utf8')).toBe(plain.text);
      expect(again.body.equals(sent.body)).toBe(true);
      expect(sent.body.length).toBeLessThan(plain.text.length / 3);
    }
  });
});

describe('answers sized for the list', () => {
  it('carries only what the list shows; the offer itself has the rest', async () => {
    const { body } = await service.get(SEARCH);
    const listFields = Object.keys(ListOffer.shape);
    expect(body.results.length).toBeGreaterThan(5);
    for (const hit of [...body.results, ...body.online.results]) {
      for (const field of Object.keys(hit.offer)) expect(listFields, field).toContain(field);
      expect(Object.keys(hit.offer.provider)).toEqual(['name']);
      expect(Object.keys(hit.offer.cost)).toEqual(['free']);
    }
    const withContact = body.results.find((hit: { offer: { id: string } }) => demo.find((offer) => offer.id === hit.offer.id)?.contact.phone);
    const { body: whole } = await service.get(`/v1/offers/${withContact.offer.id}`);
    const source = demo.find((offer) => offer.id === withContact.offer.id)!;
    expect(whole.contact.phone).toBe(source.contact.phone);
    expect(whole.description).toBe(source.description);
  });
});

describe('the search answer cache', () => {
  it('answers a repeated search from the cache, with the same bytes and ETag, whatever the order of the filters', async () => {
    const first = await search(service.baseUrl, '/v1/search?near=4201&themes=taal,digitaal');
    const again = await search(service.baseUrl, '/v1/search?themes=digitaal,taal&near=4201&page=1');
    expect(first.cached).toBe(false);
    expect(again.cached).toBe(true);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('shows a write on every instance once it is searchable: at once by NOTIFY', async () => {
    const instances = [service.baseUrl, other.url];
    const before = await Promise.all(instances.map((base) => search(base)));
    expect((await Promise.all(instances.map((base) => search(base)))).map((answer) => answer.cached)).toEqual([true, true]);

    const renamed = await renameOffer('Taalcafé met nieuwe naam');
    await service.projected();
    // Searchable now; the version's NOTIFY reaches both instances within moments, long before a poll.
    await vi.waitFor(async () => {
      for (const base of instances) expect((await search(base)).text).toContain(renamed.title);
    }, { timeout: POLL_MS / 2, interval: 10 });
    const after = await Promise.all(instances.map((base) => search(base)));
    after.forEach((answer, i) => expect(answer.headers.get('etag')).not.toBe(before[i]!.headers.get('etag')));
    // An old ETag now gets the new answer, not a 304.
    expect((await search(service.baseUrl, SEARCH, { 'If-None-Match': before[0]!.headers.get('etag')! })).status).toBe(200);
  });

  it('shows a write within one poll when the notification is lost (the listening connection dropped)', async () => {
    const instances = [service.baseUrl, other.url];
    await Promise.all(instances.map((base) => search(base)));
    // Every instance's LISTEN connection is cut by the server, as a restart or a network fault would.
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN sek_search_version%'`.execute(service.database.db);
    const renamed = await renameOffer('Taalcafé na de storing');
    await service.projected();
    await vi.waitFor(async () => {
      for (const base of instances) expect((await search(base)).text).toContain(renamed.title);
    }, { timeout: 2 * POLL_MS, interval: 20 });
  });

  it('never stores an answer computed while a write landed under the newer version', async () => {
    let version = '1';
    let release!: () => void;
    const cache = new AnswerCache<null>({ version: () => version, maxBytes: 1024 ** 2, ttlMs: 60_000 });
    const slow = cache.get('k', () => new Promise((resolve) => { release = () => resolve({ body: 'old', summary: null }); }));
    // The write becomes searchable while the search is still running.
    version = '2';
    release();
    expect((await slow).body).toBe('old');
    const next = await cache.get('k', async () => ({ body: 'new', summary: null }));
    expect(next).toMatchObject({ body: 'new', cached: false });
    expect((await cache.get('k', async () => ({ body: 'unused', summary: null }))).body).toBe('new');
  });

  it('bypasses the cache while the version cannot be read, and shares one computation between identical searches', async () => {
    let version: string | undefined;
    let computed = 0;
    const cache = new AnswerCache<null>({ version: () => version, maxBytes: 1024 ** 2, ttlMs: 60_000 });
    const compute = async () => ({ body: `answer ${++computed}`, summary: null });
    await cache.get('k', compute);
    await cache.get('k', compute);
    expect(computed).toBe(2);
    version = '7';
    const together = await Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)]);
    expect(computed).toBe(3);
    expect(new Set(together.map((answer) => answer.body))).toEqual(new Set(['answer 3']));
  });

  it('stays within its memory bound', async () => {
    const cache = new AnswerCache<null>({ version: () => '1', maxBytes: 100_000, ttlMs: 60_000 });
    for (let i = 0; i < 100; i++) await cache.get(`k${i}`, async () => ({ body: 'x'.repeat(10_000), summary: null }));
    expect(cache.size.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size.entries).toBeGreaterThan(0);
  });
});
