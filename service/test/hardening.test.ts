import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { createMetrics } from '../src/metrics.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { createMeiliClient } from '../src/meili/meili-clients.js';
import { freePort } from '../src/meili/embedded-meilisearch.js';
import { searchableContents } from './helpers/index-contents.js';
import { runImport, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

const services: TestService[] = [];
async function service(overrides: Parameters<typeof startTestService>[1] = {}): Promise<TestService> {
  const s = await startTestService((await readDemoOffers()).slice(0, 30), overrides);
  services.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

describe('input limits', () => {
  let s: TestService;
  beforeAll(async () => {
    s = await service({ importMaxBytes: 2000 });
  });

  it('414 for a URL over 2048 characters, naming the limit', async () => {
    const { status, body } = await s.get(`/v1/search?q=${'a'.repeat(2100)}`);
    expect(status).toBe(414);
    expect(body.error).toMatchObject({ code: 'uri_too_long', message: { en: 'This request URL is too long. The maximum is 2048 characters.' } });
  });

  it('400 for a search word over 200 characters', async () => {
    const { status, body } = await s.get(`/v1/search?q=${'a'.repeat(201)}`);
    expect(status).toBe(400);
    expect(body.error.fields[0]).toMatchObject({ field: 'q', code: 'too_large', message: { nl: 'Het zoekwoord is te lang: gebruik hoogstens 200 tekens.', en: 'The search text is too long: the maximum is 200 characters.' } });
  });

  it('400 for too many filter values, a page or limit too high', async () => {
    const regions = Array.from({ length: 51 }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`).join(',');
    expect((await s.get(`/v1/search?region=${regions}`)).body.error.fields[0]).toMatchObject({ field: 'region', code: 'too_large' });
    expect((await s.get('/v1/search?page=201')).body.error.fields[0]).toMatchObject({ field: 'page', code: 'too_large' });
    expect((await s.get('/v1/search?limit=51')).body.error.fields[0]).toMatchObject({ field: 'limit', code: 'too_large' });
  });

  it('431 for oversized headers (Node refuses them before SEK sees them)', async () => {
    const port = new URL(s.baseUrl).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/themes', headers: { 'X-Big': 'x'.repeat(20_000) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
  });

  it('413 for an import body over the limit, 411 without a length', async () => {
    const big = await s.get('/v1/admin/import', {
      method: 'POST',
      body: 'x'.repeat(2001),
      headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson' },
    });
    expect(big.status).toBe(413);
    expect(big.body.error.message.en).toContain('The maximum is 2000 bytes');
    const streamed = await s.get('/v1/admin/import', {
      method: 'POST',
      body: Readable.toWeb(Readable.from(['{}'])) as ReadableStream,
      headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson' },
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(411);
  });
});

describe('rate limiting', () => {
  it('429 with Retry-After once a client used its requests, per client, stricter for admin', async () => {
    const s = await service({ rateLimits: { perMinute: 3, adminPerMinute: 1, trustedHeader: 'x-forwarded-for' } });
    const as = (ip: string) => ({ headers: { 'X-Forwarded-For': `${ip}, 10.0.0.1` } });
    for (let i = 0; i < 3; i++) expect((await s.get('/v1/themes', as('192.0.2.1'))).status).toBe(200);
    const limited = await s.get('/v1/themes', as('192.0.2.1'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.error).toMatchObject({ code: 'rate_limited' });
    expect(limited.body.error.message.en).toContain('limit: 3 per minute');
    // Another client has its own budget.
    expect((await s.get('/v1/themes', as('192.0.2.2'))).status).toBe(200);
    // Admin: one request per minute.
    const admin = { headers: { ...as('192.0.2.3').headers, Authorization: 'Bearer wrong' }, method: 'DELETE' };
    expect((await s.get('/v1/admin/offers/x', admin)).status).toBe(403);
    expect((await s.get('/v1/admin/offers/x', admin)).status).toBe(429);
  });

  it('ignores forwarding headers unless a trusted proxy header is configured', async () => {
    const s = await service({ rateLimits: { perMinute: 2, adminPerMinute: 1 } });
    for (const ip of ['192.0.2.10', '192.0.2.11']) expect((await s.get('/v1/themes', { headers: { 'X-Forwarded-For': ip } })).status).toBe(200);
    expect((await s.get('/v1/themes', { headers: { 'X-Forwarded-For': '192.0.2.12' } })).status).toBe(429);
  });
});

describe('CORS and security headers', () => {
  let s: TestService;
  beforeAll(async () => {
    s = await service({ allowedOrigins: ['https://www.gorinchem.example.nl'], staticDirs: { demo: new URL('../../demo/', import.meta.url).pathname } });
  });

  it('allows only the configured origins, and answers preflight requests', async () => {
    const allowed = await s.get('/v1/search?near=4201', { headers: { Origin: 'https://www.gorinchem.example.nl' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.gorinchem.example.nl');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const other = await s.get('/v1/search?near=4201', { headers: { Origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await s.get('/v1/search', { method: 'OPTIONS', headers: { Origin: 'https://www.gorinchem.example.nl', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('sends security headers everywhere and a strict CSP on the demo pages', async () => {
    const api = await s.get('/v1/themes');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(api.headers.get('content-security-policy')?.split(/;\s*/)).toEqual(["default-src 'none'", "frame-ancestors 'none'"]);
    // Other sites load the widget bundle and call the API: their resources are usable cross-origin.
    expect(api.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const page = await s.get('/demo/gemeente.html');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('logs and metrics', () => {
  it('logs one JSON line per request with an id, never the client address or the query', async () => {
    const lines: string[] = [];
    const s = await service({ log: createLogger('info', (line) => lines.push(line)) });
    const response = await s.get('/v1/search?near=4201&q=schulden%20hulp', { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = lines.map((line) => JSON.parse(line)).find((e) => e.requestId === requestId);
    expect(entry).toMatchObject({ level: 'info', msg: 'request', method: 'GET', route: '/v1/search', status: 200 });
    expect(typeof entry.durationMs).toBe('number');
    const all = lines.join('\n');
    for (const secret of ['127.0.0.1', '203.0.113.9', '4201', 'schulden']) expect(all).not.toContain(secret);
  });

  it('exposes request counts, latency histograms and Meilisearch errors in Prometheus format', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const s = await service({ metrics });
    await s.get('/v1/search?near=4201');
    await s.get('/v1/search?near=4201');
    await s.get('/v1/search?near=abc123');
    const port = await freePort();
    const down = await service({ metrics, searchClient: createMeiliClient({ url: `http://127.0.0.1:${port}`, apiKey: 'x'.repeat(32), timeoutMs: 500 }) });
    expect((await down.get('/v1/search?near=4201')).status).toBe(503);
    const { status, headers, body } = await s.get('/metrics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/plain');
    expect(body).toContain('sek_http_request_duration_seconds_count{method="GET",route="/v1/search",status="200"} 2');
    expect(body).toContain('sek_http_request_duration_seconds_count{method="GET",route="/v1/search",status="400"} 1');
    expect(body).toContain('sek_http_request_duration_seconds_bucket{le="0.05",method="GET",route="/v1/search",status="200"}');
    expect(body).toContain('sek_meilisearch_errors_total{kind="unreachable"} 1');
  });

  it('counts imported records', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const s = await service({ metrics });
    const offers = (await readDemoOffers()).slice(40, 43);
    await s.get('/v1/admin/import', {
      method: 'POST',
      body: offers.map((o) => JSON.stringify(o)).join('\n'),
      headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/x-ndjson' },
    });
    expect((await s.get('/metrics')).body).toContain('sek_import_records_total{outcome="created"} 3');
  });
});

describe('an import interrupted half-way', () => {
  it('reports failure, commits nothing, and running it again ends with exactly the complete dataset', async () => {
    const s = await startTestService([]);
    services.push(s);
    const offers = await readDemoOffers();
    const lines = offers.map((o) => `${JSON.stringify(o)}\n`);
    // The connection drops after half the file.
    async function* broken() {
      yield* lines.slice(0, 360);
      throw new Error('connection reset');
    }
    const first = await runImport(s, Readable.from(broken()), { name: 'x.ndjson', batchSize: 100 });
    expect(first.status).toBe('failed');
    expect(first.error).toMatchObject({ code: 'unreadable_file', en: expect.stringContaining('connection reset') });
    // An import is one transaction: the 300 offers read before the break were not committed either.
    expect(first).toMatchObject({ created: 0, updated: 0, notApplied: first.valid });
    expect(first.valid).toBeGreaterThanOrEqual(300);
    expect((await searchableContents(s)).offers).toEqual([]);

    const second = await runImport(s, Readable.from(lines), { name: 'x.ndjson' });
    expect(second).toMatchObject({ status: 'applied', rejected: 0 });
    expect(second.created + second.unchanged).toBe(offers.length);
    expect((await searchableContents(s)).offers).toEqual(offers.map(stableJson).sort());
  });
});
