import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '@sek/contract';
import { exportChunks } from '../src/export/export-offers.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { jsonRequest, logIn, type LoggedIn } from './helpers/beheer-session.js';
import { startTestService, type TestService } from './helpers/test-service.js';

let service: TestService;
let demo: Offer[];
let coordinator: LoggedIn;
let beheerder: LoggedIn;
const ID = 'taalcafe-nieuw-lekkerland';

beforeAll(async () => {
  demo = await readDemoOffers();
  service = await startTestService(demo);
  coordinator = await logIn(service, { email: 'coordinator@rivierenland.test', name: 'Cor Rivier', role: 'coordinator', gemeenten: ['GM0512', 'GM1978'] });
  beheerder = await logIn(service, { email: 'beheer@sek.test', name: 'Bea Beheer', role: 'beheerder' });
});
afterAll(() => service?.close());

const load = async (who: LoggedIn, id = ID) => (await service.get(`/v1/admin/offers/${id}`, { headers: who.headers })).body as { offer: Offer; version: number };
const save = (who: LoggedIn, offer: unknown, version: number, id = ID) => service.get(`/v1/admin/offers/${id}`, jsonRequest('PUT', { offer, version }, who.headers));
const searchTitles = async (q: string) => ((await service.get(`/v1/search?q=${encodeURIComponent(q)}&near=2957&radiusKm=10&limit=50`)).body.results as { offer: { id: string; title: string } }[]);

describe('editing an offer', () => {
  it('saves a new version that residents find, and the history says who changed what', async () => {
    const { offer, version } = await load(coordinator);
    const saved = await save(coordinator, { ...offer, title: 'Taalcafé Nieuw-Lekkerland op dinsdag', contact: { ...offer.contact, phone: '0184 123 456' } }, version);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(version + 1);
    await service.projected();
    expect((await searchTitles('Nieuw-Lekkerland op dinsdag')).map((hit) => hit.offer.title)).toContain('Taalcafé Nieuw-Lekkerland op dinsdag');

    const history = await service.get(`/v1/admin/offers/${ID}/history`, { headers: coordinator.headers });
    expect(history.status).toBe(200);
    const [newest, first] = history.body.entries;
    expect(newest).toMatchObject({ version: version + 1, action: 'update', changedBy: 'Cor Rivier (coordinator@rivierenland.test)', reason: 'Bewerkt in het beheer', restorable: false });
    expect(newest.changes).toEqual(expect.arrayContaining([
      { field: 'title', before: offer.title, after: 'Taalcafé Nieuw-Lekkerland op dinsdag' },
      { field: 'contact.phone', before: offer.contact.phone ?? null, after: '0184 123 456' },
    ]));
    expect(newest.changes).toHaveLength(2);
    expect(first).toMatchObject({ version: 1, action: 'create', restorable: true });
  });

  it('puts an earlier version back as a new version', async () => {
    const restored = await service.get(`/v1/admin/offers/${ID}/restore`, jsonRequest('POST', { version: 1 }, coordinator.headers));
    expect(restored.status).toBe(200);
    expect(restored.body.offer.title).toBe(demo.find((o) => o.id === ID)!.title);
    const [newest] = (await service.get(`/v1/admin/offers/${ID}/history`, { headers: coordinator.headers })).body.entries;
    expect(newest).toMatchObject({ action: 'restore', reason: 'Versie 1 teruggezet', version: restored.body.version });
    await service.projected();
    expect((await searchTitles('Nieuw-Lekkerland op dinsdag')).map((hit) => hit.offer.title)).not.toContain('Taalcafé Nieuw-Lekkerland op dinsdag');
  });

  it('409 when someone saved a newer version meanwhile, and nothing is overwritten', async () => {
    const { offer, version } = await load(coordinator);
    expect((await save(beheerder, { ...offer, summary: 'Eerst opgeslagen door de beheerder, met genoeg tekst.' }, version)).status).toBe(200);
    const late = await save(coordinator, { ...offer, summary: 'Later opgeslagen door de coördinator, met genoeg tekst.' }, version);
    expect(late.status).toBe(409);
    expect(late.body.error.message.nl).toContain('Iemand anders');
    expect((await load(coordinator)).offer.summary).toBe('Eerst opgeslagen door de beheerder, met genoeg tekst.');
  });

  it('400 with a message per field in plain Dutch; the stored offer stays as it was', async () => {
    const { offer, version } = await load(coordinator);
    const bad = await save(coordinator, { ...offer, title: 'x', contact: { phone: '12' }, locations: [{ ...offer.locations[0]!, address: { ...offer.locations[0]!.address, postcode: '0000' } }] }, version);
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(bad.body.error.fields.map((f: { field: string; message: { nl: string } }) => [f.field, f.message.nl]));
    expect(Object.keys(fields).sort()).toEqual(['contact.phone', 'locations.0.address.postcode', 'title']);
    expect(fields['contact.phone']).toContain('telefoonnummer');
    expect((await load(coordinator)).version).toBe(version);
  });

  it('a coordinator cannot move an offer out of their gemeenten, nor change its id', async () => {
    const { offer, version } = await load(coordinator);
    const arnhem = demo.find((o) => o.id === 'taalcafe-arnhem')!.locations[0]!;
    const moved = await save(coordinator, { ...offer, locations: [{ ...arnhem, id: offer.locations[0]!.id }] }, version);
    expect(moved.status).toBe(403);
    expect(moved.body.error.message.nl).toContain('buiten uw gemeenten');
    const renamed = await save(coordinator, { ...offer, id: 'iets-anders' }, version);
    expect(renamed.status).toBe(400);
  });
});

describe('importing and exporting in scope', () => {
  it('a coordinator\'s file: rows outside their gemeenten are rejected by row, the rest is applied', async () => {
    const inScope = demo.filter((o) => o.locations.some((l) => l.address.gemeenteCode === 'GM0512')).slice(0, 3).map((o) => ({ ...o, summary: `${o.summary} Bijgewerkt.` }));
    const outside = demo.find((o) => o.id === 'taalcafe-arnhem')!;
    const rows = [...inScope, { ...outside, summary: 'Overgenomen door een andere coördinator, met genoeg tekst.' }];
    let csv = '';
    for await (const chunk of exportChunks((async function* () { yield* rows; })(), 'csv')) csv += chunk;
    const answer = await service.get('/v1/admin/import', { method: 'POST', headers: { ...coordinator.headers, 'Content-Type': 'text/csv' }, body: csv });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'applied', read: 4, valid: 3, updated: 3, rejected: 1 });
    const line = csv.split('\n').findIndex((text) => text.startsWith('taalcafe-arnhem,')) + 1;
    expect(answer.body.rejections).toEqual([expect.objectContaining({ id: 'taalcafe-arnhem', code: 'outside_scope', record: line })]);
    expect((await load(beheerder, 'taalcafe-arnhem')).offer.summary).toBe(outside.summary);
  });

  it('exports the offers the person keeps, in every format', async () => {
    const ndjson = await fetch(`${service.baseUrl}/v1/admin/export?format=ndjson`, { headers: coordinator.headers });
    expect(ndjson.status).toBe(200);
    const ids = (await ndjson.text()).trim().split('\n').map((line) => (JSON.parse(line) as Offer).id);
    const listed = await service.get('/v1/admin/offers?limit=1', { headers: coordinator.headers });
    expect(ids).toHaveLength(listed.body.total);
    expect(ids).not.toContain('taalcafe-arnhem');
    for (const format of ['csv', 'hsds']) expect((await fetch(`${service.baseUrl}/v1/admin/export?format=${format}`, { headers: coordinator.headers })).status).toBe(200);
  });
});

describe('people and mail without SMTP', () => {
  it('an invitation waits in the outbox, where only the beheerder reads it; the link in it logs the coordinator in', async () => {
    const invited = await service.get('/v1/admin/users', jsonRequest('POST', { email: 'Nieuw@Molenlanden.test', name: 'Nina Nieuw', role: 'coordinator', gemeenten: ['GM1978'] }, beheerder.headers));
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'nieuw@molenlanden.test', role: 'coordinator', gemeenten: ['GM1978'], active: true });
    const again = await service.get('/v1/admin/users', jsonRequest('POST', { email: 'nieuw@molenlanden.test', name: 'Nina Nieuw', role: 'coordinator', gemeenten: ['GM1978'] }, beheerder.headers));
    expect(again.status).toBe(409);

    expect((await service.get('/v1/admin/mail', { headers: coordinator.headers })).status).toBe(403);
    const outbox = await service.get('/v1/admin/mail', { headers: beheerder.headers });
    expect(outbox.body.smtp).toBe(false);
    const mail = outbox.body.mails.find((m: { to: string }) => m.to === 'nieuw@molenlanden.test');
    expect(mail).toMatchObject({ subject: 'U bent uitgenodigd voor het beheer van de sociale kaart', sentAt: null });
    expect(mail.text).toContain('Bea Beheer heeft u toegang gegeven');
    const token = /\/beheer\/inloggen#([\w-]+)/.exec(mail.text)![1]!;
    const session = await service.get('/v1/admin/session', jsonRequest('POST', { token }));
    expect(session.status).toBe(200);
    expect(session.body.user.name).toBe('Nina Nieuw');
  });

  it('taking someone\'s access away ends their sessions', async () => {
    const leaving = await logIn(service, { email: 'vertrekt@sek.test', name: 'Vera Vertrek', role: 'coordinator', gemeenten: ['GM0512'] });
    expect((await service.get('/v1/admin/offers?limit=1', { headers: leaving.headers })).status).toBe(200);
    expect((await service.get(`/v1/admin/users/${leaving.userId}`, { method: 'DELETE', headers: beheerder.headers })).status).toBe(204);
    expect((await service.get('/v1/admin/offers?limit=1', { headers: leaving.headers })).status).toBe(401);
    const audit = await service.database.db.selectFrom('audit_log').select(['action', 'target']).where('action', '=', 'user.disable').execute();
    expect(audit).toEqual([{ action: 'user.disable', target: leaving.userId }]);
  });
});
