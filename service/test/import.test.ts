import type { ImportFormat } from '@sek/contract';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChunks } from '../src/export/export-offers.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { searchableContents } from './helpers/index-contents.js';
import { LOCATION_INDEX_SETTINGS } from '../src/meili/index-settings.js';
import { geo, runImport, startTestService, type TestService } from './helpers/test-service.js';
import type { Offer } from '@sek/contract';

const BROKEN_CSV = fileURLToPath(new URL('./fixtures/offers-with-broken-rows.csv', import.meta.url));

let demo: Offer[];
const services: TestService[] = [];
async function freshService(): Promise<TestService> {
  const service = await startTestService([]);
  services.push(service);
  return service;
}
beforeAll(async () => {
  demo = await readDemoOffers();
});
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

async function fileText(offers: Offer[], format: 'ndjson' | 'csv' | 'hsds'): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(Readable.from(offers), format)) text += chunk;
  return text;
}

function run(service: TestService, text: string, name: string, options: { source?: string; replace?: boolean; dryRun?: boolean; format?: ImportFormat } = {}) {
  return runImport(service, text, { name, ...options });
}

describe('importing the demo data', () => {
  it('gives the same index from NDJSON, a JSON array, CSV and HSDS (nested and tabular)', async () => {
    const expected = demo.map(stableJson).sort();
    const files: [string, string][] = [
      ['demo.ndjson', await fileText(demo, 'ndjson')],
      ['demo.json', JSON.stringify(demo)],
      ['demo.csv', await fileText(demo, 'csv')],
      ['demo.hsds.json', await fileText(demo, 'hsds')],
    ];
    // HSDS tabular: the nested services split into their tables.
    const nested = JSON.parse(files[3]![1]) as Record<string, any>[];
    files.push(['demo-tables.json', JSON.stringify({
      organizations: nested.map((s) => s.organization),
      services: nested.map(({ organization, service_at_locations, schedules, cost_options, phones, ...rest }) => rest),
      locations: nested.flatMap((s) => s.service_at_locations.map((sal: any) => sal.location)),
      service_at_locations: nested.flatMap((s) => s.service_at_locations.map(({ location, ...sal }: any) => sal)),
      schedules: nested.flatMap((s) => s.schedules),
      cost_options: nested.flatMap((s) => s.cost_options),
      phones: nested.flatMap((s) => s.phones),
    })]);
    const documents = demo.reduce((sum, o) => sum + Math.max(1, o.locations.length), 0);
    for (const [name, text] of files) {
      const service = await freshService();
      const report = await run(service, text, name);
      expect({ name, status: report.status, rejected: report.rejections }).toEqual({ name, status: 'applied', rejected: [] });
      expect(report.created).toBe(demo.length);
      const contents = await searchableContents(service);
      expect(contents.offers).toEqual(expected);
      expect(contents.documents).toBe(documents);
    }
  });
});

describe('a file with broken rows', () => {
  it('rejects exactly those rows, with line, field and reason, and imports the rest', async () => {
    const service = await freshService();
    const report = await runImport(service, createReadStream(BROKEN_CSV), { name: BROKEN_CSV });
    expect(report.format).toBe('csv');
    expect(report.read).toBe(8);
    expect(report.valid).toBe(3);
    expect(report.created).toBe(3);
    expect(report.rejections.map((r) => [r.record, r.id, r.field, r.code])).toEqual([
      [3, 'slechte-postcode', 'locations.0.address.postcode', 'invalid_format'],
      [4, 'lat-100', 'locations.0.lat', 'too_large'],
      [5, 'onbekend-thema', 'themes.1', 'invalid_value'],
      [6, 'zonder-titel', 'title', 'required'],
      [7, 'slechte-datum', 'lastVerified', 'invalid_format'],
    ]);
    for (const rejection of report.rejections) {
      expect(rejection.message.nl.length).toBeGreaterThan(5);
      expect(rejection.message.en.length).toBeGreaterThan(5);
    }
    const contents = await searchableContents(service);
    const ids = contents.offers.map((o) => JSON.parse(o).id).sort();
    expect(ids).toEqual(['goed-1', 'goed-online', 'goed-zonder-coordinaten']);
    const completed = contents.offers.map((o) => JSON.parse(o) as Offer).find((o) => o.id === 'goed-zonder-coordinaten')!;
    const area = geo().postcodes.get('4201')!;
    expect(completed.locations[0]).toMatchObject({ lat: area.lat, lng: area.lng, address: { gemeenteCode: 'GM0512' } });
  });

  it('reads a Dutch spreadsheet export with ";" and decimal commas', async () => {
    const service = await freshService();
    const csv = await fileText(demo.slice(0, 3), 'csv');
    const dutch = csv.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';').replace(/;(\d+)\.(\d+)(?=;|\r|$)/g, ';$1,$2');
    const report = await run(service, dutch, 'aanbod.csv');
    expect(report.rejections, dutch.slice(0, 2000)).toEqual([]);
    expect(report.created).toBe(3);
    expect((await searchableContents(service)).offers).toEqual(demo.slice(0, 3).map(stableJson).sort());
  });

  it('reports a broken NDJSON line and an unknown postcode, and keeps the valid lines', async () => {
    const service = await freshService();
    const good = demo[0]!;
    const unknownPostcode = { ...good, id: 'onbekende-postcode', locations: good.locations.map((l) => ({ ...l, address: { ...l.address, postcode: '1000 AA' } })) };
    const text = `${JSON.stringify(good)}\n{"id": "kapot",\n${JSON.stringify(unknownPostcode)}\n`;
    const report = await run(service, text, 'x.ndjson');
    expect(report.rejections.map((r) => [r.record, r.field, r.code])).toEqual([
      [2, '(record)', 'invalid_json'],
      [3, 'locations.0.address.postcode', 'unknown_postcode'],
    ]);
    expect(report.created).toBe(1);
  });

  it('rejects a second record with the same id', async () => {
    const service = await freshService();
    const report = await run(service, JSON.stringify([demo[0], demo[0]]), 'x.json');
    expect(report.rejections.map((r) => [r.record, r.code])).toEqual([[2, 'duplicate_id']]);
  });
});

describe('re-importing', () => {
  it('changes nothing the second time', async () => {
    const service = await freshService();
    const text = await fileText(demo.slice(0, 50), 'ndjson');
    const first = await run(service, text, 'x.ndjson');
    expect(first.created).toBe(50);
    const before = await searchableContents(service);
    const tasksBefore = (await service.meili.admin.tasks.getTasks({ indexUids: [service.meili.names.offers], limit: 1 })).results[0]!.uid;
    const second = await run(service, text, 'x.ndjson');
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 50, rejected: 0 });
    expect(await searchableContents(service)).toEqual(before);
    const tasksAfter = (await service.meili.admin.tasks.getTasks({ indexUids: [service.meili.names.offers], limit: 1 })).results[0]!.uid;
    expect(tasksAfter).toBe(tasksBefore);
  });

  it('an offer that lost a location loses its search document', async () => {
    const service = await freshService();
    const multi = demo.find((o) => o.locations.length > 1)!;
    await run(service, JSON.stringify([multi]), 'x.json');
    const shrunk = { ...multi, locations: multi.locations.slice(0, 1) };
    const report = await run(service, JSON.stringify([shrunk]), 'x.json');
    expect(report.updated).toBe(1);
    expect((await searchableContents(service)).documents).toBe(1);
  });

  it('--dry-run reports without writing', async () => {
    const service = await freshService();
    const report = await run(service, JSON.stringify(demo.slice(0, 5)), 'x.json', { dryRun: true });
    expect(report).toMatchObject({ status: 'dry-run', created: 5 });
    expect((await searchableContents(service)).documents).toBe(0);
  });
});

describe('--replace', () => {
  it('removes only the offers of the same source that the new export no longer lists', async () => {
    const service = await freshService();
    const a = demo.slice(0, 4).map((o) => ({ ...o, source: 'partner-a' }));
    const b = demo.slice(4, 6).map((o) => ({ ...o, source: 'partner-b' }));
    await run(service, JSON.stringify(a), 'a.json', { source: 'partner-a' });
    await run(service, JSON.stringify(b), 'b.json', { source: 'partner-b' });
    const report = await run(service, JSON.stringify(a.slice(0, 2)), 'a.json', { source: 'partner-a', replace: true });
    expect(report).toMatchObject({ deleted: 2, unchanged: 2 });
    const ids = (await searchableContents(service)).offers.map((o) => JSON.parse(o).id).sort();
    expect(ids).toEqual([...a.slice(0, 2), ...b].map((o) => o.id).sort());
  });

  it('keeps an offer whose new row was rejected, and rejects rows of another source', async () => {
    const service = await freshService();
    const a = demo.slice(0, 3).map((o) => ({ ...o, source: 'partner-a' }));
    await run(service, JSON.stringify(a), 'a.json', { source: 'partner-a' });
    const broken = { ...a[1]!, title: '' };
    const foreign = { ...demo[5]!, source: 'partner-b' };
    const report = await run(service, JSON.stringify([a[0], broken, foreign]), 'a.json', { source: 'partner-a', replace: true });
    expect(report.rejections.map((r) => [r.id, r.code])).toEqual([[a[1]!.id, 'too_small'], [foreign.id, 'source_mismatch']]);
    expect(report.deleted).toBe(1);
    const ids = (await searchableContents(service)).offers.map((o) => JSON.parse(o).id).sort();
    expect(ids).toEqual([a[0]!.id, a[1]!.id].sort());
  });
});

describe('when Meilisearch rejects a batch', () => {
  it('the import is applied in the database, and the search index follows once Meilisearch accepts again', async () => {
    const service = await freshService();
    const { admin, names } = service.meili;
    // Make the index refuse documents: require a primary key field the documents do not have.
    await admin.deleteIndex(names.locations).waitTask();
    await admin.createIndex(names.locations, { primaryKey: 'missing_field' }).waitTask();
    await admin.index(names.locations).updateSettings(LOCATION_INDEX_SETTINGS).waitTask();
    const failedAttempt = new Promise((resolve) => service.projector.once('failed', resolve));
    const report = await run(service, JSON.stringify(demo.slice(0, 2)), 'x.json');
    expect(report).toMatchObject({ status: 'applied', created: 2, notApplied: 0 });
    await failedAttempt;
    expect((await service.get('/readyz')).body.projection.pending).toBeGreaterThan(0);

    // Repaired (as a reindex would): the waiting changes are applied without a restart.
    await admin.deleteIndex(names.locations).waitTask();
    await admin.createIndex(names.locations, { primaryKey: 'id' }).waitTask();
    await admin.index(names.locations).updateSettings(LOCATION_INDEX_SETTINGS).waitTask();
    expect((await searchableContents(service)).offers.map((o) => JSON.parse(o).id)).toEqual(demo.slice(0, 2).map((o) => o.id).sort());
  });
});
