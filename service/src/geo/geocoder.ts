import type { LatLng } from './geo-data.js';

export interface GeocodeResult extends LatLng {
  label: string;
}

/**
 * Turns a full address or a 6-position postcode into a point. Optional: without one, SEK uses
 * the PC4 centre. Production uses the PDOK Locatieserver; tests use `FakeGeocoder`.
 */
export interface Geocoder {
  geocode(query: string, signal?: AbortSignal): Promise<GeocodeResult | null>;
}

/** A geocoder that answers from a fixed table; counts its calls so tests can assert on them. */
export class FakeGeocoder implements Geocoder {
  calls: string[] = [];
  constructor(private readonly answers: Record<string, GeocodeResult>) {}
  async geocode(query: string): Promise<GeocodeResult | null> {
    this.calls.push(query);
    return this.answers[query.trim().toUpperCase()] ?? null;
  }
}
