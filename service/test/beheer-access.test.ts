import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, type Offer, type RouteSpec } from '@sek/contract';
import { DEFAULT_STEPS } from '../src/steps/default-steps.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { jsonRequest, logIn, type LoggedIn } from './helpers/beheer-session.js';
import { startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

const RIVIERENLAND = ['GM0512', 'GM1978'];
const MOLENLANDEN_OFFER = 'taalcafe-nieuw-lekkerland';
const ARNHEM_OFFER = 'taalcafe-arnhem';

let service: TestService;
let demo: Offer[];
let clockOffset = 0;
const people = {} as Record<'beheerder' | 'rivierenland' | 'arnhem' | 'aanbieder', LoggedIn>;
/** A draft only its author (the beheerder) may see: the submission every submission route is tried on. */
let draftOfBeheerder = '';

beforeAll(async () => {
  demo = await readDemoOffers();
  service = await startTestService(demo, { now: () => Date.now() / 1000 + clockOffset });
  people.beheerder = await logIn(service, { email: 'beheer@sek.test', name: 'Bea Beheer', role: 'beheerder' });
  people.rivierenland = await logIn(service, { email: 'coordinator@rivierenland.test', name: 'Cor Rivier', role: 'coordinator', gemeenten: RIVIERENLAND });
  people.arnhem = await logIn(service, { email: 'coordinator@arnhem.test', name: 'Ar Nhem', role: 'coordinator', gemeenten: ['GM0202'] });
  people.aanbieder = await logIn(service, { email: 'vrijwilliger@aanzet.test', name: 'Vera Vrijwilliger', role: 'aanbieder', organizationId: 'bibliotheek-aanzet' });
  const draft = await service.get('/v1/admin/submissions', jsonRequest('POST', { offerId: ARNHEM_OFFER, offer: offerOf(ARNHEM_OFFER) }, people.beheerder.headers));
  draftOfBeheerder = draft.body.submission.id;
});
afterAll(() => service?.close());

const offerOf = (id: string) => demo.find((offer) => offer.id === id)!;
const gemeenteOf = (id: string) => offerOf(id).locations[0]!.address.gemeenteCode;

/** One request to every management route, with a body that would be accepted from someone in scope. */
function everyAdminRequest(offerId: string, userId: string, submissionId = draftOfBeheerder): { route: string; path: string; init: RequestInit }[] {
  const requests: Record<string, { path: string; init: RequestInit }> = {
    getSession: { path: '/v1/admin/session', init: {} },
    deleteSession: { path: '/v1/admin/session', init: { method: 'DELETE' } },
    listAdminOffers: { path: '/v1/admin/offers', init: {} },
    getAdminOffer: { path: `/v1/admin/offers/${offerId}`, init: {} },
    updateOffer: { path: `/v1/admin/offers/${offerId}`, init: jsonRequest('PUT', { offer: offerOf(offerId), version: 1 }) },
    offerHistory: { path: `/v1/admin/offers/${offerId}/history`, init: {} },
    restoreOffer: { path: `/v1/admin/offers/${offerId}/restore`, init: jsonRequest('POST', { version: 1 }) },
    deleteOffer: { path: `/v1/admin/offers/${offerId}`, init: { method: 'DELETE' } },
    importOffers: { path: '/v1/admin/import?dryRun=true', init: { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: JSON.stringify(offerOf(offerId)) } },
    adminExport: { path: '/v1/admin/export', init: {} },
    rebuildIndex: { path: '/v1/admin/reindex', init: { method: 'POST' } },
    listUsers: { path: '/v1/admin/users', init: {} },
    inviteUser: { path: '/v1/admin/users', init: jsonRequest('POST', { email: `nieuw-${Math.random()}@sek.test`, name: 'Nieuw', role: 'coordinator', gemeenten: ['GM0512'] }) },
    disableUser: { path: `/v1/admin/users/${userId}`, init: { method: 'DELETE' } },
    listOrganizations: { path: '/v1/admin/organizations', init: {} },
    listTokens: { path: '/v1/admin/tokens', init: {} },
    createToken: { path: '/v1/admin/tokens', init: jsonRequest('POST', { name: 'test' }) },
    revokeToken: { path: '/v1/admin/tokens/00000000-0000-4000-8000-000000000000', init: { method: 'DELETE' } },
    mailOutbox: { path: '/v1/admin/mail', init: {} },
    listSubmissions: { path: '/v1/admin/submissions', init: {} },
    createSubmission: { path: '/v1/admin/submissions', init: jsonRequest('POST', { offerId, offer: offerOf(offerId), submit: false }) },
    getSubmission: { path: `/v1/admin/submissions/${submissionId}`, init: {} },
    saveSubmission: { path: `/v1/admin/submissions/${submissionId}`, init: jsonRequest('PUT', { offer: offerOf(offerId), submit: false }) },
    publishSubmission: { path: `/v1/admin/submissions/${submissionId}/publish`, init: { method: 'POST' } },
    sendBackSubmission: { path: `/v1/admin/submissions/${submissionId}/send-back`, init: jsonRequest('POST', { message: 'Graag de tijden aanvullen.' }) },
    claimOffer: { path: `/v1/admin/offers/${offerId}/claim`, init: jsonRequest('POST', {}) },
    trustUser: { path: `/v1/admin/users/${userId}/trust`, init: jsonRequest('PUT', { trusted: true }) },
    getFreshness: { path: '/v1/admin/freshness', init: {} },
    setFreshnessPolicy: { path: `/v1/admin/freshness/policies/${gemeenteOf(offerId)}`, init: jsonRequest('PUT', { intervalMonths: 12, reminderDays: 14, graceDays: 28 }) },
    removeFreshnessPolicy: { path: `/v1/admin/freshness/policies/${gemeenteOf(offerId)}`, init: { method: 'DELETE' } },
    sendFreshnessNow: { path: '/v1/admin/freshness/send', init: jsonRequest('POST', { organizationId: offerOf(offerId).provider.id }) },
    confirmByPhone: { path: '/v1/admin/freshness/called', init: jsonRequest('POST', { offerId }) },
    runFreshness: { path: '/v1/admin/freshness/run', init: { method: 'POST' } },
    getInsight: { path: `/v1/admin/insight?gemeente=${gemeenteOf(offerId)}`, init: {} },
    getWhiteSpots: { path: `/v1/admin/insight/white-spots?gemeente=${gemeenteOf(offerId)}&theme=taal`, init: {} },
    getInsightCsv: { path: `/v1/admin/insight/csv?gemeente=${gemeenteOf(offerId)}&table=zoekvragen`, init: {} },
    putStepOverride: { path: `/v1/admin/steps/${gemeenteOf(offerId)}/geld`, init: jsonRequest('PUT', { answers: DEFAULT_STEPS.themes.find((step) => step.theme === 'geld')!.answers }) },
    deleteStepOverride: { path: `/v1/admin/steps/${gemeenteOf(offerId)}/geld`, init: { method: 'DELETE' } },
  };
  const adminRoutes = Object.entries(API_ROUTES as Record<string, RouteSpec>).filter(([, route]) => route.auth === 'admin').map(([name]) => name);
  // A new management route must be added here: the matrix covers every one.
  expect(Object.keys(requests).sort()).toEqual(adminRoutes.sort());
  return Object.entries(requests).map(([route, request]) => ({ route, ...request }));
}

const withHeaders = (init: RequestInit, headers: Record<string, string>): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });

describe('the management API refuses whoever is not allowed', () => {
  it('401 on every route without a session or token, with a session cookie that is made up, and with a logged-out session', async () => {
    const loggedOut = await logIn(service, { email: 'weg@sek.test', name: 'Weg Gegaan', role: 'beheerder' });
    expect((await service.get('/v1/admin/session', { method: 'DELETE', headers: loggedOut.headers })).status).toBe(204);
    for (const { route, path, init } of everyAdminRequest(MOLENLANDEN_OFFER, people.aanbieder.userId)) {
      for (const headers of [{}, { Cookie: 'sek_sessie=verzonnen-sessie-1234567890abcdefghij' }, loggedOut.headers]) {
        const { status, body } = await service.get(path, withHeaders(init, headers));
        expect(status, `${route} ${JSON.stringify(headers)}`).toBe(401);
        expect(body.error.code).toBe('unauthorized');
      }
    }
  });

  it('403 for a coordinator on every route about an offer outside their gemeenten, and on routes for the beheerder only', async () => {
    const allowed = new Set(['getSession', 'deleteSession', 'listAdminOffers', 'adminExport', 'listUsers', 'listOrganizations', 'listTokens', 'createToken', 'revokeToken', 'importOffers', 'listSubmissions', 'getFreshness']);
    for (const { route, path, init } of everyAdminRequest(ARNHEM_OFFER, people.beheerder.userId)) {
      if (allowed.has(route)) continue;
      const { status, body } = await service.get(path, withHeaders(init, people.rivierenland.headers));
      expect(status, route).toBe(403);
      expect(body.error.code).toBe('forbidden');
    }
  });

  it('403 for an aanbieder on another organisation\'s offer and on people, organisations, mail and the index', async () => {
    // Claiming is how an aanbieder asks for an offer that is not theirs yet; a coordinator decides.
    const allowed = new Set(['getSession', 'deleteSession', 'listAdminOffers', 'adminExport', 'listTokens', 'createToken', 'revokeToken', 'importOffers', 'listSubmissions', 'claimOffer']);
    for (const { route, path, init } of everyAdminRequest(ARNHEM_OFFER, people.beheerder.userId)) {
      if (allowed.has(route)) continue;
      const { status } = await service.get(path, withHeaders(init, people.aanbieder.headers));
      expect(status, route).toBe(403);
    }
  });

  it('an API token carries its person\'s scope, not more', async () => {
    const token = (await service.get('/v1/admin/tokens', jsonRequest('POST', { name: 'koppeling' }, people.rivierenland.headers))).body.token as string;
    const bearer = { Authorization: `Bearer ${token}` };
    expect((await service.get(`/v1/admin/offers/${MOLENLANDEN_OFFER}`, { headers: bearer })).status).toBe(200);
    expect((await service.get(`/v1/admin/offers/${ARNHEM_OFFER}`, { headers: bearer })).status).toBe(403);
    expect((await service.get('/v1/admin/reindex', { method: 'POST', headers: bearer })).status).toBe(403);
  });

  it('a change with a session needs the CSRF token and this site as Origin', async () => {
    const { cookie, csrf } = people.rivierenland;
    const path = `/v1/admin/offers/${MOLENLANDEN_OFFER}/restore`;
    for (const headers of [{ Cookie: cookie } as Record<string, string>, { Cookie: cookie, 'X-CSRF-Token': 'fout' }, { Cookie: cookie, 'X-CSRF-Token': csrf, Origin: 'https://aanvaller.example' }]) {
      const { status, body } = await service.get(path, jsonRequest('POST', { version: 1 }, headers));
      expect(status, JSON.stringify(headers)).toBe(403);
      expect(body.error.message.nl).toContain('beheerscherm');
    }
    // The right token and this site's own Origin pass the check (version 1 is the current one: nothing to restore).
    const { status } = await service.get(path, jsonRequest('POST', { version: 1 }, { Cookie: cookie, 'X-CSRF-Token': csrf, Origin: service.baseUrl }));
    expect(status).toBe(200);
  });
});

describe('what each person sees', () => {
  it('a coordinator lists exactly the offers located in or serving their gemeenten', async () => {
    const expected = demo.filter((offer) => offer.locations.length
      ? offer.locations.some((l) => RIVIERENLAND.includes(l.address.gemeenteCode))
      : Boolean(offer.serviceArea && 'gemeenten' in offer.serviceArea && offer.serviceArea.gemeenten.some((code) => RIVIERENLAND.includes(code))));
    const { status, body } = await service.get('/v1/admin/offers?limit=100', { headers: people.rivierenland.headers });
    expect(status).toBe(200);
    expect(body.total).toBe(expected.length);
    expect(body.offers.map((row: { id: string }) => row.id).sort()).toEqual(expected.map((offer) => offer.id).sort().slice(0, 100).sort());
    const all = await service.get('/v1/admin/offers?limit=1', { headers: people.beheerder.headers });
    expect(all.body.total).toBe(demo.length);
    const own = await service.get('/v1/admin/offers?limit=100', { headers: people.aanbieder.headers });
    expect(own.body.total).toBe(demo.filter((offer) => offer.provider.id === 'bibliotheek-aanzet').length);
    expect(own.body.total).toBeGreaterThan(0);
  });

  it('filters by words, theme, gemeente and "not verified since"', async () => {
    const h = { headers: people.rivierenland.headers };
    const taal = await service.get('/v1/admin/offers?q=taalcaf%C3%A9&gemeente=GM1978&limit=100', h);
    expect(taal.body.total).toBeGreaterThan(0);
    for (const row of taal.body.offers) {
      expect(`${row.title} ${row.provider}`.toLowerCase()).toContain('taalcafé');
      expect(row.gemeenten).toContain('GM1978');
    }
    const theme = await service.get('/v1/admin/offers?theme=geld&limit=100', h);
    expect(theme.body.total).toBe(demo.filter((o) => o.themes.includes('geld') && o.locations.some((l) => RIVIERENLAND.includes(l.address.gemeenteCode))).length);
    const old = await service.get('/v1/admin/offers?notVerifiedSince=2000-01-01', h);
    expect(old.body.total).toBe(0);
    const bad = await service.get('/v1/admin/offers?publication=weg&limit=500', h);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['limit', 'publication']);
  });

  it('a coordinator sees and invites the aanbieders of their gemeenten only', async () => {
    const invite = (who: LoggedIn, organizationId: string) => service.get('/v1/admin/users', jsonRequest('POST', { email: `${organizationId}-${Math.random()}@sek.test`, name: 'Nieuwe Aanbieder', role: 'aanbieder', organizationId }, who.headers));
    expect((await invite(people.rivierenland, 'bibliotheek-aanzet')).status).toBe(201);
    expect((await invite(people.rivierenland, 'bibliotheek-arnhem')).status).toBe(403);
    const users = (await service.get('/v1/admin/users', { headers: people.rivierenland.headers })).body.users as { role: string; organizationId: string }[];
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((user) => user.role === 'aanbieder' && user.organizationId === 'bibliotheek-aanzet')).toBe(true);
  });

  it('the bootstrap SEK_ADMIN_TOKEN acts as a beheerder', async () => {
    const { status, body } = await service.get('/v1/admin/session', { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    expect(status).toBe(200);
    expect(body.user.role).toBe('beheerder');
    expect((await service.get(`/v1/admin/offers/${ARNHEM_OFFER}`, { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })).status).toBe(200);
  });
});

// Last: moving the clock ends (and cleans up) the sessions of the tests above.
describe('sessions end', () => {
  it('401 once a session has been idle too long or is past its end, 403 for a revoked API token', async () => {
    const idle = await logIn(service, { email: 'idle@sek.test', name: 'Ida Idle', role: 'beheerder' });
    const token = (await service.get('/v1/admin/tokens', jsonRequest('POST', { name: 'script' }, idle.headers))).body.token as string;
    expect((await service.get('/v1/admin/offers', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    clockOffset = 121 * 60;
    try {
      expect((await service.get('/v1/admin/offers', { headers: idle.headers })).status).toBe(401);
      // Another session kept busy still ends at its absolute limit (12 hours).
      const busy = await logIn(service, { email: 'busy@sek.test', name: 'Bo Busy', role: 'beheerder' });
      for (let hour = 1; hour <= 12; hour++) {
        clockOffset = 121 * 60 + hour * 3600 + 60;
        const { status } = await service.get('/v1/admin/offers?limit=1', { headers: busy.headers });
        expect(status, `after ${hour} h`).toBe(hour < 12 ? 200 : 401);
      }
    } finally {
      clockOffset = 0;
    }
    const listed = await service.get('/v1/admin/tokens', { headers: idle.headers });
    expect(listed.status).toBe(401);
    const again = await logIn(service, { email: 'idle@sek.test', name: 'Ida Idle', role: 'beheerder' });
    const [made] = (await service.get('/v1/admin/tokens', { headers: again.headers })).body.tokens;
    expect((await service.get(`/v1/admin/tokens/${made.id}`, { method: 'DELETE', headers: again.headers })).status).toBe(204);
    expect((await service.get('/v1/admin/offers', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(403);
  });
});
