import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from '../src/meili/meili-clients.js';
import { freePort } from '../src/meili/embedded-meilisearch.js';
import { fixtureOffers } from './helpers/fixture.js';
import { startTestService, type TestService } from './helpers/test-service.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService((await fixtureOffers()).slice(0, 20));
});
afterAll(() => service.close());

const invalid = (fields: unknown[]) => ({
  error: {
    status: 400,
    code: 'invalid_request',
    message: { nl: 'Er klopt iets niet in de zoekvraag.', en: 'Something in the request is not right.' },
    fields,
  },
});

describe('bad input gets a 400 naming the field', () => {
  it('an unknown postcode', async () => {
    const { status, body } = await service.get('/v1/search?near=1000');
    expect(status).toBe(400);
    expect(body).toEqual(invalid([{
      field: 'near',
      code: 'invalid_postcode',
      message: { nl: 'Deze postcode bestaat niet. Probeer bijvoorbeeld 4201.', en: 'This postcode does not exist. Try for example 4201.' },
    }]));
  });

  it('a malformed postcode', async () => {
    const { body } = await service.get('/v1/search?near=42011');
    expect(body.error.fields[0]).toMatchObject({ field: 'near', code: 'invalid_postcode' });
  });

  it('an unknown place, without a geocoder', async () => {
    const { status, body } = await service.get('/v1/search?near=Atlantis');
    expect(status).toBe(400);
    expect(body.error.fields).toEqual([{
      field: 'near',
      code: 'unknown_place',
      message: {
        nl: 'Deze plaats kennen we niet. Kies een plaats uit de lijst of typ een postcode.',
        en: 'We do not know this place. Choose a place from the list or type a postcode.',
      },
    }]);
  });

  it('an ambiguous place returns the candidates, and a candidate works as near', async () => {
    const { status, body } = await service.get('/v1/search?near=Hengelo');
    expect(status).toBe(400);
    const field = body.error.fields[0];
    expect(field.code).toBe('ambiguous_place');
    expect(field.candidates.map((c: any) => c.label).sort()).toEqual(['Hengelo (Bronckhorst)', 'Hengelo (Overijssel)']);
    for (const candidate of field.candidates) {
      const chosen = await service.get(`/v1/search?near=${encodeURIComponent(candidate.near)}`);
      expect(chosen.status).toBe(200);
      expect(chosen.body.center.gemeenteCodes).toEqual([candidate.gemeenteCode]);
    }
  });

  it('a radius over 50 km', async () => {
    const { body } = await service.get('/v1/search?near=4201&radiusKm=51');
    expect(body).toEqual(invalid([{
      field: 'radiusKm',
      code: 'too_large',
      message: { nl: 'De afstand is te groot: het maximum is 50.', en: 'The distance is too large: the maximum is 50.' },
    }]));
  });

  it('an unknown theme and a bad limit at once', async () => {
    const { body } = await service.get('/v1/search?themes=taal,koken&limit=500');
    expect(body.error.fields.map((f: any) => [f.field, f.code])).toEqual([['themes.1', 'invalid_value'], ['limit', 'too_large']]);
    expect(body.error.fields[0].message.nl).toContain('taal, digitaal');
  });

  it('an unknown parameter', async () => {
    const { body } = await service.get('/v1/search?near=4201&color=red');
    expect(body.error.fields).toEqual([{
      field: '(root)', code: 'unknown_field', message: { nl: 'Onbekend veld: color.', en: 'Unknown field: color.' },
    }]);
  });

  it('an unknown region code', async () => {
    const { body } = await service.get('/v1/search?region=GM9999');
    expect(body.error.fields).toEqual([{
      field: 'region', code: 'unknown_region',
      message: { nl: 'Deze gemeentecode kennen we niet: GM9999.', en: 'Unknown gemeente code: GM9999.' },
    }]);
  });

  it('coordinates outside the Netherlands', async () => {
    const { body } = await service.get('/v1/search?lat=48.85&lng=2.35');
    expect(body.error.fields[0]).toMatchObject({ field: 'near', code: 'outside_netherlands' });
  });

  it('filter syntax in a value never reaches Meilisearch', async () => {
    const { status, body } = await service.get(`/v1/search?themes=${encodeURIComponent('taal" OR _geoRadius(0,0,1) OR themes = "x')}`);
    expect(status).toBe(400);
    expect(body.error.fields[0]).toMatchObject({ field: 'themes.0', code: 'invalid_value' });
  });

  it('a quote in the free text is just text', async () => {
    const { status } = await service.get(`/v1/search?q=${encodeURIComponent('"taal" OR (')}&near=4201`);
    expect(status).toBe(200);
  });
});

describe('when Meilisearch is unreachable', () => {
  it('answers 503 with Retry-After, without Meilisearch error text', async () => {
    const port = await freePort();
    const down = await startTestService([], { searchClient: createMeiliClient({ url: `http://127.0.0.1:${port}`, apiKey: 'x'.repeat(32), timeoutMs: 500 }) });
    try {
      const { status, headers, body } = await down.get('/v1/search?near=4201');
      expect(status).toBe(503);
      expect(headers.get('retry-after')).toBe('5');
      expect(body).toEqual({
        error: {
          status: 503,
          code: 'search_unavailable',
          message: {
            nl: 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw.',
            en: 'Search is not available right now. Please try again in a few minutes.',
          },
        },
      });
      expect((await down.get('/readyz')).status).toBe(503);
      expect((await down.get('/healthz')).status).toBe(200);
    } finally {
      await down.close();
    }
  });
});

describe('when Meilisearch does not answer', () => {
  it('answers 503 once the bounded timeout passes, instead of hanging', async () => {
    // A server that accepts connections and never answers, like a paused Meilisearch.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const hanging = await startTestService([], { searchClient: createMeiliClient({ url: `http://127.0.0.1:${port}`, apiKey: 'x'.repeat(32), timeoutMs: 300 }) });
    try {
      const { status, body } = await hanging.get('/v1/search?near=4201');
      expect(status).toBe(503);
      expect(body.error.code).toBe('search_unavailable');
    } finally {
      await hanging.close();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

describe('unknown paths', () => {
  it('answer 404 in the same error shape', async () => {
    const { status, body } = await service.get('/v1/nothing');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});
