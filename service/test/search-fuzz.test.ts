import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureOffers, haversineMeters } from './helpers/fixture.js';
import { startTestService, type TestService } from './helpers/test-service.js';
import { SearchQuery, type Offer } from '@sek/contract';

let service: TestService;
beforeAll(async () => {
  service = await startTestService(await fixtureOffers());
});
afterAll(() => service.close());

/** Strings that attack filter and query syntax, plus anything at all. */
const nasty = fc.oneof(
  fc.constantFrom(
    'taal', 'geld', 'avond', 'true', 'false', 'ja', '4201', '4201 AB', 'Bleskensgraaf', 'Hengelo', 'GM0512', '51.83,4.97',
    '"', "'", '\\', '(', ')', '[', ']', ',', 'OR', 'AND', 'NOT', 'TO', 'IN [', '_geoRadius(0,0,1)', '_geoBoundingBox([0,0],[1,1])',
    'taal" OR themes = "geld', 'x) OR (y', '1e308', '-1', '0', 'NaN', 'Infinity', '9'.repeat(40), '', ' ', '%00', '\u0000', '🙂', 'ﬁ', 'ß',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
);
const PARAMS = [
  'q', 'near', 'lat', 'lng', 'radiusKm', 'themes', 'free', 'dayParts', 'weekdays', 'when', 'targetGroups', 'kinds', 'online', 'region',
  'strictRegion', 'kaart', 'order', 'page', 'limit', 'filter', 'sort', '_geo',
];
const queryArbitrary = fc.dictionary(fc.constantFrom(...PARAMS), fc.oneof(nasty, fc.array(nasty, { minLength: 1, maxLength: 3 })), { maxKeys: 5 });

function toSearchParams(query: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params;
}

/** The honest answer: does this hit satisfy every validated filter? */
function honest(hit: { offer: Offer; location: Offer['locations'][number] | null; distanceMeters: number | null }, query: SearchQuery, center: { lat: number; lng: number } | null, radiusKm: number | null): string | undefined {
  const { offer } = hit;
  if (offer.status === 'inactive') return 'inactive offer returned';
  if (query.themes?.length && !offer.themes.some((t) => query.themes!.includes(t))) return 'theme filter ignored';
  if (query.free !== undefined && offer.cost.free !== query.free) return 'free filter ignored';
  if (query.dayParts?.length && !offer.schedule.dayParts.some((d) => query.dayParts!.includes(d))) return 'day part filter ignored';
  if (query.kinds?.length && !query.kinds.includes(offer.kind)) return 'kind filter ignored';
  if (query.targetGroups?.length && !offer.targetGroups.some((g) => query.targetGroups!.includes(g))) return 'target group filter ignored';
  if (query.kaart !== 'beide' && offer.kaart !== query.kaart) return 'kaart filter ignored';
  if (hit.location && center && radiusKm && haversineMeters(center, hit.location) > radiusKm * 1000 + 1) return 'outside the radius';
  return undefined;
}

describe('GET /v1/search with arbitrary parameters', () => {
  const seen = { ok: 0, invalid: 0, hits: 0 };

  it('answers 200 or 400, never 500, never leaks Meilisearch errors, never returns more than the honest query allows', async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary, async (query) => {
        const params = toSearchParams(query);
        const { status, body } = await service.get(`/v1/search?${params}`);
        expect([200, 400]).toContain(status);
        const text = JSON.stringify(body);
        for (const leak of ['filterable', 'invalid_search', 'Meilisearch', 'meilisearch', 'stack', 'Error:']) expect(text).not.toContain(leak);
        if (status === 400) {
          seen.invalid++;
          expect(body.error.code).toBe('invalid_request');
          expect(body.error.fields.length).toBeGreaterThan(0);
          return;
        }
        const parsed = SearchQuery.parse(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)!])));
        expect(body.results.length).toBeLessThanOrEqual(parsed.limit);
        seen.ok++;
        seen.hits += body.results.length + body.online.results.length;
        for (const hit of [...body.results, ...body.online.results]) {
          expect(honest(hit, parsed, body.center, body.radiusKm)).toBeUndefined();
        }
      }),
      { numRuns: 400, seed: 20261122 },
    );
    // The property must exercise real searches, not only rejections.
    expect(seen.ok).toBeGreaterThan(40);
    expect(seen.hits).toBeGreaterThan(100);
  });

  it('answers 200 or 400 for arbitrary place suggestions', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (q) => {
        const { status } = await service.get(`/v1/places?${new URLSearchParams({ q })}`);
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
