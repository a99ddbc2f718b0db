import { sql, type Kysely } from 'kysely';
import type { DistanceBand, WhiteSpotArea } from '@sek/contract';
import type { DatabaseSchema } from '../database/schema.js';
import { guardedDb } from '../database/database-errors.js';
import type { GeoData, LatLng, PostcodeArea } from '../geo/geo-data.js';

/** A place where a matching offer happens. */
export interface OfferPoint extends LatLng {
  id: string;
  title: string;
  place: string;
}

export interface WhiteSpotFilter {
  theme?: string;
  free: boolean;
  evening: boolean;
  /** `YYYY-MM-DD`: offers that ended before this day do not count. */
  today: string;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function kmBetween(a: LatLng, b: LatLng): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function bandOf(km: number | null): DistanceBand {
  if (km === null || km > 10) return 'verder';
  return km <= 2 ? '2' : km <= 5 ? '5' : '10';
}

/** Every place of a published, active offer that matches: anywhere in the country, so distances cross gemeente borders. */
export async function matchingOfferPoints(db: Kysely<DatabaseSchema>, filter: WhiteSpotFilter): Promise<OfferPoint[]> {
  const result = await guardedDb(() => sql<{ id: string; title: string; lat: number; lng: number; place: string }>`
    select o.id, o.data->>'title' as title, (l->>'lat')::float8 as lat, (l->>'lng')::float8 as lng, l->'address'->>'place' as place
    from offers o cross join lateral jsonb_array_elements(o.data->'locations') as l
    where o.publication = 'published' and o.status = 'active' and (o.expires_on is null or o.expires_on >= ${filter.today}::date)
      ${filter.theme ? sql`and o.data->'themes' ? ${filter.theme}` : sql``}
      ${filter.free ? sql`and (o.data->'cost'->>'free')::boolean` : sql``}
      ${filter.evening ? sql`and o.data->'schedule'->'dayParts' ? 'avond'` : sql``}`.execute(db));
  return result.rows;
}

/** The PC4 areas of gemeenten (by their main gemeente), in postcode order. */
export function areasOf(geo: GeoData, gemeenten: string[]): PostcodeArea[] {
  return [...geo.postcodes.values()].filter((area) => gemeenten.includes(area.gemeenteCodes[0]!)).sort((a, b) => a.postcode4.localeCompare(b.postcode4));
}

/**
 * Per area, the nearest offer place from the area's centre. A linear scan (areas × places): a
 * gemeente has tens of areas, so even 100,000 places take well under a second.
 */
export function nearestPoints(areas: PostcodeArea[], points: OfferPoint[], zeroResults: Map<string, number>): WhiteSpotArea[] {
  return areas.map((area) => {
    let best: OfferPoint | undefined;
    let bestKm = Infinity;
    for (const point of points) {
      const km = kmBetween(area, point);
      if (km < bestKm) {
        bestKm = km;
        best = point;
      }
    }
    const km = best ? Math.round(bestKm * 100) / 100 : null;
    return {
      postcode4: area.postcode4,
      woonplaats: area.woonplaats,
      lat: area.lat,
      lng: area.lng,
      km,
      band: bandOf(km),
      nearest: best ? { id: best.id, title: best.title, place: best.place } : null,
      zeroResults: zeroResults.get(area.postcode4) ?? 0,
    };
  });
}
