import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_SLUGS, type InsightReport, type Offer, type SearchResponse, type WhiteSpots } from '@sek/contract';
import { createLogger } from '../src/log.js';
import { jsonRequest, logIn, type LoggedIn } from './helpers/beheer-session.js';
import { fixtureOffers, haversineMeters, isVisible } from './helpers/fixture.js';
import { geo, startTestService, TEST_ADMIN_TOKEN, type TestService } from './helpers/test-service.js';

/**
 * Insight: scripted searches through the real service are counted exactly (aggregates only), a search
 * word is stored at its 5th search in a week and never at its 4th, white-spot distances equal a brute
 * force over the fixture, supply and referrals match the fixture, and after the run neither the
 * database nor the log holds an IP address, a full postcode or a whole query.
 */

const GORINCHEM = 'GM0512';
const MOLENLANDEN = 'GM1978';
const IP = '203.0.113.77';
const DAY = 86_400;
// Wednesday 18 November 2026, noon in the Netherlands; the ISO week runs Monday 16 to Sunday 22.
const T0 = Date.parse('2026-11-18T11:00:00Z') / 1000;
let clock = T0;
const TODAY = '2026-11-18';
/** The bootstrap token: a beheerder without a session, unaffected by the clock the test moves. */
const ADMIN: LoggedIn = { headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` } } as unknown as LoggedIn;
let service: TestService;
let offers: Offer[];
let coordinator: LoggedIn;
let beheerder: LoggedIn;
const logLines: string[] = [];

beforeAll(async () => {
  offers = await fixtureOffers();
  service = await startTestService(offers, { now: () => clock, log: createLogger('debug', (line) => logLines.push(line)) });
  coordinator = await logIn(service, { email: 'coordinator@gorinchem.example.nl', name: 'Coördinator', role: 'coordinator', gemeenten: [GORINCHEM] });
  beheerder = await logIn(service, { email: 'beheer@sek.example.nl', name: 'Beheer', role: 'beheerder' });
}, 60_000);
afterAll(() => service?.close());

type Query = Record<string, string>;
const search = async (query: Query): Promise<SearchResponse> => {
  const { status, body } = await service.get(`/v1/search?${new URLSearchParams(query)}`, { headers: { 'X-Forwarded-For': IP } });
  expect(status, JSON.stringify(query)).toBe(200);
  return body as SearchResponse;
};
const report = async (who: LoggedIn, query = '') => {
  const { status, body } = await service.get(`/v1/admin/insight?${query}`, { headers: who.headers });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as InsightReport;
};
const whiteSpots = async (query: string) => {
  const { status, body } = await service.get(`/v1/admin/insight/white-spots?${query}`, { headers: beheerder.headers });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as WhiteSpots;
};

describe('search statistics', () => {
  it('counts every resident search exactly, per gemeente of the search centre and theme, and nothing else', async () => {
    const scripted: Query[] = [
      { near: '4201', themes: 'taal' },
      { near: '4201 AB', themes: 'geld,taal', free: 'true' },
      { near: '4201', themes: 'digitaal', dayParts: 'avond' },
      { near: '4201', q: 'zzqxv wqpzk' },
      { near: 'Arkel', themes: 'taal' },
      { region: GORINCHEM, themes: 'werk', online: 'only' },
    ];
    const responses: SearchResponse[] = [];
    for (const query of scripted) responses.push(await search(query));
    // Not a resident's search: a second page, and a kaart's bare page-load query.
    await search({ near: '4201', themes: 'taal', page: '2' });
    await search({ region: GORINCHEM });
    await service.stats.flush();

    // The expectation, computed from what the service answered.
    const found = (response: SearchResponse) => response.total + response.online.total;
    const inGorinchem = scripted.map((query, i) => ({ query, response: responses[i]! })).filter(({ response }) => response.center?.gemeenteCodes[0] === GORINCHEM);
    expect(inGorinchem).toHaveLength(5);
    const expected = { searches: 0, zeroResults: 0, fewResults: 0 };
    const byTheme = new Map<string, typeof expected>();
    for (const { query, response } of inGorinchem) {
      const counts = { searches: 1, zeroResults: found(response) === 0 ? 1 : 0, fewResults: found(response) < 3 ? 1 : 0 };
      for (const theme of query.themes ? query.themes.split(',') : ['']) {
        const row = byTheme.get(theme) ?? { searches: 0, zeroResults: 0, fewResults: 0 };
        byTheme.set(theme, { searches: row.searches + 1, zeroResults: row.zeroResults + counts.zeroResults, fewResults: row.fewResults + counts.fewResults });
      }
      expected.searches += 1;
      expected.zeroResults += counts.zeroResults;
      expected.fewResults += counts.fewResults;
    }
    expect(expected.zeroResults).toBeGreaterThanOrEqual(1);

    const { demand, period } = await report(coordinator, `gemeente=${GORINCHEM}`);
    expect(period).toMatchObject({ id: '2026-K4', from: '2026-10-01', to: '2026-12-31' });
    expect({ searches: demand.searches, zeroResults: demand.zeroResults, fewResults: demand.fewResults }).toEqual(expected);
    expect(Object.fromEntries(demand.byTheme.map(({ theme, ...counts }) => [theme, counts]))).toEqual(Object.fromEntries(byTheme));
    expect(demand.byMonth).toEqual([
      { month: '2026-10', searches: 0, zeroResults: 0, fewResults: 0 },
      { month: '2026-11', ...expected },
      { month: '2026-12', searches: 0, zeroResults: 0, fewResults: 0 },
    ]);
    expect(demand.filters).toEqual({ free: 1, evening: 1, onlineOnly: 1 });

    // Arkel is in Molenlanden: counted there, not in Gorinchem.
    const molenlanden = await report(beheerder, `gemeente=${MOLENLANDEN}`);
    expect(molenlanden.demand.searches).toBe(1);
    const arkel = found(responses[4]!);
    expect(molenlanden.demand.byTheme).toEqual([{ theme: 'taal', searches: 1, zeroResults: arkel === 0 ? 1 : 0, fewResults: arkel < 3 ? 1 : 0 }]);

    // The PC4 of each search centre, never more: 4201 AB is stored as 4201.
    const stored = await sql<{ pc4: string; searches: number }>`select pc4, sum(searches)::int as searches from search_stats group by pc4 order by pc4`.execute(service.database.db);
    expect(stored.rows).toEqual([
      { pc4: '', searches: 1 },
      { pc4: '4201', searches: 4 },
      { pc4: nearestPc4(responses[4]!), searches: 1 },
    ].sort((a, b) => a.pc4.localeCompare(b.pc4)));
  });

  it('a word searched 4 times in a week in a gemeente is never stored; the 5th search stores it with 5', async () => {
    const words = async () => (await sql<{ word: string }>`select word from search_words`.execute(service.database.db)).rows.map((row) => row.word);
    for (let i = 0; i < 4; i++) await search({ near: '4201', q: `Rekenspreekuur ${i + 1}e keer` });
    // The same word in another gemeente does not add up.
    await search({ near: 'Arkel', q: 'rekenspreekuur' });
    await service.stats.flush();
    expect(await words()).not.toContain('rekenspreekuur');
    expect((await report(coordinator, `gemeente=${GORINCHEM}`)).demand.words.map((w) => w.word)).not.toContain('rekenspreekuur');

    await search({ near: '4201', q: 'rekenspreekuur' });
    await service.stats.flush();
    expect((await report(coordinator, `gemeente=${GORINCHEM}`)).demand.words).toContainEqual({ word: 'rekenspreekuur', searches: 5 });
    await search({ near: '4201', q: 'hulp bij rekenspreekuur' });
    // A new week starts from nothing: one search there is not stored.
    clock = T0 + 7 * DAY;
    await search({ near: '4201', q: 'rekenspreekuur' });
    await service.stats.flush();
    expect((await report(ADMIN, `gemeente=${GORINCHEM}`)).demand.words).toEqual([{ word: 'rekenspreekuur', searches: 6 }]);
    // "keer" was searched 4 times, "hulp" once; "1e" is no word.
    expect(await words()).toEqual(['rekenspreekuur']);
    clock = T0;
  });
});

function nearestPc4(response: SearchResponse): string {
  let best = '';
  let bestMeters = Infinity;
  for (const area of geo().postcodes.values()) {
    const meters = haversineMeters(area, response.center!);
    if (meters < bestMeters) [best, bestMeters] = [area.postcode4, meters];
  }
  return best;
}

describe('white spots', () => {
  /** The brute force: every PC4 area of Molenlanden against every place of every matching fixture offer. */
  function bruteForce(match: (offer: Offer) => boolean) {
    const places = offers.filter((offer) => offer.status === 'active' && isVisible(offer, TODAY) && match(offer)).flatMap((offer) => offer.locations);
    return [...geo().postcodes.values()].filter((area) => area.gemeenteCodes[0] === MOLENLANDEN).map((area) => ({
      postcode4: area.postcode4,
      km: places.length ? Math.min(...places.map((place) => haversineMeters(area, place))) / 1000 : null,
    })).sort((a, b) => a.postcode4.localeCompare(b.postcode4));
  }
  const band = (km: number | null) => (km === null || km > 10 ? 'verder' : km <= 2 ? '2' : km <= 5 ? '5' : '10');

  it.each([
    ['taal', '', (offer: Offer) => offer.themes.includes('taal')],
    ['geld', '&free=true', (offer: Offer) => offer.themes.includes('geld') && offer.cost.free],
    ['digitaal', '&evening=true', (offer: Offer) => offer.themes.includes('digitaal') && offer.schedule.dayParts.includes('avond')],
    ['gezondheid', '&free=true&evening=true', (offer: Offer) => offer.themes.includes('gezondheid') && offer.cost.free && offer.schedule.dayParts.includes('avond')],
  ])('%s%s: each PC4 area of Molenlanden has the distance a brute force finds, across gemeente borders', async (theme, extra, match) => {
    clock = T0;
    const spots = await whiteSpots(`gemeente=${MOLENLANDEN}&theme=${theme}${extra}`);
    const expected = bruteForce(match);
    expect(spots.areas.map((area) => area.postcode4)).toEqual(expected.map((area) => area.postcode4));
    expect(expected.length).toBeGreaterThan(10);
    for (const [i, area] of spots.areas.entries()) {
      const want = expected[i]!.km;
      if (want === null) expect(area.km).toBeNull();
      else expect(Math.abs(area.km! - want), area.postcode4).toBeLessThan(0.006);
      expect(area.band).toBe(band(area.km));
    }
  });

  it('an area with nothing near shows the searches from there that found nothing', async () => {
    clock = T0;
    const before = await whiteSpots(`gemeente=${MOLENLANDEN}&theme=werk`);
    const far = before.areas.filter((area) => area.band === 'verder' || area.band === '10');
    expect(far.length).toBeGreaterThan(0);
    const area = far[0]!;
    const response = await search({ near: area.postcode4, themes: 'werk', q: 'zzqxv' });
    expect(response.total + response.online.total).toBe(0);
    await service.stats.flush();
    const after = await whiteSpots(`gemeente=${MOLENLANDEN}&theme=werk`);
    expect(after.areas.find((a) => a.postcode4 === area.postcode4)!.zeroResults).toBe(area.zeroResults + 1);
    // Another theme's white spots do not count it.
    expect((await whiteSpots(`gemeente=${MOLENLANDEN}&theme=taal`)).areas.find((a) => a.postcode4 === area.postcode4)!.zeroResults).toBe(0);

    const csv = await fetch(`${service.baseUrl}/v1/admin/insight/csv?gemeente=${MOLENLANDEN}&theme=werk&table=witte-vlekken`, { headers: beheerder.headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte order mark first, so spreadsheet programs read the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('postcode,woonplaats,km tot dichtstbijzijnde aanbod,afstand,dichtstbijzijnde aanbod,plaats van dat aanbod,zoekvragen zonder resultaat');
    expect(lines).toHaveLength(after.areas.length + 1);
  });
});

describe('supply and referrals', () => {
  it('offers per theme in Gorinchem: located there, or online serving it; free and evening; providers', async () => {
    const visible = offers.filter((offer) => isVisible(offer, TODAY));
    const located = (offer: Offer) => offer.locations.some((l) => l.address.gemeenteCode === GORINCHEM);
    const online = (offer: Offer) => offer.online && Boolean(offer.serviceArea && ('national' in offer.serviceArea || offer.serviceArea.gemeenten.includes(GORINCHEM)));
    const here = visible.filter((offer) => located(offer) || online(offer));
    const counts = (list: Offer[]) => ({
      offers: list.length, located: list.filter(located).length, online: list.filter(online).length,
      free: list.filter((o) => o.cost.free).length, evening: list.filter((o) => o.schedule.dayParts.includes('avond')).length,
    });
    const { supply } = await report(coordinator, `gemeente=${GORINCHEM}`);
    expect({ offers: supply.offers, located: supply.located, online: supply.online, free: supply.free, evening: supply.evening }).toEqual(counts(here));
    expect(supply.providers).toBe(new Set(here.map((o) => o.provider.id)).size);
    const expectedByTheme = THEME_SLUGS.map((theme) => ({ theme, ...counts(here.filter((o) => o.themes.includes(theme))) })).filter((row) => row.offers > 0);
    expect([...supply.byTheme].sort((a, b) => a.theme.localeCompare(b.theme))).toEqual(expectedByTheme.sort((a, b) => a.theme.localeCompare(b.theme)));
    // The seed added every fixture offer today (the database's clock): in this period when today is in it.
    const seeded = offers.filter((o) => located(o) || Boolean(o.serviceArea && 'gemeenten' in o.serviceArea && o.serviceArea.gemeenten.includes(GORINCHEM))).length;
    const realToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const inPeriod = realToday >= '2026-10-01' && realToday <= '2026-12-31';
    expect(supply.byMonth.reduce((sum, row) => sum + row.added, 0)).toBe(inPeriod ? seeded : 0);
    expect(supply.freshness.offers).toBeGreaterThan(0);
  });

  it('counts prints and shares per offer and gemeente; nothing about the person; bad input is a B1 400', async () => {
    const [a, b] = offers.filter((offer) => offer.locations.some((l) => l.address.gemeenteCode === GORINCHEM) && isVisible(offer, TODAY));
    const referral = (body: unknown) => service.get('/v1/referrals', jsonRequest('POST', body, { 'X-Forwarded-For': IP }));
    expect((await referral({ action: 'print', offers: [a!.id, b!.id, 'bestaat-niet'] })).status).toBe(204);
    expect((await referral({ action: 'print', offers: [a!.id] })).status).toBe(204);
    expect((await referral({ action: 'share', offers: [b!.id] })).status).toBe(204);
    const bad = await referral({ action: 'mail', offers: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['action', 'offers']);

    const { referrals } = await report(coordinator, `gemeente=${GORINCHEM}`);
    expect(referrals.print).toBe(3);
    expect(referrals.share).toBe(1);
    expect(referrals.byOffer).toEqual([
      { offerId: a!.id, title: a!.title, themes: a!.themes, print: 2, share: 0 },
      { offerId: b!.id, title: b!.title, themes: b!.themes, print: 1, share: 1 },
    ].sort((x, y) => (y.print + y.share) - (x.print + x.share) || x.offerId.localeCompare(y.offerId)));
    const stored = await sql<{ columns: string }>`select string_agg(column_name, ',' order by column_name) as columns from information_schema.columns where table_name = 'referral_counts'`.execute(service.database.db);
    expect(stored.rows[0]!.columns).toBe('action,count,day,gemeente,offer_id');
  });

  it('a coordinator sees only their own gemeenten; the report offers them as the choices', async () => {
    const own = await report(coordinator);
    expect(own.gemeente.code).toBe(GORINCHEM);
    expect(own.gemeenten).toEqual([{ code: GORINCHEM, name: 'Gorinchem' }]);
    expect(own.periods.map((p) => p.id)).toEqual(['2026-K4', '2026-K3', '2026-K2', '2026-K1', '2026', '2025']);
    expect((await service.get(`/v1/admin/insight?gemeente=${MOLENLANDEN}`, { headers: coordinator.headers })).status).toBe(403);
    const wrong = await service.get('/v1/admin/insight?periode=2026-Q3', { headers: coordinator.headers });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].message.nl).toContain('kwartaal');
  });
});

describe('privacy', () => {
  it('after the run, no table and no log line holds an IP address, a full postcode, a whole query or a rare word', async () => {
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(service.database.db);
    let dump = '';
    for (const { table_name: table } of tables.rows) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} as t`.execute(service.database.db);
      dump += rows.rows.map((row) => row.row).join('\n');
    }
    const log = logLines.join('\n');
    expect(log).toContain('"route":"/v1/search"');
    for (const text of [dump, log]) {
      expect(text).not.toContain(IP);
      expect(text).not.toMatch(/4201 ?AB/i);
      expect(text).not.toContain('zzqxv');
      expect(text).not.toContain('Rekenspreekuur 1e keer');
      expect(text).not.toContain('hulp bij rekenspreekuur');
    }
  });
});
