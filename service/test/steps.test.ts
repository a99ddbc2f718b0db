import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepsResponse, THEME_SLUGS, type Offer, type StepAnswer } from '@sek/contract';
import { plainLanguageHints } from '@sek/contract/plain-language';
import { DEMO_REGIONS } from '../src/demo-data/demo-regions.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { DEFAULT_STEPS } from '../src/steps/default-steps.js';
import { logIn, jsonRequest, type LoggedIn } from './helpers/beheer-session.js';
import { startTestService, type TestService } from './helpers/test-service.js';

/**
 * "Stap voor stap": the sub-questions a region's residents get, SEK's default set judged for plain
 * language and for dead ends (every answer must find offers in the demo data, through the same
 * search request the widget sends), and a coordinator's own sub-questions for their gemeente.
 */

let service: TestService;
let demo: Offer[];
let gorinchem: LoggedIn;
let arnhem: LoggedIn;
const GORINCHEM = 'GM0512';
const MOLENLANDEN = 'GM1978';

beforeAll(async () => {
  demo = await readDemoOffers();
  service = await startTestService(demo);
  gorinchem = await logIn(service, { email: 'coordinator@gorinchem.test', name: 'Cora Gorinchem', role: 'coordinator', gemeenten: [GORINCHEM] });
  arnhem = await logIn(service, { email: 'coordinator@arnhem.test', name: 'Ar Nhem', role: 'coordinator', gemeenten: ['GM0202'] });
});
afterAll(() => service?.close());

/** The search request the widget sends for a theme and an answer (state/search-state.ts `toRequest`). */
function searchPath(theme: string, answer: StepAnswer | undefined, region: readonly string[]): string {
  const implies = answer?.implies ?? {};
  const params = new URLSearchParams({ themes: theme, region: region.join(','), limit: '10' });
  if (implies.q) params.set('q', implies.q);
  if (implies.kinds?.length) params.set('kinds', implies.kinds.join(','));
  if (implies.targetGroups?.length) params.set('targetGroups', implies.targetGroups.join(','));
  if (implies.dayParts?.length) params.set('dayParts', implies.dayParts.join(','));
  if (implies.free) params.set('free', 'true');
  if (implies.online) params.set('online', implies.online);
  return `/v1/search?${params}`;
}

describe('the default sub-questions', () => {
  it('cover every theme with 2-6 answers, valid by the schema, served when no region is given', async () => {
    const { status, headers, body } = await service.get('/v1/steps');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toContain('public');
    const steps = StepsResponse.parse(body);
    expect(steps.themes.map((step) => step.theme)).toEqual([...THEME_SLUGS]);
    for (const step of steps.themes) {
      expect(step.source).toBe('standaard');
      expect(step.answers.length, step.theme).toBeGreaterThanOrEqual(2);
      expect(step.answers.length, step.theme).toBeLessThanOrEqual(6);
    }
  });

  it('are plain language: short, no long or office words, in Dutch and English', () => {
    for (const { theme, answers } of DEFAULT_STEPS.themes) {
      for (const answer of answers) {
        for (const text of [answer.label.nl, answer.summary.nl]) {
          expect(plainLanguageHints(text), `${theme}/${answer.id}: ${text}`).toEqual([]);
          expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(8);
        }
        expect(answer.label.en, `${theme}/${answer.id}`).toBeTruthy();
        expect(answer.summary.en, `${theme}/${answer.id}`).toBeTruthy();
      }
    }
  });

  it('have no dead ends: every answer finds offers in every demo region it can, through the widget\'s own search request', async () => {
    for (const { theme, answers } of DEFAULT_STEPS.themes) {
      for (const answer of answers) {
        const found: Record<string, number> = {};
        for (const region of DEMO_REGIONS) {
          const { status, body } = await service.get(searchPath(theme, answer, region.gemeenten));
          expect(status, `${theme}/${answer.id} in ${region.key}: ${JSON.stringify(body.error ?? '')}`).toBe(200);
          found[region.key] = body.total + body.online.total;
        }
        // The demo data has every kind of offer in the Rivierenland region; elsewhere some may lack one.
        expect(Object.values(found).filter((n) => n > 0).length, `${theme}/${answer.id}: ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(DEMO_REGIONS.length / 2);
        expect(found.rivierenland, `${theme}/${answer.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('narrow the theme: an answer never finds more than its theme alone', async () => {
    const region = ['GM0512', 'GM1978'];
    for (const { theme, answers } of DEFAULT_STEPS.themes) {
      const all = (await service.get(searchPath(theme, undefined, region))).body;
      for (const answer of answers) {
        const narrowed = (await service.get(searchPath(theme, answer, region))).body;
        expect(narrowed.total + narrowed.online.total, `${theme}/${answer.id}`).toBeLessThanOrEqual(all.total + all.online.total);
      }
    }
  });

  it('refuse a wrong region with a field message', async () => {
    const { status, body } = await service.get('/v1/steps?region=Gorinchem');
    expect(status).toBe(400);
    expect(body.error.fields[0].field).toMatch(/^region/);
    expect(body.error.fields[0].message.nl).toContain('gemeentecode');
  });
});

describe('a coordinator\'s own sub-questions', () => {
  const own: StepAnswer[] = [
    { id: 'schulden', label: { nl: 'Ik heb schulden' }, summary: { nl: 'Hulp bij schulden' }, implies: { targetGroups: ['schulden'] } },
    { id: 'formulier', label: { nl: 'Ik snap een brief niet' }, summary: { nl: 'Hulp bij post' }, implies: { q: 'post' } },
  ];

  it('replace the default ones of that theme in their gemeente only, first gemeente of the region first', async () => {
    const put = await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, jsonRequest('PUT', { answers: own }, gorinchem.headers));
    expect(put.status).toBe(204);
    const geldOf = async (region: string) => (await service.get(`/v1/steps?region=${region}`)).body.themes.find((step: { theme: string }) => step.theme === 'geld');
    expect(await geldOf(`${GORINCHEM},${MOLENLANDEN}`)).toEqual({ theme: 'geld', source: GORINCHEM, answers: own });
    expect(await geldOf(`${MOLENLANDEN},${GORINCHEM}`)).toEqual({ theme: 'geld', source: GORINCHEM, answers: own });
    expect((await geldOf(MOLENLANDEN)).source).toBe('standaard');
    // Other themes in Gorinchem stay SEK's.
    const taal = (await service.get(`/v1/steps?region=${GORINCHEM}`)).body.themes.find((step: { theme: string }) => step.theme === 'taal');
    expect(taal.source).toBe('standaard');

    const reset = await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, { method: 'DELETE', headers: gorinchem.headers });
    expect(reset.status).toBe(204);
    expect((await geldOf(GORINCHEM)).source).toBe('standaard');
  });

  it('are refused outside the coordinator\'s gemeenten, and with field messages when they are not valid', async () => {
    expect((await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, jsonRequest('PUT', { answers: own }, arnhem.headers))).status).toBe(403);

    const one = await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, jsonRequest('PUT', { answers: own.slice(0, 1) }, gorinchem.headers));
    expect(one.status).toBe(400);
    expect(one.body.error.fields[0].message.nl).toContain('2 tot 6 antwoorden');

    const twice = await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, jsonRequest('PUT', { answers: [own[0], own[0]] }, gorinchem.headers));
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields.map((f: { message: { nl: string } }) => f.message.nl).join(' ')).toContain('dezelfde code');

    const badKind = await service.get(`/v1/admin/steps/${GORINCHEM}/geld`, jsonRequest('PUT', { answers: [own[0], { ...own[1], implies: { kinds: ['les'] } }] }, gorinchem.headers));
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.fields[0].field).toBe('answers.1.implies.kinds.0');
    expect(badKind.body.error.fields[0].message.nl).toMatch(/soorten hulp/i);

    const unknownTheme = await service.get(`/v1/admin/steps/${GORINCHEM}/sport`, jsonRequest('PUT', { answers: own }, gorinchem.headers));
    expect(unknownTheme.status).toBe(400);
    expect(unknownTheme.body.error.fields[0].field).toBe('theme');
    // Nothing of the refused ones was stored.
    expect((await service.get(`/v1/steps?region=${GORINCHEM}`)).body.themes.every((step: { source: string }) => step.source === 'standaard')).toBe(true);
  });
});
