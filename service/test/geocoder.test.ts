import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGeocoder } from './helpers/fake-geocoder.js';
import { PdokGeocoder } from '../src/geo/pdok-geocoder.js';
import { resolveLocation } from '../src/geo/resolve-location.js';
import { geo } from './helpers/test-service.js';

describe('resolveLocation with a geocoder (fake; tests never call PDOK)', () => {
  const fake = new FakeGeocoder({
    '4201 AB': { lat: 51.8301, lng: 4.9712, label: '4201 AB' },
    'STATIONSWEG 1, GORINCHEM': { lat: 51.8357, lng: 4.9697, label: 'Stationsweg 1, Gorinchem' },
  });

  it('uses the exact PC6 point when the geocoder knows it', async () => {
    await expect(resolveLocation(geo(), '4201ab', fake)).resolves.toMatchObject({ lat: 51.8301, lng: 4.9712, label: '4201 AB', gemeenteCodes: ['GM0512'] });
  });

  it('falls back to the PC4 centre when it does not', async () => {
    const pc4 = geo().postcodes.get('4201')!;
    await expect(resolveLocation(geo(), '4201 ZZ', fake)).resolves.toMatchObject({ lat: pc4.lat, lng: pc4.lng, label: '4201 ZZ' });
  });

  it('geocodes a full address that is no place name', async () => {
    await expect(resolveLocation(geo(), 'Stationsweg 1, Gorinchem', fake)).resolves.toMatchObject({ kind: 'address', gemeenteCodes: ['GM0512'] });
  });

  it('never asks the geocoder for a plain PC4 or a known place', async () => {
    fake.calls = [];
    await resolveLocation(geo(), '4201', fake);
    await resolveLocation(geo(), 'Bleskensgraaf', fake);
    expect(fake.calls).toEqual([]);
  });
});

describe('PdokGeocoder against a local stand-in for the Locatieserver', () => {
  let server: Server;
  let baseUrl: string;
  const seen: URL[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://localhost');
      seen.push(url);
      if (url.searchParams.get('q') === 'kapot') {
        res.writeHead(500).end();
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ response: { docs: [{ weergavenaam: 'Stationsweg 1, 4205AA Gorinchem', centroide_ll: 'POINT(4.9697 51.8357)' }] } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/free`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('parses the centroid of the first document', async () => {
    const geocoder = new PdokGeocoder(baseUrl);
    await expect(geocoder.geocode('Stationsweg 1 Gorinchem')).resolves.toEqual({ lat: 51.8357, lng: 4.9697, label: 'Stationsweg 1, 4205AA Gorinchem' });
    expect(seen.at(-1)!.searchParams.get('rows')).toBe('1');
  });

  it('answers null on a server error, so SEK falls back', async () => {
    await expect(new PdokGeocoder(baseUrl).geocode('kapot')).resolves.toBeNull();
  });
});
