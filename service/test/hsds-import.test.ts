import { readdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offer, type ImportReport } from '@sek/contract';
import { Classifier, ClassificationConfig } from '../src/hsds/hsds-classification.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { stableJson } from '../src/offers/stable-json.js';
import { HSDS_DIR, hsdsErrors } from './helpers/hsds-schemas.js';
import { runImport, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

/**
 * HSDS 3.0 imports of every shape other systems send: the official Open Referral examples (written
 * by no one here, in the United States, so each is accounted for as a clear rejection), the same
 * documents moved to the Netherlands (so each shape is read for real), Dutch services without SEK's
 * classification (derived, or waiting for a coordinator), and SEK → HSDS → SEK.
 */

const services: TestService[] = [];
async function fresh(offers: Offer[] = []): Promise<TestService> {
  const service = await startTestService(offers);
  services.push(service);
  return service;
}
afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

/** Every offer in a service's database, as stored. */
async function storedOffers(service: TestService): Promise<Offer[]> {
  return (await service.database.db.selectFrom('offers').select('data').orderBy('id').execute()).map((row) => row.data);
}

const admin = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const officialText = (name: string) => readFileSync(new URL(`examples/${name}`, HSDS_DIR), 'utf8');

/** The official CSV data package (`examples/csv/`) as the zip a publisher would send. */
function csvPackage(transform: (text: string) => string = (t) => t): Buffer {
  const folder = new URL('examples/csv/', HSDS_DIR);
  const files = Object.fromEntries(readdirSync(folder).map((name) => [name, Buffer.from(transform(readFileSync(new URL(name, folder), 'utf8')))]));
  return Buffer.from(zipSync(files));
}

/**
 * The official documents and how many services each holds (counted from the document itself).
 * `service_list.json` is an API list page: its services carry no place, and say so.
 */
function officialDocuments(transform: (text: string) => string = (t) => t): { name: string; body: string | Buffer; services: number; placeless?: true }[] {
  const json = (name: string) => JSON.parse(transform(officialText(name)));
  return [
    { name: 'service_full.json', body: transform(officialText('service_full.json')), services: 1 },
    { name: 'service_list.json', body: transform(officialText('service_list.json')), services: json('service_list.json').contents.length, placeless: true },
    { name: 'organization_full.json', body: transform(officialText('organization_full.json')), services: json('organization_full.json').services.length },
    { name: 'service_at_location_full.json', body: transform(officialText('service_at_location_full.json')), services: 1 },
    { name: 'tabular.json', body: transform(officialText('tabular.json')), services: json('tabular.json')['services.csv'].length },
    // An array of a service and an organization (its service given another id: the examples share one).
    {
      name: 'services-array.json',
      body: JSON.stringify([json('service_full.json'), { ...json('organization_full.json'), services: json('organization_full.json').services.map((s: object, i: number) => ({ ...s, id: `5d0f3c2a-1b4e-4c8d-9e7f-00000000000${i}` })) }]),
      services: 1 + json('organization_full.json').services.length,
    },
    {
      name: 'hsds-csv.zip',
      body: csvPackage(transform),
      services: readFileSync(new URL('examples/csv/services.csv', HSDS_DIR), 'utf8').trim().split('\n').length - 1,
    },
  ];
}

const accounted = (report: ImportReport) => report.valid + report.needsReview + report.rejected;

/** The official documents moved to Gorinchem: Dutch address, no US coordinates, a Dutch phone number. */
const toGorinchem = (text: string) => text
  .replaceAll('"""+44 1234 234567"""', '0183 123 456')
  .replaceAll(',100,101,', ',,,')
  .replaceAll('"US"', '"NL"').replaceAll(',US,', ',NL,')
  .replaceAll('ABC 1234', '4201 AB')
  .replace(/"latitude": ?-?[\d.]+,?/g, '').replace(/"longitude": ?-?[\d.]+,?/g, '')
  .replaceAll('\\"+44 1234 234567\\"', '0183 123 456').replaceAll('"+44 1234 234567"', '0183 123 456');

/** Dutch HSDS as another system writes it: an organization with nested services, no SEK attributes. */
function dutchOrganization(extra: Record<string, unknown>[] = []) {
  const address = (street: string) => [{ id: 'c1a2b3c4-0000-4000-8000-000000000001', location_type: 'physical', name: 'Bibliotheek Gorinchem', addresses: [{ id: 'c1a2b3c4-0000-4000-8000-000000000002', address_1: street, city: 'Gorinchem', state_province: 'Zuid-Holland', postal_code: '4201 AB', country: 'NL', address_type: 'physical' }] }];
  const sal = (street: string) => address(street).map((location) => ({ id: 'c1a2b3c4-0000-4000-8000-000000000003', location }));
  return {
    id: '0f9a1d52-8c0e-4f6b-9d61-7f0a8e3c2b10',
    name: 'Bibliotheek AanZet',
    description: 'De bibliotheek in Gorinchem en omgeving',
    services: [
      { id: '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f01', name: 'Rekenspreekuur', description: 'Elke week kunt u binnenlopen met vragen over rekenen in het dagelijks leven.', status: 'active', assured_date: '2026-09-01', service_at_locations: sal('Molenstraat 1'), schedules: [{ id: 'c1a2b3c4-0000-4000-8000-000000000004', freq: 'WEEKLY', byday: 'TU', opens_at: '14:00', closes_at: '16:00' }], cost_options: [{ id: 'c1a2b3c4-0000-4000-8000-000000000005', amount: 0, currency: 'EUR' }] },
      { id: '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f02', name: 'Digitaal Café', description: 'Hulp bij uw DigiD, uw telefoon en de computer. Gezellig met koffie.', status: 'active', service_at_locations: sal('Molenstraat 1') },
      { id: '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03', name: 'Koffieochtend', description: 'Samen een kopje koffie drinken op dinsdagochtend.', status: 'active', assured_date: '2026-10-01', service_at_locations: sal('Molenstraat 1') },
      ...extra,
    ],
  };
}

describe('the official HSDS 3.0 examples', () => {
  it('every shape is read, and every record is accounted for: outside the Netherlands, one clear rejection each', async () => {
    const service = await fresh();
    for (const document of officialDocuments()) {
      const report = await runImport(service, document.body, { name: document.name });
      expect({ name: document.name, format: report.format, read: report.read }).toEqual({ name: document.name, format: 'hsds', read: document.services });
      expect(report.read).toBeGreaterThan(0);
      expect(accounted(report)).toBe(report.read);
      expect(report.rejected).toBe(report.read);
      // One message per record, naming the country, not a stack of field errors.
      expect(report.rejections).toHaveLength(report.read);
      for (const rejection of report.rejections) {
        expect({ name: document.name, code: rejection.code }).toEqual({ name: document.name, code: document.placeless ? 'no_place' : 'outside_netherlands' });
        expect(rejection.message.nl).toContain(document.placeless ? 'geen adres en geen werkgebied' : 'niet in Nederland (US)');
        expect(rejection.id).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
    expect(await service.store.count()).toBe(0);
    // A list of organizations without their services: said so, not "empty" and not "read 0, applied".
    const organizations = await runImport(service, officialText('organization_list.json'), { name: 'organization_list.json' });
    expect({ status: organizations.status, code: organizations.error?.code, nl: organizations.error?.nl }).toEqual({ status: 'failed', code: 'unreadable_file', nl: expect.stringContaining('geen diensten (services)') });
  });

  it('the same documents placed in the Netherlands: every service is published or waits for a coordinator, none is lost', async () => {
    for (const document of officialDocuments(toGorinchem)) {
      const service = await fresh();
      const report = await runImport(service, document.body, { name: document.name });
      expect({ name: document.name, read: report.read, error: report.error?.nl, rejected: report.rejections.map((r) => r.code) })
        .toEqual({ name: document.name, read: document.services, error: undefined, rejected: document.placeless ? ['no_place'] : [] });
      if (document.placeless) continue;
      expect(report.valid + report.needsReview).toBe(document.services);
      // "Counselling … mental health" is found by its words, and the report says so.
      expect(report.derived.flatMap((d) => d.derived).find((d) => d.field === 'themes')?.values).toEqual(['gezondheid']);
      const stored = await storedOffers(service);
      expect(stored.every((offer) => offer.locations.every((l) => l.address.gemeenteCode === 'GM0512'))).toBe(true);
      // What came from elsewhere goes out again as valid HSDS.
      const exported = JSON.parse(await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text()) as unknown[];
      expect(exported.length).toBe(report.valid);
      expect(exported.flatMap((s) => hsdsErrors('schema/compiled/service.json', s))).toEqual([]);
    }
  });

  it('the CSV package uploaded as a zip through the management API is read like the CLI reads it', async () => {
    const service = await fresh();
    const zip = csvPackage(toGorinchem);
    const response = await fetch(`${service.baseUrl}/v1/admin/import?source=pakket`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/zip' }, body: zip });
    const report = (await response.json()) as ImportReport;
    expect({ status: response.status, format: report.format, read: report.read, created: report.created, rejections: report.rejections })
      .toEqual({ status: 200, format: 'hsds', read: 1, created: 1, rejections: [] });
    const broken = await fetch(`${service.baseUrl}/v1/admin/import?source=pakket&replace=true`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/zip' }, body: zip.subarray(0, zip.length - 200) });
    const brokenReport = (await broken.json()) as ImportReport;
    // A cut-off zip: nothing applied, nothing removed, and the report says why.
    expect({ status: broken.status, code: brokenReport.error?.code, deleted: brokenReport.deleted }).toEqual({ status: 422, code: 'unreadable_file', deleted: 0 });
    expect(await service.store.count()).toBe(1);
  });
});

describe('Dutch HSDS without SEK classification', () => {
  it('derives themes from words, keeps "not checked yet", and puts what it cannot tell in the review queue', async () => {
    const service = await fresh();
    const belgian = { id: '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f04', name: 'Taalcafé Antwerpen', description: 'Nederlands oefenen in Antwerpen.', status: 'active', service_at_locations: [{ id: crypto.randomUUID(), location: { id: crypto.randomUUID(), location_type: 'physical', addresses: [{ id: crypto.randomUUID(), address_1: 'Meir 1', city: 'Antwerpen', state_province: 'Antwerpen', postal_code: '2000', country: 'BE', address_type: 'physical' }] } }] };
    const report = await runImport(service, JSON.stringify(dutchOrganization([belgian])), { name: 'aanzet.json', source: 'aanzet' });
    expect({ read: report.read, valid: report.valid, needsReview: report.needsReview, rejected: report.rejected, rejections: report.rejections }).toEqual({ read: 4, valid: 2, needsReview: 1, rejected: 1, rejections: [expect.objectContaining({ code: "outside_netherlands" })] });
    expect(report.rejections.map((r) => [r.id, r.code])).toEqual([['2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f04', 'outside_netherlands']]);
    const derived = Object.fromEntries(report.derived.map((d) => [d.id, Object.fromEntries(d.derived.map((x) => [x.field, x]))]));
    expect(derived['2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f01']!.themes).toEqual({ field: 'themes', values: ['rekenen'], basis: ['woord "rekenspreekuur"'] });
    expect(derived['2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f01']!.kind?.values).toEqual(['spreekuur']);
    expect(derived['2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f02']!.themes?.values).toEqual(['digitaal']);
    expect(report.reviews).toEqual([{ record: 3, id: '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03', reason: 'onderwerp-kiezen', message: expect.objectContaining({ nl: expect.stringContaining('Onderwerp kiezen') }) }]);

    const stored = new Map((await storedOffers(service)).map((offer) => [offer.id, offer]));
    const exported = JSON.parse(await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text()) as { assured_date?: string }[];
    expect(exported.flatMap((s) => hsdsErrors('schema/compiled/service.json', s))).toEqual([]);
    expect(exported.filter((s) => s.assured_date === undefined)).toHaveLength(1);
    expect(stored.get('2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f01')).toMatchObject({ themes: ['rekenen'], lastVerified: '2026-09-01', provider: { id: '0f9a1d52-8c0e-4f6b-9d61-7f0a8e3c2b10', name: 'Bibliotheek AanZet' } });
    // No assured_date: stored, shown as "not checked yet", not rejected and not given today's date.
    expect(stored.get('2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f02')!.lastVerified).toBeUndefined();
    expect(stored.has('2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03')).toBe(false);

    // The coordinator's queue shows it, marked "onderwerp kiezen".
    const queue = async () => ((await (await fetch(`${service.baseUrl}/v1/admin/submissions?state=pending`, { headers: admin })).json()) as any).submissions as { id: string; offerId: string; needs: string | null }[];
    const waiting = await queue();
    expect(waiting.map((s) => [s.offerId, s.needs])).toEqual([['2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03', 'onderwerp-kiezen']]);

    // The feed again: still one waiting, updated rather than doubled.
    const again = await runImport(service, JSON.stringify(dutchOrganization()), { name: 'aanzet.json', source: 'aanzet' });
    expect({ needsReview: again.needsReview, unchanged: again.unchanged }).toEqual({ needsReview: 1, unchanged: 2 });
    expect(await queue()).toHaveLength(1);

    // The coordinator chooses a theme and publishes; the next import keeps that choice.
    const opened: any = await (await fetch(`${service.baseUrl}/v1/admin/submissions/${waiting[0]!.id}`, { headers: admin })).json();
    const put = await fetch(`${service.baseUrl}/v1/admin/submissions/${waiting[0]!.id}`, { method: 'PUT', headers: { ...admin, 'Content-Type': 'application/json' }, body: JSON.stringify({ offer: { ...opened.offer, themes: ['meedoen'] } }) });
    expect(put.status).toBe(200);
    expect(((await put.json()) as any).submission.needs).toBeNull();
    expect((await fetch(`${service.baseUrl}/v1/admin/submissions/${waiting[0]!.id}/publish`, { method: 'POST', headers: admin })).status).toBe(200);
    const third = await runImport(service, JSON.stringify(dutchOrganization()), { name: 'aanzet.json', source: 'aanzet' });
    expect({ valid: third.valid, needsReview: third.needsReview, rejected: third.rejected }).toEqual({ valid: 3, needsReview: 0, rejected: 0 });
    expect(third.derived.find((d) => d.id === '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03')!.derived).toEqual([
      expect.objectContaining({ field: 'kind' }),
      { field: 'themes', values: ['meedoen'], basis: ['het opgeslagen aanbod'] },
    ]);
  });

  it('a sparse record from elsewhere (a name, an address, a language name) is taken, not rejected for what SEK would like more of', async () => {
    const service = await fresh();
    const sparse = { id: '7e1f0c55-2a3b-4c4d-8e5f-6a7b8c9d0e1f', name: 'Taalcafé De Vonk', status: 'active', organization: { id: 'de-vonk', name: 'Buurthuis De Vonk' },
      languages: [{ id: 'c1a2b3c4-0000-4000-8000-000000000010', name: 'Dutch', code: 'Dutch' }],
      alert: 'x'.repeat(400),
      service_at_locations: [{ id: 'c1a2b3c4-0000-4000-8000-000000000011', location: { id: 'c1a2b3c4-0000-4000-8000-000000000012', location_type: 'physical', addresses: [{ id: 'c1a2b3c4-0000-4000-8000-000000000013', address_1: 'Arkelstraat 2', city: 'Arkel', state_province: 'Zuid-Holland', postal_code: '4241', country: 'Nederland', address_type: 'physical' }] } }] };
    const report = await runImport(service, JSON.stringify([sparse]), { name: 'vonk.json' });
    expect({ valid: report.valid, rejections: report.rejections }).toEqual({ valid: 1, rejections: [] });
    const [offer] = await storedOffers(service);
    expect(offer).toMatchObject({ title: 'Taalcafé De Vonk', summary: 'Taalcafé De Vonk', themes: ['taal'], kind: 'groep', languages: ['nl'] });
    expect(offer!.lastVerified).toBeUndefined();
    expect(offer!.alert!.length).toBeLessThanOrEqual(300);
  });

  it('an organization that lists its places once, and its services name them by location_id', async () => {
    const service = await fresh();
    const organization = dutchOrganization();
    const [first] = organization.services;
    const place = (first!.service_at_locations as { location: Record<string, unknown> }[])[0]!.location;
    const listed = { ...organization, locations: [place], services: organization.services.map((s) => ({ ...s, service_at_locations: [{ id: 'c1a2b3c4-0000-4000-8000-000000000003', location_id: place.id }] })) };
    const report = await runImport(service, JSON.stringify(listed), { name: 'aanzet.json' });
    expect({ read: report.read, valid: report.valid, needsReview: report.needsReview, rejections: report.rejections }).toEqual({ read: 3, valid: 2, needsReview: 1, rejections: [] });
    expect((await storedOffers(service)).map((offer) => offer.locations[0]!.address.street)).toEqual(['Molenstraat 1', 'Molenstraat 1']);
  });

  it('a configured mapping of taxonomy terms and words decides what the defaults cannot', async () => {
    const service = await fresh();
    const withTerm = dutchOrganization();
    withTerm.services[2] = { ...withTerm.services[2]!, attributes: [{ id: crypto.randomUUID(), taxonomy_term: { id: crypto.randomUUID(), name: 'Ontmoeten', description: 'Mensen ontmoeten elkaar' } }] } as never;
    const classifier = new Classifier(ClassificationConfig.parse({ terms: { ontmoeten: { themes: ['meedoen'], kind: 'groep' } } }));
    const report = await runImport(service, JSON.stringify(withTerm), { name: 'aanzet.json', classifier });
    expect({ valid: report.valid, needsReview: report.needsReview }).toEqual({ valid: 3, needsReview: 0 });
    expect(report.derived.find((d) => d.id === '2b7c1e44-3f5a-4d8e-8c21-9a6b0d4e1f03')!.derived).toEqual([
      { field: 'themes', values: ['meedoen'], basis: ['term "Ontmoeten"'] },
      { field: 'kind', values: ['groep'], basis: ['term "Ontmoeten"'] },
    ]);
    expect(ClassificationConfig.safeParse({ terms: { x: { themes: ['onbekend'] } } }).success).toBe(false);
  });
});

describe('SEK → HSDS → SEK', () => {
  let demo: Offer[];
  beforeAll(async () => {
    demo = await readDemoOffers();
  });

  it('the HSDS export of the API imported into an empty SEK gives the same offers', async () => {
    const source = await fresh(demo);
    const exported = await (await fetch(`${source.baseUrl}/v1/export?format=hsds`)).text();
    const target = await fresh();
    const report = await runImport(target, exported, { name: 'sek.hsds.json' });
    expect({ read: report.read, created: report.created, rejections: report.rejections, needsReview: report.needsReview, derived: report.derived }).toEqual({ read: demo.length, created: demo.length, rejections: [], needsReview: 0, derived: [] });
    const stored = (await storedOffers(target)).map(stableJson).sort();
    expect(stored).toEqual(demo.map((offer) => stableJson(Offer.parse(offer))).sort());
  });
});
