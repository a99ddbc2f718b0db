import type { GeoData } from '../geo/geo-data.js';

/**
 * Providers know their address, not their coordinates. When a location has a valid PC4 but no
 * lat/lng or gemeente code, take them from the postcode area (its centre and primary gemeente).
 * Runs before validation, so a wrong postcode is still reported as such.
 */
export function completeLocations(geo: GeoData, record: unknown): unknown {
  if (!record || typeof record !== 'object' || !Array.isArray((record as { locations?: unknown }).locations)) return record;
  const locations = (record as { locations: unknown[] }).locations.map((location) => {
    if (!location || typeof location !== 'object') return location;
    const l = location as { lat?: unknown; lng?: unknown; address?: { postcode?: unknown; gemeenteCode?: unknown } };
    const digits = typeof l.address?.postcode === 'string' ? /^\s*([1-9]\d{3})/.exec(l.address.postcode)?.[1] : undefined;
    const area = digits ? geo.postcodes.get(digits) : undefined;
    if (!area) return location;
    const missingPoint = (l.lat === undefined || l.lat === null || l.lat === '') && (l.lng === undefined || l.lng === null || l.lng === '');
    return {
      ...l,
      ...(missingPoint ? { lat: area.lat, lng: area.lng } : {}),
      address: { ...l.address, ...(l.address?.gemeenteCode ? {} : { gemeenteCode: area.gemeenteCodes[0] }) },
    };
  });
  return { ...(record as object), locations };
}
