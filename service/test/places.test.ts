import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './helpers/test-service.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService([]);
});
afterAll(() => service.close());

describe('GET /v1/places', () => {
  it('suggests a kern despite a typo', async () => {
    const { status, body } = await service.get('/v1/places?q=Bleskengraaf');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ kind: 'woonplaats', label: 'Bleskensgraaf (Molenlanden)', gemeenteCode: 'GM1978' });
  });

  it('suggests postcodes from their digits', async () => {
    const { body } = await service.get('/v1/places?q=4201');
    expect(body.results[0]).toMatchObject({ kind: 'postcode', near: '4201', label: '4201 Gorinchem' });
  });

  it('suggests a gemeente by name', async () => {
    const { body } = await service.get('/v1/places?q=molenlanden');
    expect(body.results[0]).toMatchObject({ kind: 'gemeente', near: 'Molenlanden' });
  });

  it('lists both places called Hengelo', async () => {
    const { body } = await service.get('/v1/places?q=Hengelo');
    const labels = body.results.map((r: any) => r.label);
    expect(labels).toContain('Hengelo (Overijssel)');
    expect(labels).toContain('Hengelo (Bronckhorst)');
  });

  it('requires q', async () => {
    const { status, body } = await service.get('/v1/places');
    expect(status).toBe(400);
    expect(body.error.fields[0]).toMatchObject({ field: 'q', code: 'required' });
  });
});

describe('GET /v1/themes', () => {
  it('returns the taxonomy with Dutch and English labels', async () => {
    const { body } = await service.get('/v1/themes');
    expect(body.themes.map((t: any) => t.slug)).toEqual([
      'taal', 'digitaal', 'rekenen', 'geld', 'werk', 'gezondheid', 'gezin', 'wonen', 'meedoen', 'inburgering', 'overheid',
    ]);
    for (const theme of body.themes) {
      expect(theme.label.nl).toBeTruthy();
      expect(theme.label.en).toBeTruthy();
      expect(theme.pictogram).toBeTruthy();
    }
  });
});
