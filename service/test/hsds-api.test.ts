import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeBySlug, type Offer } from '@sek/contract';
import { hsdsId } from '../src/hsds/hsds-ids.js';
import { sekTerm } from '../src/hsds/hsds-taxonomy.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { hsdsErrors, hsdsValidator, readHsdsJson } from './helpers/hsds-schemas.js';
import { geo, startTestService, type TestService } from './helpers/test-service.js';

/**
 * The HSDS 3.0 export and the read-only `/hsds/` API, every answer judged by the official Open
 * Referral schemas (draft 2020-12, formats checked) and the API reference's rules: pages, filters
 * that narrow together, published offers only, open to every site.
 */

let service: TestService;
let demo: Offer[];
/** The demo offers residents may see: one is hidden by the test (below). */
let published: Offer[];
const HIDDEN = 'hidden-by-test';

beforeAll(async () => {
  demo = await readDemoOffers();
  const hidden = { ...demo[0]!, id: HIDDEN, title: 'Verborgen aanbod' };
  service = await startTestService([...demo, hidden]);
  await service.database.db.updateTable('offers').set({ publication: 'hidden' }).where('id', '=', HIDDEN).execute();
  published = demo;
});
afterAll(async () => {
  await service?.close();
});

async function json(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${service.baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The specification's `Page` (from its OpenAPI file) and the item schema of a list. */
const openapi = readHsdsJson('schema/openapi.json');
const PAGE_FIELDS = Object.keys(openapi.components.schemas.Page.properties);
function pageErrors(page: any, itemSchema: string): string[] {
  const errors: string[] = [];
  for (const field of PAGE_FIELDS) if (!(field in page)) errors.push(`missing ${field}`);
  for (const [field, spec] of Object.entries<any>(openapi.components.schemas.Page.properties)) {
    if (typeof page[field] !== (spec.type === 'integer' ? 'number' : spec.type)) errors.push(`${field} is not ${spec.type}`);
  }
  page.contents.forEach((item: unknown, i: number) => errors.push(...hsdsErrors(itemSchema, item).map((e) => `contents[${i}]${e}`)));
  return errors;
}

const haversine = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
};

describe('the HSDS export', () => {
  it('validates against the official compiled service schema, every service, with stable UUIDs', async () => {
    const first = await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text();
    const exported = JSON.parse(first) as any[];
    expect(exported).toHaveLength(published.length);
    const failures = exported.map((s) => hsdsErrors('schema/compiled/service.json', s)).filter((e) => e.length);
    expect(failures).toEqual([]);
    // The same ids next time (UUIDv5 of SEK's ids), and SEK's own id kept in the sek-id attribute.
    expect(await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text()).toBe(first);
    const byId = new Map(published.map((o) => [hsdsId('service', o.id), o]));
    for (const s of exported) {
      const offer = byId.get(s.id)!;
      expect(s.attributes.find((a: any) => a.taxonomy_term.code === 'sek-id').value).toBe(offer.id);
      expect(s.assured_date).toBe(offer.lastVerified);
      expect(s.schedules).toHaveLength(Math.max(offer.schedule.sessions.length, s.schedules.length && 1));
      for (const attribute of s.attributes) expect(hsdsErrors('schema/taxonomy_term.json', attribute.taxonomy_term)).toEqual([]);
    }
  });

  it('the validator catches what the old export did wrong (a gate that can fail)', async () => {
    const [good] = JSON.parse(await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text()) as any[];
    expect(hsdsErrors('schema/compiled/service.json', good)).toEqual([]);
    expect(hsdsErrors('schema/compiled/service.json', { ...good, id: 'taalcafe-gorinchem' }).join()).toContain('must match format "uuid"');
    const termWithoutName = { ...good.attributes[0].taxonomy_term, name: undefined, description: undefined };
    expect(hsdsValidator('schema/compiled/service.json')({ ...good, attributes: [{ ...good.attributes[0], taxonomy_term: JSON.parse(JSON.stringify(termWithoutName)) }] })).toBe(false);
  });
});

describe('the HSDS API', () => {
  it('/hsds/ says which version, profile and OpenAPI file it follows', async () => {
    const { status, body } = await json('/hsds/');
    expect(status).toBe(200);
    const schema = openapi.paths['/'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(body).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(body.version).toBe('3.0');
    expect((await json(new URL(body.profile).pathname)).status).toBe(200);
  });

  it('/hsds/services: first, middle and last page validate; together they hold every published offer once', async () => {
    const perPage = 100;
    const first = await json(`/hsds/services?per_page=${perPage}`);
    expect(first.body.total_items).toBe(published.length);
    const pages = first.body.total_pages as number;
    expect(pages).toBe(Math.ceil(published.length / perPage));
    const ids: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const { status, body } = await json(`/hsds/services?per_page=${perPage}&page=${page}`);
      expect(status).toBe(200);
      if (page === 1 || page === Math.ceil(pages / 2) || page === pages) expect(pageErrors(body, 'schema/compiled/service_list.json')).toEqual([]);
      expect({ first: body.first_page, last: body.last_page, number: body.page_number, size: body.size })
        .toEqual({ first: page === 1, last: page === pages, number: page, size: page < pages ? perPage : published.length - perPage * (pages - 1) });
      ids.push(...body.contents.map((s: any) => s.id));
    }
    expect(new Set(ids).size).toBe(published.length);
    expect(ids).not.toContain(hsdsId('service', HIDDEN));
    const past = await json(`/hsds/services?per_page=${perPage}&page=${pages + 1}`);
    expect({ size: past.body.size, empty: past.body.empty, last: past.body.last_page }).toEqual({ size: 0, empty: false, last: true });
  });

  it('full and minimal, and one service by id; unpublished and unknown ones are 404, a bad id is a clear 400', async () => {
    const full = await json('/hsds/services?full=true&per_page=20&page=3');
    expect(pageErrors(full.body, 'schema/compiled/service.json')).toEqual([]);
    expect(full.body.contents[0].service_at_locations).toBeDefined();
    const minimal = await json('/hsds/services?minimal=true&per_page=500');
    expect(Object.keys(minimal.body.contents[0]).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
    expect(pageErrors(minimal.body, 'schema/compiled/service_list.json')).toEqual([]);
    const offer = published.find((o) => o.locations.length > 1)!;
    const one = await json(`/hsds/services/${hsdsId('service', offer.id)}`);
    expect(one.status).toBe(200);
    expect(hsdsErrors('schema/compiled/service.json', one.body)).toEqual([]);
    expect(one.body.service_at_locations).toHaveLength(offer.locations.length);
    expect((await json(`/hsds/services/${hsdsId('service', HIDDEN)}`)).status).toBe(404);
    expect((await json(`/hsds/services/${hsdsId('service', 'bestaat-niet')}`)).status).toBe(404);
    const bad = await json('/hsds/services/taalcafe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'id', message: { nl: expect.stringContaining('geen goede id') } });
    const unknown = await json('/hsds/services?colour=red&page=nul');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.map((f: any) => f.field).sort()).toEqual(['(root)', 'page']);
    expect(JSON.stringify(unknown.body.error.fields)).toContain('colour');
  });

  it('filters narrow together (AND), the same as counting the offers by hand', async () => {
    const gorinchemArea = geo().postcodes.get('4201')!;
    const taal = sekTerm('sek-theme', 'taal').id;
    const withTaal = published.filter((o) => o.themes.includes('taal'));
    const provider = withTaal[0]!.provider;
    const cases: [string, Offer[]][] = [
      [`taxonomy_term_id=${taal}`, withTaal],
      [`taxonomy_term_id=${taal}&organization_id=${hsdsId('organization', provider.id)}`, withTaal.filter((o) => o.provider.id === provider.id)],
      [`taxonomy_term_id=${sekTerm('sek-day-part', 'avond').id}&postcode=4201AB&proximity=5000`, published.filter((o) => o.schedule.dayParts.includes('avond') && o.locations.some((l) => haversine(l, gorinchemArea) <= 5000))],
      [`search=${encodeURIComponent('taalcafé')}`, published.filter((o) => [o.title, o.summary, o.description ?? '', o.provider.name].some((t) => t.toLowerCase().includes('taalcafé')))],
      [`search=taal&taxonomy_term_id=${sekTerm('sek-kind', 'groep').id}`, published.filter((o) => o.kind === 'groep' && [o.title, o.summary, o.description ?? '', o.provider.name].some((t) => t.toLowerCase().includes('taal')))],
      [`taxonomy_id=${hsdsId('taxonomy', 'sek-accessibility')}&modified_after=2000-01-01`, published.filter((o) => o.accessibility.length > 0)],
      ['modified_after=2999-01-01T00:00:00Z', []],
      [`taxonomy_term_id=${hsdsId('taxonomy_term', 'elders', 'x')}`, []],
    ];
    for (const [query, expected] of cases) {
      expect(expected.length, query).not.toBe(published.length);
      const { status, body } = await json(`/hsds/services?per_page=500&${query}`);
      expect(status, query).toBe(200);
      expect({ query, ids: body.contents.map((s: any) => s.id).sort() }).toEqual({ query, ids: expected.map((o) => hsdsId('service', o.id)).sort() });
    }
    expect((await json('/hsds/services?proximity=5000')).body.error.fields[0].field).toBe('proximity');
  });

  it('format=ndjson streams the whole list without pages', async () => {
    const response = await fetch(`${service.baseUrl}/hsds/services?format=ndjson`);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(published.length);
    expect(hsdsErrors('schema/compiled/service_list.json', lines.at(-1))).toEqual([]);
  });

  it('/hsds/service_at_locations: one per place, pages and one by id validate', async () => {
    const places = published.reduce((sum, o) => sum + o.locations.length, 0);
    const first = await json('/hsds/service_at_locations?per_page=200');
    expect(first.body.total_items).toBe(places);
    const last = await json(`/hsds/service_at_locations?per_page=200&page=${first.body.total_pages}`);
    const middle = await json(`/hsds/service_at_locations?per_page=200&page=${Math.ceil(first.body.total_pages / 2)}`);
    for (const page of [first, middle, last]) expect(pageErrors(page.body, 'schema/compiled/service_at_location_list.json')).toEqual([]);
    const item = middle.body.contents[0];
    const one = await json(`/hsds/service_at_locations/${item.id}`);
    expect(hsdsErrors('schema/compiled/service_at_location.json', one.body)).toEqual([]);
    expect(one.body.service.id).toBe(item.service_id);
    const near = await json('/hsds/service_at_locations?postcode=4201&proximity=2000&per_page=500');
    const area = geo().postcodes.get('4201')!;
    expect(near.body.total_items).toBe(published.flatMap((o) => o.locations).filter((l) => haversine(l, area) <= 2000).length);
  });

  it('/hsds/organizations and one organization with its services validate', async () => {
    const providers = new Set(published.map((o) => o.provider.id));
    const list = await json('/hsds/organizations?per_page=10');
    expect(list.body.total_items).toBe(providers.size);
    expect(pageErrors(list.body, 'schema/compiled/organization_list.json')).toEqual([]);
    const organization = list.body.contents[0];
    const one = await json(`/hsds/organizations/${organization.id}?full_service=true`);
    expect(hsdsErrors('schema/compiled/organization.json', one.body)).toEqual([]);
    const providerId = organization.organization_identifiers[0].identifier;
    expect(one.body.services.map((s: any) => s.id).sort()).toEqual(published.filter((o) => o.provider.id === providerId).map((o) => hsdsId('service', o.id)).sort());
    expect((await json(`/hsds/organizations/${hsdsId('organization', 'niemand')}`)).status).toBe(404);
  });

  it('/hsds/taxonomies and /hsds/taxonomy_terms publish every term the export uses', async () => {
    const taxonomies = await json('/hsds/taxonomies');
    expect(taxonomies.body.contents.flatMap((t: any) => hsdsErrors('schema/taxonomy.json', t))).toEqual([]);
    const terms = (await (await fetch(`${service.baseUrl}/hsds/taxonomy_terms?format=ndjson`)).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(terms.flatMap((t) => hsdsErrors('schema/taxonomy_term.json', t))).toEqual([]);
    const termIds = new Set(terms.map((t) => t.id));
    const exported = JSON.parse(await (await fetch(`${service.baseUrl}/v1/export?format=hsds`)).text()) as any[];
    expect(exported.flatMap((s) => s.attributes.map((a: any) => a.taxonomy_term_id)).filter((id: string) => !termIds.has(id))).toEqual([]);
    const themes = await json(`/hsds/taxonomy_terms?taxonomy_id=${hsdsId('taxonomy', 'sek-theme')}&per_page=5&page=3`);
    expect(pageErrors(themes.body, 'schema/taxonomy_term.json')).toEqual([]);
    expect(themes.body.total_items).toBe(11);
    expect((await json(`/hsds/taxonomy_terms/${sekTerm('sek-theme', 'geld').id}`)).body).toMatchObject({ code: 'geld', name: themeBySlug.get('geld')!.label.nl });
  });

  it('any site may read it (CORS *), without credentials', async () => {
    const response = await fetch(`${service.baseUrl}/hsds/services?per_page=1`, { headers: { Origin: 'https://andere-kaart.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
