import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, fixtureOffers } from './helpers/fixture.js';
import { startTestService, type TestService } from './helpers/test-service.js';


/**
 * A judged set: what a resident near 4201 (10 km) types, and the offers a person who read the demo
 * data would expect on top. `first` must be the first result (a list: equally good answers, such as
 * two offers at the same library that both name the word or its synonym; either may come first);
 * every title in `top3` must be among the first three. Written from the offers' texts, not from what
 * the engine returned.
 */
const JUDGED: { q: string; first: string | string[]; top3?: string[] }[] = [
  { q: 'taalcafe', first: 'Taalcafé', top3: ['Taalcafé', 'Taalcafé Dalem'] },
  { q: 'taalcafé', first: 'Taalcafé' },
  { q: 'digid', first: ['IDO spreekuur: hulp bij DigiD en formulieren', 'Digisterker: werken met DigiD'], top3: ['IDO spreekuur: hulp bij DigiD en formulieren', 'Digisterker: werken met DigiD'] },
  { q: 'DigiD aanvragen', first: 'IDO spreekuur: hulp bij DigiD en formulieren' },
  { q: 'digisterker', first: 'Digisterker: werken met DigiD' },
  { q: 'klik en tik', first: 'Klik & Tik: leren werken met de computer' },
  { q: 'computer', first: 'Klik & Tik: leren werken met de computer' },
  // A synonym of both (index-settings.ts): equally good.
  { q: 'computercursus', first: ['Klik & Tik: leren werken met de computer', 'Digisterker: werken met DigiD'], top3: ['Klik & Tik: leren werken met de computer', 'Digisterker: werken met DigiD'] },
  { q: 'smartphone', first: 'Hulp bij uw smartphone of tablet' },
  { q: 'tablet', first: 'Hulp bij uw smartphone of tablet' },
  { q: 'schulden', first: 'SchuldHulpMaatje' },
  { q: 'formulieren', first: 'IDO spreekuur: hulp bij DigiD en formulieren', top3: ['Formulierenhulp'] },
  { q: 'voorlezen', first: 'VoorleesExpress' },
  { q: 'opvoeden', first: 'VoorleesExpress', top3: ['Opvoedspreekuur'] },
  { q: 'woning zoeken', first: 'Hulp bij inschrijven voor een huurwoning' },
  { q: 'werk zoeken', first: 'Werkspreekuur' },
  { q: 'rekenen', first: 'Rekenen voor elke dag Arkel' },
  { q: 'taalhuis', first: 'Taalhuis: hulp bij lezen en schrijven' },
  { q: 'nederlands leren', first: 'Nederlands leren voor nieuwkomers' },
  { q: 'lezen en schrijven', first: 'Taalhuis: hulp bij lezen en schrijven' },
  { q: 'zorgverzekering', first: 'Gezond leven: vragen over zorg' },
  { q: 'ido', first: 'IDO spreekuur: hulp bij DigiD en formulieren' },
  { q: 'post', first: 'Thuisadministratie: hulp bij uw papieren' },
];

let service: TestService;
beforeAll(async () => {
  service = await startTestService(await fixtureOffers(), { now: () => FIXTURE_NOW });
});
afterAll(() => service.close());

describe('with search words, the best match comes first and distance breaks ties', () => {
  it(`has at least 20 judged queries (${JUDGED.length})`, () => {
    expect(JUDGED.length).toBeGreaterThanOrEqual(20);
  });

  it.each(JUDGED)('"$q" → $first', async ({ q, first, top3 = [] }) => {
    const { body } = await service.get(`/v1/search?near=4201&radiusKm=10&limit=10&q=${encodeURIComponent(q)}`);
    const titles = (body.results as { offer: { title: string } }[]).map((hit) => hit.offer.title);
    expect(body.order).toBe('relevance');
    expect([first].flat()).toContain(titles[0]);
    for (const title of top3) expect(titles.slice(0, 3)).toContain(title);
  });

  it('among equally good matches, the nearest comes first', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=10&limit=10&q=digisterker');
    const same = (body.results as { offer: { title: string }; distanceMeters: number }[]).filter((hit) => hit.offer.title === 'Digisterker: werken met DigiD');
    expect(same.length).toBeGreaterThan(1);
    expect(same.map((hit) => hit.distanceMeters)).toEqual([...same.map((hit) => hit.distanceMeters)].sort((a, b) => a - b));
  });

  it('without search words, the list is nearest first', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=10&limit=50&themes=taal');
    expect(body.order).toBe('distance');
    const distances = (body.results as { distanceMeters: number }[]).map((hit) => hit.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
