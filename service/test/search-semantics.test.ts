import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_PARTS, OFFER_KINDS, TARGET_GROUPS, THEME_KEYWORDS, THEME_SLUGS, themeBySlug, WEEKDAYS, type Offer } from '@sek/contract';
import { FIXTURE_NOW, FIXTURE_TODAY, fixtureOffers, haversineMeters, isVisible } from './helpers/fixture.js';
import { geo, startTestService, type TestService } from './helpers/test-service.js';

const TODAY = FIXTURE_TODAY;
const NOW = FIXTURE_NOW;

let offers: Offer[];
let service: TestService;
beforeAll(async () => {
  offers = await fixtureOffers();
  service = await startTestService(offers, { now: () => NOW });
});
afterAll(() => service.close());

/** Every value of every filter group, as the widget offers them. */
const GROUPS: Record<string, readonly string[]> = {
  themes: THEME_SLUGS,
  dayParts: DAY_PARTS,
  weekdays: WEEKDAYS,
  targetGroups: TARGET_GROUPS,
  kinds: OFFER_KINDS,
  free: ['true', 'false'],
};

async function search(params: URLSearchParams): Promise<{ total: number; online: number; facets: Record<string, Record<string, number>> }> {
  const { status, body } = await service.get(`/v1/search?${params}`);
  expect(status).toBe(200);
  return { total: body.total, online: body.online.total, facets: body.facets };
}

describe('counts tell what a choice gives (disjunctive facets)', () => {
  const queries = [
    'near=4201&radiusKm=10&themes=wonen',
    'near=4201&radiusKm=10&dayParts=avond',
    'near=4201&radiusKm=10&themes=taal,digitaal&free=true',
    'near=4201&radiusKm=10&targetGroups=ouderen&kinds=spreekuur',
    'near=Bleskensgraaf&radiusKm=5&weekdays=wo&themes=geld',
    'near=4201&radiusKm=10&q=computer',
    'region=GM0512,GM1978',
  ];
  for (const query of queries) {
    it(`every value's count equals the results of choosing it: ${query}`, async () => {
      const base = new URLSearchParams(query);
      const shown = await search(base);
      let checked = 0;
      for (const [group, values] of Object.entries(GROUPS)) {
        for (const value of values) {
          // Choosing the value: it replaces the group's own choice, every other group's choice stays.
          const chosen = new URLSearchParams(base);
          chosen.set(group, value);
          const result = await search(chosen);
          const count = shown.facets[group]?.[value] ?? 0;
          expect({ group, value, count }).toEqual({ group, value, count: result.total + result.online });
          checked++;
        }
      }
      expect(checked).toBe(Object.values(GROUPS).flat().length);
    });
  }

  it('says places and online offers apart, matching the sentence above the list', async () => {
    const shown = await search(new URLSearchParams('near=4201&radiusKm=10&themes=digitaal'));
    expect(shown.facets.online).toEqual({ location: shown.total, online: shown.online });
  });
});

describe('a target group means "suitable for me"', () => {
  /** Brute force over the fixture: visible located places within 10 km of 4201 for this group. */
  function expectedFor(group: string): string[] {
    const center = geo().postcodes.get('4201')!;
    return offers
      .filter((offer) => isVisible(offer, TODAY))
      .filter((offer) => offer.targetGroups.length === 0 || offer.targetGroups.includes('iedereen') || offer.targetGroups.includes(group as never))
      .flatMap((offer) => offer.locations.filter((location) => haversineMeters(center, location) <= 10_000).map((location) => `${offer.id}__${location.id}`))
      .sort();
  }

  it.each(['ouderen', 'nt2', 'ouders'])('"%s" keeps the offers for everyone and drops offers only for other groups', async (group) => {
    const { body } = await service.get(`/v1/search?near=4201&radiusKm=10&targetGroups=${group}&limit=50`);
    const expected = expectedFor(group);
    expect(expected.length).toBeLessThanOrEqual(50);
    expect(body.results.map((hit: { id: string }) => hit.id).sort()).toEqual(expected);
    const forEveryone = offers.filter((offer) => offer.targetGroups.includes('iedereen') && offer.locations.length > 0);
    expect(forEveryone.length).toBeGreaterThan(0);
  });

  it('"Iedereen" alone gives the offers meant for everyone', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=10&targetGroups=iedereen&limit=50');
    for (const hit of body.results as { offer: Offer }[]) {
      expect(hit.offer.targetGroups.length === 0 || hit.offer.targetGroups.includes('iedereen')).toBe(true);
    }
  });
});

describe('"Bedoelt u …?" for a place we do not know', () => {
  it.each([
    ['Arkle', 'Arkel'],
    ['Gorinchm', 'Gorinchem'],
    ['Bleskengraaf', 'Bleskensgraaf'],
  ])('near=%s answers 400 with %s among the candidates, each usable as `near` in one tap', async (typed, meant) => {
    const { status, body } = await service.get(`/v1/search?near=${encodeURIComponent(typed)}`);
    expect(status).toBe(400);
    const [field] = body.error.fields;
    expect(field).toMatchObject({ field: 'near', code: 'unknown_place', message: { nl: 'Deze plaats kennen we niet. Bedoelt u een van deze plaatsen?' } });
    const candidate = field.candidates.find((c: { label: string }) => c.label.startsWith(meant));
    expect(candidate).toBeDefined();
    expect((await service.get(`/v1/search?near=${encodeURIComponent(candidate.near)}`)).status).toBe(200);
  });

  it('a name like nothing we know keeps the plain message', async () => {
    const { status, body } = await service.get('/v1/search?near=Xqzwvtplk');
    expect(status).toBe(400);
    expect(body.error.fields[0]).toMatchObject({ code: 'unknown_place', message: { nl: 'Deze plaats kennen we niet. Kies een plaats uit de lijst of typ een postcode.' } });
    expect(body.error.fields[0].candidates).toBeUndefined();
  });
});

describe('"Dichtstbij eerst" for a word search', () => {
  /** Every located hit over all pages: id and distance, in the order given. */
  async function allHits(query: string): Promise<{ order: string; total: number; hits: { id: string; distance: number }[] }> {
    const hits: { id: string; distance: number }[] = [];
    let order = '';
    let total = 0;
    for (let page = 1; ; page++) {
      const { status, body } = await service.get(`/v1/search?${query}&limit=7&page=${page}`);
      expect(status).toBe(200);
      order = body.order;
      total = body.total;
      hits.push(...body.results.map((hit: { id: string; distanceMeters: number }) => ({ id: hit.id, distance: hit.distanceMeters })));
      if (page >= body.totalPages) break;
    }
    return { order, total, hits };
  }

  for (const q of ['taalcafe', 'digid', 'computer', 'schulden']) {
    it(`q=${q}: the same matches as "Beste match eerst", nearest first over every page`, async () => {
      const best = await allHits(`near=4201&radiusKm=10&q=${q}`);
      const nearest = await allHits(`near=4201&radiusKm=10&q=${q}&order=distance`);
      expect(best.order).toBe('relevance');
      expect(nearest.order).toBe('distance');
      expect(nearest.total).toBe(best.total);
      expect(nearest.hits.map((h) => h.id).sort()).toEqual(best.hits.map((h) => h.id).sort());
      expect(nearest.hits.length).toBeGreaterThan(1);
      const distances = nearest.hits.map((h) => h.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      // The choice changes something: best match first is not simply nearest first.
      if (q === 'taalcafe') expect(best.hits.map((h) => h.id)).not.toEqual(nearest.hits.map((h) => h.id));
    });
  }

  it('with several words nearest first keeps only offers that match every word', async () => {
    const nearest = await allHits('near=4201&radiusKm=10&q=hulp%20digid&order=distance');
    for (const { id } of nearest.hits) {
      const offer = offers.find((o) => id.startsWith(`${o.id}__`))!;
      // The searchable text: what residents read, the place and the theme words ("DigiD" belongs to digital help).
      const themeWords = offer.themes.flatMap((slug) => { const theme = themeBySlug.get(slug)!; return [theme.label.nl, ...THEME_KEYWORDS[slug]]; });
      const text = [offer.title, offer.summary, offer.description ?? '', offer.provider.name, ...themeWords].join(' ').toLowerCase();
      expect(text).toMatch(/digid|inloggen/);
      expect(text).toMatch(/hulp|help/);
    }
    expect(nearest.hits.length).toBeGreaterThan(0);
  });
});

describe('without a place no distance is pretended', () => {
  it('a region without a place or words lists open offers first, the most recently checked first, without distances', async () => {
    const { status, body } = await service.get('/v1/search?region=GM0512,GM1978&limit=50');
    expect(status).toBe(200);
    expect(body.order).toBe('recent');
    // Open offers first (a temporarily closed one never tops the list), then the most recently checked.
    const keys = body.results.map((hit: { offer: Offer }) => `${hit.offer.status === 'active' ? 0 : 1} ${hit.offer.lastVerified}`);
    expect(keys.length).toBeGreaterThan(10);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a < b ? 1 : a > b ? -1 : 0) : a[0]! < b[0]! ? -1 : 1));
    expect(keys).toEqual(sorted);
    for (const hit of body.results) expect(hit.distanceMeters).toBeNull();
    // With a place it is nearest first again; with words, best match first.
    expect((await service.get('/v1/search?region=GM0512,GM1978&near=4201')).body.order).toBe('distance');
    expect((await service.get('/v1/search?region=GM0512,GM1978&q=taalcafe')).body.order).toBe('relevance');
  });
});
