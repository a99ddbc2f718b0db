import type { GeocodeResult, Geocoder } from '../../src/geo/geocoder.js';

/**
 * Stands in for the PDOK Locatieserver (a public service tests never call): answers from a fixed
 * table and counts its calls so tests can assert on them.
 */
export class FakeGeocoder implements Geocoder {
  calls: string[] = [];
  constructor(private readonly answers: Record<string, GeocodeResult>) {}
  async geocode(query: string): Promise<GeocodeResult | null> {
    this.calls.push(query);
    return this.answers[query.trim().toUpperCase()] ?? null;
  }
}
