import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChunks } from '../src/export/export-offers.js';
import type { ImportOptions } from '../src/import/import-offers.js';
import { createLogger } from '../src/log.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { searchableContents } from './helpers/index-contents.js';
import { uploadAndDisconnect } from './helpers/raw-upload.js';
import { runImport, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';
import { Offer } from '@sek/contract';

let demo: Offer[];
const services: TestService[] = [];
beforeAll(async () => {
  demo = await readDemoOffers();
});
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

/** A service whose index holds ten offers of source partner-a (and nothing else). */
async function serviceWithPartnerA(overrides: Parameters<typeof startTestService>[1] = {}): Promise<{ s: TestService; offers: Offer[] }> {
  const offers = demo.filter((o) => o.locations.length > 0).slice(0, 10).map((o) => ({ ...o, source: 'partner-a' }));
  const s = await startTestService(offers, overrides);
  services.push(s);
  return { s, offers };
}

async function fileText(offers: Offer[], format: 'ndjson' | 'csv' | 'hsds'): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(Readable.from(offers), format)) text += chunk;
  return text;
}

function run(s: TestService, text: string | Buffer, name: string, options: Omit<ImportOptions, 'name'> & { dryRun?: boolean } = {}) {
  return runImport(s, text, { name, ...options });
}

const storedIds = async (s: TestService) => (await searchableContents(s)).offers.map((o) => JSON.parse(o).id as string).sort();

describe('replace with a broken or empty file deletes nothing', () => {
  it('a CSV with one stray quote: reported as failed, nothing deleted', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const csv = (await fileText(offers.slice(0, 3), 'csv')).split('\r\n');
    csv[2] = csv[2]!.replace(',', ',"'); // an opening quote that is never closed
    for (const dryRun of [true, false]) {
      const report = await run(s, csv.join('\r\n'), 'a.csv', { source: 'partner-a', replace: true, dryRun });
      expect(report.deleted).toBe(0);
      expect(report.error?.nl).toMatch(/niets verwijderd/);
      if (!dryRun) expect(report.status).toBe('failed');
      expect(report.read).toBe(report.valid + report.rejected);
    }
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('an empty file never deletes anything', async () => {
    const { s, offers } = await serviceWithPartnerA();
    for (const [text, name] of [['', 'a.ndjson'], ['', 'a.csv'], ['\n\n', 'a.ndjson'], ['[]', 'a.json']] as const) {
      const report = await run(s, text, name, { source: 'partner-a', replace: true });
      expect({ name, status: report.status, deleted: report.deleted }).toEqual({ name, status: 'failed', deleted: 0 });
      expect(report.error?.nl).toMatch(/leeg/);
    }
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('NDJSON with line 5 corrupted keeps the offer of line 5 and every other one', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const lines = (await fileText(offers, 'ndjson')).trimEnd().split('\n');
    lines[4] = lines[4]!.replace('{', '{{');
    const report = await run(s, lines.join('\n'), 'a.ndjson', { source: 'partner-a', replace: true });
    expect(report).toMatchObject({ status: 'failed', read: 10, valid: 9, rejected: 1, unchanged: 9, deleted: 0 });
    expect(report.rejections.map((r) => [r.record, r.code])).toEqual([[5, 'invalid_json']]);
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('NDJSON cut inside a line deletes nothing', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const text = await fileText(offers.slice(0, 4), 'ndjson');
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 30);
    const report = await run(s, cut, 'a.ndjson', { source: 'partner-a', replace: true });
    expect(report).toMatchObject({ status: 'failed', deleted: 0, read: 4, valid: 3, rejected: 1 });
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('a JSON array cut mid-record or with a syntax error: failed, nothing deleted', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const json = JSON.stringify(offers.slice(0, 4));
    for (const broken of [json.slice(0, json.length / 2), json.replace('"title":', '"title"')]) {
      const report = await run(s, broken, 'a.json', { source: 'partner-a', replace: true });
      expect(report).toMatchObject({ status: 'failed', deleted: 0 });
      expect(report.error?.nl).toMatch(/niet helemaal lezen/);
      expect(report.read).toBe(report.valid + report.rejected);
    }
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('a truncated HSDS tables file: the dry run says nothing would be deleted', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const nested = JSON.parse(await fileText(offers.slice(0, 2), 'hsds')) as Record<string, unknown>[];
    const tables = JSON.stringify({ services: nested, organizations: [] });
    const report = await run(s, tables.slice(0, tables.length - 40), 'a.json', { source: 'partner-a', replace: true, dryRun: true, format: 'hsds' });
    expect(report).toMatchObject({ status: 'dry-run', deleted: 0 });
    expect(report.error?.nl).toMatch(/niets verwijderd/);
  });

  it('a record without a readable id cancels the replace (it could be any offer)', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const lines = offers.slice(0, 5).map((o) => JSON.stringify(o));
    lines.push(JSON.stringify({ ...offers[7]!, id: undefined }));
    const report = await run(s, lines.join('\n'), 'a.ndjson', { source: 'partner-a', replace: true });
    expect(report).toMatchObject({ status: 'failed', deleted: 0, rejected: 1 });
    expect(await storedIds(s)).toEqual(offers.map((o) => o.id).sort());
  });

  it('a sound file still replaces: offers the source no longer lists are removed', async () => {
    const { s, offers } = await serviceWithPartnerA();
    const report = await run(s, await fileText(offers.slice(0, 6), 'ndjson'), 'a.ndjson', { source: 'partner-a', replace: true });
    expect(report).toMatchObject({ status: 'applied', deleted: 4, unchanged: 6 });
    expect(await storedIds(s)).toEqual(offers.slice(0, 6).map((o) => o.id).sort());
  });
});

describe('the service survives every broken upload', () => {
  let s: TestService;
  const logLines: Record<string, unknown>[] = [];
  const waiting: { match: (entry: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  /** Resolves when the service logs a line that matches (the request log is written when a request ends). */
  const logged = (match: (entry: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve) => {
      if (logLines.some(match)) resolve();
      else waiting.push({ match, resolve });
    });
  beforeAll(async () => {
    ({ s } = await serviceWithPartnerA({
      log: createLogger('info', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logLines.push(entry);
        for (const waiter of waiting.filter((w) => w.match(entry))) waiter.resolve();
      }),
    }));
  });

  const post = (path: string, body: string, type: string) =>
    s.get(path, { method: 'POST', body, headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': type } });

  it('answers a malformed JSON upload with a failed report, and keeps serving', async () => {
    const json = JSON.stringify(demo.slice(0, 3));
    for (const body of ['[{"id":"x"', json.slice(0, json.length / 2), json.replace('"title":', '"title"')]) {
      const response = await post('/v1/admin/import?dryRun=true', body, 'application/json');
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ status: 'dry-run', error: { nl: expect.stringMatching(/niet helemaal lezen/) } });
    }
    expect((await s.get('/healthz')).status).toBe(200);
    expect((await s.get('/v1/search?near=4201')).status).toBe(200);
  });

  it('survives clients that disconnect half-way through a JSON, NDJSON or CSV upload', async () => {
    const files: [string, string][] = [
      ['application/json', JSON.stringify(demo.slice(0, 40))],
      ['application/x-ndjson', await fileText(demo.slice(0, 40), 'ndjson')],
      ['text/csv', await fileText(demo.slice(0, 40), 'csv')],
    ];
    for (const [type, text] of files) {
      const before = logLines.length;
      const path = `/v1/admin/import?source=partner-a&replace=true&t=${encodeURIComponent(type)}`;
      await uploadAndDisconnect(s.baseUrl, path.replace(/&t=.*/, ''), { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': type }, text.slice(0, text.length / 3), Buffer.byteLength(text));
      await logged((entry) => entry.msg === 'request' && entry.route === '/v1/admin/import' && logLines.indexOf(entry) >= before);
      expect((await s.get('/healthz')).status).toBe(200);
    }
    // Nothing of partner-a was deleted by the interrupted replaces.
    expect((await storedIds(s)).length).toBeGreaterThanOrEqual(10);
    expect((await s.get('/v1/search?near=4201')).status).toBe(200);
  });
});

describe('offers with many locations', () => {
  it('imports 30 offers × 100 locations, each search document holding one location, not the whole offer', async () => {
    const s = await startTestService([]);
    services.push(s);
    const template = demo.find((o) => o.locations.length === 1)!;
    const location = template.locations[0]!;
    const offers = Array.from({ length: 30 }, (_, i) => ({
      ...template,
      id: `veel-plekken-${i}`,
      description: 'Uitleg. '.repeat(400),
      locations: Array.from({ length: 100 }, (_, j) => ({ ...location, id: `plek-${j}`, name: `Plek ${j} van aanbod ${i}` })),
    }));
    const report = await run(s, offers.map((o) => JSON.stringify(o)).join('\n'), 'veel.ndjson');
    expect(report).toMatchObject({ status: 'applied', created: 30, rejected: 0 });
    const contents = await searchableContents(s);
    expect(contents.offers).toEqual(offers.map((o) => stableJson(Offer.parse(o))).sort());
    expect(contents.documents).toBe(3000);
    // One search document is about one location: its size does not grow with the offer's other locations.
    const single = { ...offers[0]!, id: 'een-plek', locations: offers[0]!.locations.slice(0, 1) };
    await run(s, JSON.stringify([single]), 'een.json');
    await s.projected();
    const sizeOf = async (id: string) => JSON.stringify(await s.meili.admin.index(s.meili.names.locations).getDocument(id)).length;
    expect(await sizeOf('veel-plekken-0__plek-0')).toBeLessThan((await sizeOf('een-plek__plek-0')) * 1.05);
  });
});

describe('small things that made imports lie or lose records', () => {
  it('NDJSON with a byte order mark keeps its first record', async () => {
    const s = await startTestService([]);
    services.push(s);
    const report = await run(s, `\uFEFF${await fileText(demo.slice(0, 3), 'ndjson')}`, 'bom.ndjson');
    expect(report).toMatchObject({ status: 'applied', read: 3, created: 3, rejected: 0 });
  });

  it('a JSON array with a byte order mark is read too', async () => {
    const s = await startTestService([]);
    services.push(s);
    const report = await run(s, `\uFEFF${JSON.stringify(demo.slice(0, 2))}`, 'bom.json');
    expect(report).toMatchObject({ status: 'applied', read: 2, created: 2 });
  });

  it('re-importing coordinates with long floats is a no-op', async () => {
    const offer = { ...demo.find((o) => o.locations.length > 0)! };
    const s = await startTestService([offer]);
    services.push(s);
    const noisy = { ...offer, locations: offer.locations.map((l) => ({ ...l, lat: l.lat + 1e-12, lng: l.lng - 1e-12 })) };
    expect(noisy.locations[0]!.lat).not.toBe(offer.locations[0]!.lat);
    const report = await run(s, JSON.stringify([noisy]), 'x.json');
    expect(report).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it('names a wrong type as a wrong type, in B1 Dutch with the CSV column', async () => {
    const s = await startTestService([]);
    services.push(s);
    const report = await run(s, JSON.stringify([{ ...demo[0], title: 1, themes: [] }]), 'x.json');
    const byField = Object.fromEntries(report.rejections.map((r) => [r.field, r]));
    expect(byField.title).toMatchObject({ code: 'invalid_type', message: { nl: 'De titel moet tekst zijn (kolom title).' } });
    expect(byField.themes).toMatchObject({ code: 'too_small', message: { nl: 'Kies minstens één onderwerp (kolom themes).' } });
    expect(report.read).toBe(report.valid + report.rejected);
  });
});
