import type { LatLng } from './geo-data.js';

export interface GeocodeResult extends LatLng {
  label: string;
}

/**
 * Turns a full address or a 6-position postcode into a point. Optional: without one, SEK uses
 * the PC4 centre. Production uses the PDOK Locatieserver; tests use a fake (test/helpers/fake-geocoder.ts), since they never call public services.
 */
export interface Geocoder {
  geocode(query: string, signal?: AbortSignal): Promise<GeocodeResult | null>;
}
