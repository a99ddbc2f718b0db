import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { searchableContents } from './helpers/index-contents.js';
import { startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';
import type { Offer } from '@sek/contract';

let demo: Offer[];
let service: TestService;
let off: TestService;
beforeAll(async () => {
  demo = (await readDemoOffers()).slice(0, 40);
  service = await startTestService([], { allowedOrigins: ['https://gemeente.example.nl'] });
  off = await startTestService([], { admin: undefined });
});
afterAll(async () => {
  await service.close();
  await off.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (s: TestService, path: string, body: string, headers: Record<string, string> = {}) =>
  s.get(path, { method: 'POST', body, headers: { 'Content-Type': 'application/x-ndjson', ...headers } });

describe('admin authentication', () => {
  it('401 without a token, with a WWW-Authenticate challenge', async () => {
    const { status, headers, body } = await post(service, '/v1/admin/import', '');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer realm="sek-admin"');
    expect(body.error.code).toBe('unauthorized');
  });

  it('403 with a wrong token, also one of another length or a prefix of the right one', async () => {
    for (const token of ['wrong', TEST_ADMIN_TOKEN.slice(0, -1), `${TEST_ADMIN_TOKEN}x`]) {
      const { status, body } = await post(service, '/v1/admin/import', '', bearer(token));
      expect(status).toBe(403);
      expect(body.error.code).toBe('forbidden');
    }
  });

  it('refuses the bootstrap token when SEK_ADMIN_TOKEN is not set (403), and has no admin routes without the management side (404)', async () => {
    expect((await post(off, '/v1/admin/import', '', bearer(TEST_ADMIN_TOKEN))).status).toBe(403);
    expect((await off.get('/v1/admin/offers/x', { method: 'DELETE', headers: bearer(TEST_ADMIN_TOKEN) })).status).toBe(403);
    const none = await startTestService([], { beheer: undefined });
    try {
      expect((await post(none, '/v1/admin/import', '', bearer(TEST_ADMIN_TOKEN))).status).toBe(404);
    } finally {
      await none.close();
    }
  });

  it('is never CORS-enabled, unlike the public API', async () => {
    const origin = { Origin: 'https://gemeente.example.nl' };
    const admin = await post(service, '/v1/admin/import', '', origin);
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    expect((await service.get('/v1/themes', { headers: origin })).headers.get('access-control-allow-origin')).toBe('https://gemeente.example.nl');
  });
});

describe('POST /v1/admin/import, then export and delete', () => {
  it('imports, exports in every format, and each export re-imported gives the same index', async () => {
    const ndjson = demo.map((o) => JSON.stringify(o)).join('\n');
    const { status, body } = await post(service, '/v1/admin/import?source=demo', ndjson, bearer(TEST_ADMIN_TOKEN));
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'applied', format: 'ndjson', created: demo.length, rejected: 0 });
    const original = await searchableContents(service);
    expect(original.offers).toEqual(demo.map(stableJson).sort());

    for (const format of ['ndjson', 'csv', 'hsds'] as const) {
      const exported = await fetch(`${service.baseUrl}/v1/export?format=${format}`);
      expect(exported.status).toBe(200);
      const text = await exported.text();
      const copy = await startTestService([]);
      try {
        const type = { ndjson: 'application/x-ndjson', csv: 'text/csv', hsds: 'application/json' }[format];
        const report = await post(copy, `/v1/admin/import${format === 'hsds' ? '?format=hsds' : ''}`, text, { ...bearer(TEST_ADMIN_TOKEN), 'Content-Type': type });
        expect(report.body.rejections).toEqual([]);
        expect(await searchableContents(copy)).toEqual(original);
      } finally {
        await copy.close();
      }
    }
  });

  it('exports only the region asked for, with the online offers that serve it', async () => {
    const { body, status } = await service.get('/v1/export?format=ndjson&region=GM0512');
    expect(status).toBe(200);
    const ids = String(body).trim().split('\n').map((line) => JSON.parse(line).id).sort();
    const expected = demo
      .filter((o) => o.locations.some((l) => l.address.gemeenteCode === 'GM0512') ||
        (o.locations.length === 0 && o.serviceArea && ('national' in o.serviceArea || o.serviceArea.gemeenten.includes('GM0512'))))
      .map((o) => o.id)
      .sort();
    expect(ids).toEqual(expected);
  });

  it('DELETE /v1/admin/offers/:id removes every document of the offer, then 404', async () => {
    const target = demo.find((o) => o.locations.length > 1) ?? demo[0]!;
    const first = await service.get(`/v1/admin/offers/${target.id}`, { method: 'DELETE', headers: bearer(TEST_ADMIN_TOKEN) });
    expect(first.status).toBe(204);
    const contents = await searchableContents(service);
    expect(contents.offers.some((o) => JSON.parse(o).id === target.id)).toBe(false);
    const again = await service.get(`/v1/admin/offers/${target.id}`, { method: 'DELETE', headers: bearer(TEST_ADMIN_TOKEN) });
    expect(again.status).toBe(404);
  });

  it('validates the import options', async () => {
    const { status, body } = await post(service, '/v1/admin/import?replace=true', '', bearer(TEST_ADMIN_TOKEN));
    expect(status).toBe(400);
    expect(body.error.fields[0]).toMatchObject({ field: 'source' });
  });
});
