import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, FIXTURE_TODAY, fixtureOffers, haversineMeters, isVisible } from './helpers/fixture.js';
import { geo, startTestService, type TestService } from './helpers/test-service.js';
import { upcomingSessions } from '../src/schedule/next-sessions.js';
import { TARGET_GROUPS, type Offer } from '@sek/contract';

const TODAY = FIXTURE_TODAY;
const NOW = FIXTURE_NOW;

let offers: Offer[];
let service: TestService;

beforeAll(async () => {
  offers = await fixtureOffers();
  service = await startTestService(offers, { now: () => NOW });
});
afterAll(() => service.close());

interface Expected {
  id: string;
  offerId: string;
  distance: number;
  title: string;
  gemeenteCode: string;
}

/** Brute force over the fixture: every visible location within the radius that passes `keep`. */
function expectedNear(center: { lat: number; lng: number }, radiusKm: number, keep: (offer: Offer) => boolean = () => true): Expected[] {
  return offers
    .filter((offer) => isVisible(offer, TODAY) && keep(offer))
    .flatMap((offer) => offer.locations.map((location) => ({
      id: `${offer.id}__${location.id}`,
      offerId: offer.id,
      distance: haversineMeters(center, location),
      title: offer.title,
      gemeenteCode: location.address.gemeenteCode,
    })))
    .filter((hit) => hit.distance <= radiusKm * 1000)
    // Offers at one spot: A to Z by title.
    .sort((a, b) => a.distance - b.distance || (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0));
}

const pc4201 = () => geo().postcodes.get('4201')!;

describe('searching near a postcode', () => {
  it('returns exactly the locations within the radius, nearest first, with their distance', async () => {
    const { status, body } = await service.get('/v1/search?near=4201&radiusKm=5&limit=50');
    expect(status).toBe(200);
    const expected = expectedNear(pc4201(), 5);
    expect(body.total).toBe(expected.length);
    expect(expected.length).toBeLessThan(50);
    expect(body.results.map((hit: any) => hit.id).sort()).toEqual(expected.map((hit) => hit.id).sort());
    // Nearest first. Meilisearch measures geo distance in whole metres, so places less than a metre
    // apart in distance may come in either order.
    const distanceOf = new Map(expected.map((hit) => [hit.id, hit.distance]));
    for (const [index, hit] of body.results.entries()) {
      expect(hit.distanceMeters).toBeCloseTo(distanceOf.get(hit.id)!, -1);
      if (index > 0) expect(distanceOf.get(hit.id)!).toBeGreaterThan(distanceOf.get(body.results[index - 1].id)! - 1);
    }
    expect(body.center).toMatchObject({ kind: 'postcode', label: '4201', gemeenteCodes: ['GM0512'] });
  });

  it('crosses the gemeente border: a Taalcafé in a Molenlanden kern is found from Gorinchem', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=5&themes=taal&limit=50');
    const expected = expectedNear(pc4201(), 5, (offer) => offer.themes.includes('taal'));
    const across = expected.filter((hit) => hit.gemeenteCode === 'GM1978');
    expect(across.length).toBeGreaterThan(0);
    expect(body.results.map((hit: any) => hit.id)).toEqual(expected.map((hit) => hit.id));
    expect(body.results.some((hit: any) => hit.offer.title.startsWith('Taalcafé') && hit.location.address.gemeenteCode === 'GM1978')).toBe(true);
  });

  it('applies free, evening, target-group and kind filters like the brute-force count', async () => {
    const evening = (await service.get('/v1/search?near=4201&radiusKm=10&free=true&dayParts=avond&limit=50')).body;
    const expectedEvening = expectedNear(pc4201(), 10, (offer) => offer.cost.free && offer.schedule.dayParts.includes('avond'));
    expect(expectedEvening.length).toBeGreaterThan(0);
    expect(evening.results.map((hit: any) => hit.id)).toEqual(expectedEvening.map((hit) => hit.id));

    const groups = (await service.get('/v1/search?near=4201&radiusKm=10&targetGroups=nt2,ouders&kinds=groep,informatie&limit=50')).body;
    // A target group means "suitable for me": offers for everyone (or for no group in particular) match too.
    const suits = (offer: Offer, group: string) => offer.targetGroups.length === 0 || offer.targetGroups.includes('iedereen') || offer.targetGroups.includes(group as never);
    const expectedGroups = expectedNear(pc4201(), 10, (offer) =>
      (suits(offer, 'nt2') || suits(offer, 'ouders')) && (offer.kind === 'groep' || offer.kind === 'informatie'));
    expect(expectedGroups.length).toBeGreaterThan(0);
    expect(groups.results.map((hit: any) => hit.id)).toEqual(expectedGroups.map((hit) => hit.id));
  });

  it('pages through the results without gaps or repeats', async () => {
    const expected = expectedNear(pc4201(), 10).map((hit) => hit.id);
    const page1 = (await service.get('/v1/search?near=4201&radiusKm=10&limit=7&page=1')).body;
    const page2 = (await service.get('/v1/search?near=4201&radiusKm=10&limit=7&page=2')).body;
    expect([...page1.results, ...page2.results].map((hit: any) => hit.id)).toEqual(expected.slice(0, 14));
    expect(page1.totalPages).toBe(Math.ceil(expected.length / 7));
  });

  it('counts facets for the current query, located and online hits together; the chosen group counted without its own choice', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=5&free=true');
    const locatedAny = offers.filter((o) => isVisible(o, TODAY))
      .flatMap((o) => o.locations.filter((l) => haversineMeters(pc4201(), l) <= 5000).map(() => o));
    const onlineAny = offers.filter((o) => isVisible(o, TODAY) && o.locations.length === 0 && o.serviceArea &&
      ('national' in o.serviceArea || o.serviceArea.gemeenten.includes('GM0512')));
    const located = locatedAny.filter((o) => o.cost.free);
    const online = onlineAny.filter((o) => o.cost.free);
    const count = (hits: Offer[], values: (o: Offer) => readonly string[]) => {
      const counts: Record<string, number> = {};
      for (const offer of hits) for (const value of values(offer)) counts[value] = (counts[value] ?? 0) + 1;
      return counts;
    };
    const all = [...located, ...online];
    expect(body.facets.themes).toEqual(count(all, (o) => o.themes));
    expect(body.facets.dayParts).toEqual(count(all, (o) => o.schedule.dayParts));
    expect(body.facets.weekdays).toEqual(count(all, (o) => o.schedule.weekdays));
    expect(body.facets.kinds).toEqual(count(all, (o) => [o.kind]));
    expect(body.facets.targetGroups).toEqual(count(all, (o) => (o.targetGroups.length === 0 || o.targetGroups.includes('iedereen') ? TARGET_GROUPS : o.targetGroups)));
    // "Gratis" is the chosen group: its counts say what each choice gives, so without the free filter.
    expect(body.facets.free).toEqual(count([...locatedAny, ...onlineAny], (o) => [String(o.cost.free)]));
    expect(body.facets.online).toEqual({ location: located.length, online: online.length });
  });
});

describe('visibility', () => {
  it('never returns inactive or expired offers, and keeps the alert of a temporarily closed one', async () => {
    const { body } = await service.get('/v1/search?region=GM0512,GM1978,GM0505&limit=50&page=1');
    const all = [...body.results];
    for (let page = 2; page <= body.totalPages; page++) {
      all.push(...(await service.get(`/v1/search?region=GM0512,GM1978,GM0505&limit=50&page=${page}`)).body.results);
    }
    const hidden = offers.filter((offer) => !isVisible(offer, TODAY)).map((offer) => offer.id);
    expect(hidden.length).toBeGreaterThan(0);
    expect(all.filter((hit: any) => hidden.includes(hit.offer.id))).toEqual([]);
    const closed = all.filter((hit: any) => hit.offer.status === 'temporarily-closed');
    expect(closed.length).toBeGreaterThan(0);
    for (const hit of closed) expect(hit.offer.alert).toMatch(/gesloten/);
    const visibleLocations = offers.filter((o) => isVisible(o, TODAY)).reduce((sum, o) => sum + o.locations.length, 0);
    expect(all.length).toBe(visibleLocations);
  });
});

describe('online offers', () => {
  it('lists the online-only offers serving the area apart from the located results', async () => {
    const { body } = await service.get('/v1/search?near=4201&limit=50');
    const expected = offers
      .filter((o) => isVisible(o, TODAY) && o.locations.length === 0 && o.serviceArea &&
        ('national' in o.serviceArea || o.serviceArea.gemeenten.includes('GM0512')))
      .map((o) => o.id)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(body.online.results.map((hit: any) => hit.offer.id).sort()).toEqual(expected);
    expect(body.online.results.every((hit: any) => hit.location === null && hit.distanceMeters === null)).toBe(true);
    expect(body.results.every((hit: any) => hit.location !== null)).toBe(true);
  });

  it('leaves them out with online=exclude', async () => {
    const { body } = await service.get('/v1/search?near=4201&online=exclude');
    expect(body.online).toEqual({ total: 0, results: [] });
  });
});

describe('region', () => {
  it('strictRegion keeps only locations in the region, even when others are nearer', async () => {
    const loose = (await service.get('/v1/search?near=4201&radiusKm=10&limit=50&region=GM0512')).body;
    const strict = (await service.get('/v1/search?near=4201&radiusKm=10&limit=50&region=GM0512&strictRegion=true')).body;
    expect(loose.results.some((hit: any) => hit.location.address.gemeenteCode !== 'GM0512')).toBe(true);
    expect(strict.results.length).toBeGreaterThan(0);
    expect(strict.results.every((hit: any) => hit.location.address.gemeenteCode === 'GM0512')).toBe(true);
    const expected = expectedNear(pc4201(), 10).filter((hit) => hit.gemeenteCode === 'GM0512');
    expect(strict.total).toBe(expected.length);
  });

  it('without a location, the region is the scope and its middle the centre', async () => {
    const { body } = await service.get('/v1/search?region=GM1978&limit=5');
    expect(body.center).toMatchObject({ kind: 'region', label: 'Molenlanden' });
    expect(body.radiusKm).toBeNull();
    // Sorted from the region's middle, but that distance means nothing to a resident: not shown.
    expect(body.results.every((hit: any) => hit.distanceMeters === null)).toBe(true);
    const expected = offers.filter((o) => isVisible(o, TODAY)).flatMap((o) => o.locations).filter((l) => l.address.gemeenteCode === 'GM1978');
    expect(body.total).toBe(expected.length);
  });
});

describe('text search', () => {
  it('finds computer courses despite a typo ("computr")', async () => {
    const { body } = await service.get('/v1/search?q=computr&region=GM0512,GM1978,GM0505');
    expect(body.total).toBeGreaterThan(0);
    expect(body.results[0].offer.themes).toContain('digitaal');
    expect(body.results.some((hit: any) => hit.offer.title.includes('Klik & Tik'))).toBe(true);
  });

  it('finds the Taalcafé for "taalles" and highlights the match', async () => {
    const { body } = await service.get('/v1/search?q=taalles&near=4201');
    expect(body.results.some((hit: any) => hit.offer.title === 'Taalcafé')).toBe(true);
    const taalcafe = body.results.find((hit: any) => hit.offer.title === 'Taalcafé');
    expect(taalcafe.highlight.title).toEqual([{ text: 'Taalcafé', match: true }]);
  });
});

describe('places as the centre', () => {
  it.each([
    ['4201 AB', 'postcode'],
    ['4201ab', 'postcode'],
    ['Bleskensgraaf', 'woonplaats'],
    ['Nieuw-Lekkerland', 'woonplaats'],
    ['Molenlanden', 'gemeente'],
    ['Emmen', 'woonplaats'],
    ['51.83,4.97', 'coordinates'],
  ])('accepts near=%s', async (near, kind) => {
    const { status, body } = await service.get(`/v1/search?near=${encodeURIComponent(near)}`);
    expect(status).toBe(200);
    expect(body.center.kind).toBe(kind);
  });

  it('PC6 falls back to the PC4 centre', async () => {
    const { body } = await service.get('/v1/search?near=4201AB');
    expect(body.center).toMatchObject({ lat: pc4201().lat, lng: pc4201().lng, label: '4201 AB' });
  });
});

describe('GET /v1/offers/:id', () => {
  it('returns one offer with all its locations and its next three sessions', async () => {
    const multi = offers.find((o) => isVisible(o, TODAY) && o.locations.length > 1 && o.schedule.sessions.length > 0)!;
    const { status, body } = await service.get(`/v1/offers/${multi.id}`);
    expect(status).toBe(200);
    const { today, upcoming, ...offer } = body;
    expect(offer).toEqual(JSON.parse(JSON.stringify(multi)));
    expect(today).toBe(TODAY);
    expect(upcoming).toEqual(upcomingSessions(multi.schedule, NOW, 3));
    expect(upcoming).toHaveLength(3);
  });

  it('says 404 for an unknown or inactive offer', async () => {
    const inactive = offers.find((o) => o.status === 'inactive');
    for (const id of ['bestaat-niet', ...(inactive ? [inactive.id] : [])]) {
      const { status, body } = await service.get(`/v1/offers/${id}`);
      expect(status).toBe(404);
      expect(body).toEqual({
        error: { status: 404, code: 'not_found', message: { nl: 'Dit aanbod bestaat niet (meer).', en: 'This offer does not exist (any more).' } },
      });
    }
  });
});

describe('multi-location offers', () => {
  it('tells how many other places the offer is at', async () => {
    const multi = offers.find((o) => isVisible(o, TODAY) && o.locations.length > 1 && o.locations[0]!.address.gemeenteCode === 'GM0512')!;
    const { body } = await service.get(`/v1/search?region=GM0512,GM1978&limit=50&q=${encodeURIComponent(multi.title)}`);
    const hits = body.results.filter((hit: any) => hit.offer.id === multi.id);
    expect(hits.length).toBe(multi.locations.length);
    for (const hit of hits) expect(hit.otherLocations).toBe(multi.locations.length - 1);
  });
});
