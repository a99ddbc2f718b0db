import { z } from 'zod';
import type { GeocodeResult, Geocoder } from './geocoder.js';

const PDOK_FREE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

const PdokResponse = z.object({
  response: z.object({
    docs: z.array(z.object({ weergavenaam: z.string(), centroide_ll: z.string() })),
  }),
});

/**
 * Geocoder backed by the PDOK Locatieserver (`SEK_GEOCODER=pdok`). Never used in tests.
 * Bounded by a timeout; any failure means "no answer", so SEK falls back to the PC4 centre.
 */
export class PdokGeocoder implements Geocoder {
  constructor(
    private readonly baseUrl = PDOK_FREE_URL,
    private readonly timeoutMs = 1500,
  ) {}

  async geocode(query: string, signal?: AbortSignal): Promise<GeocodeResult | null> {
    const url = new URL(this.baseUrl);
    url.searchParams.set('q', query);
    url.searchParams.set('rows', '1');
    url.searchParams.set('fq', 'type:(adres OR postcode)');
    url.searchParams.set('fl', 'weergavenaam,centroide_ll');
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      if (!response.ok) return null;
      const parsed = PdokResponse.safeParse(await response.json());
      const doc = parsed.success ? parsed.data.response.docs[0] : undefined;
      const match = doc?.centroide_ll.match(/^POINT\(([\d.]+) ([\d.]+)\)$/);
      if (!doc || !match) return null;
      return { label: doc.weergavenaam, lng: Number(match[1]), lat: Number(match[2]) };
    } catch {
      return null;
    }
  }
}
