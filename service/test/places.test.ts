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

describe('GET /v1/regions/:code', () => {
  it('returns name, centre, bounding box and boundary of a gemeente', async () => {
    const { status, body, headers } = await service.get('/v1/regions/GM0512');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 'GM0512', name: 'Gorinchem', provincie: 'Zuid-Holland', center: { lat: 51.83915, lng: 4.97669 } });
    const [west, south, east, north] = body.bbox;
    expect(west).toBeLessThan(body.center.lng);
    expect(east).toBeGreaterThan(body.center.lng);
    expect(south).toBeLessThan(body.center.lat);
    expect(north).toBeGreaterThan(body.center.lat);
    expect(body.boundary).toMatchObject({ type: 'Feature', id: 'GM0512', geometry: { type: 'Polygon' } });
    expect(body.attribution.join(' ')).toContain('CBS');
    expect(headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
  });

  it('404 for a well-formed code that does not exist, 400 for a malformed one', async () => {
    expect((await service.get('/v1/regions/GM9999')).status).toBe(404);
    const bad = await service.get('/v1/regions/Gorinchem');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'code', code: 'invalid_format' });
  });
});

describe('GET /v1/boundaries', () => {
  it('returns the gemeenten that intersect the bounding box', async () => {
    const { body } = await service.get('/v1/boundaries?bbox=4.90,51.80,5.05,51.87');
    const codes = body.features.map((f: any) => f.id);
    expect(codes).toContain('GM0512');
    expect(codes).toContain('GM1978');
    expect(codes).not.toContain('GM0363');
    expect(body.type).toBe('FeatureCollection');
  });

  it('names the largest places in the box, for a map without tiles', async () => {
    const { body } = await service.get('/v1/boundaries?bbox=4.90,51.80,5.05,51.87');
    const labels = body.features.filter((f: any) => f.geometry.type === 'Point');
    const names = labels.map((f: any) => f.properties.naam);
    expect(names).toContain('Gorinchem');
    expect(names).toContain('Arkel');
    for (const label of labels) {
      const [lng, lat] = label.geometry.coordinates;
      expect(lng).toBeGreaterThanOrEqual(4.9);
      expect(lng).toBeLessThanOrEqual(5.05);
      expect(lat).toBeGreaterThanOrEqual(51.8);
      expect(lat).toBeLessThanOrEqual(51.87);
    }
    const populations = labels.map((f: any) => f.properties.inwoners);
    expect(populations).toEqual([...populations].sort((a: number, b: number) => b - a));
    const country = await service.get('/v1/boundaries?bbox=3.3,50.7,7.3,53.6');
    expect(country.body.features.filter((f: any) => f.geometry.type === 'Point')).toHaveLength(150);
  });

  it('rejects a box with west east of east', async () => {
    const { status, body } = await service.get('/v1/boundaries?bbox=5.05,51.80,4.90,51.87');
    expect(status).toBe(400);
    expect(body.error.fields[0].field).toBe('bbox');
  });
});
