import type { GeoData, LatLng, PostcodeArea } from './geo-data.js';

/** Points remembered per GeoData: residents search from a few thousand centres, over and over. */
const REMEMBERED = 10_000;
const remembered = new WeakMap<GeoData, Map<string, PostcodeArea | undefined>>();

/**
 * The PC4 area whose centre is nearest to a point: a linear scan over ~4,000 areas (≈ 0.1 ms),
 * remembered per point, so a repeated search centre (a postcode, a village) costs a lookup.
 */
export function nearestPostcode(geo: GeoData, point: LatLng): PostcodeArea | undefined {
  let known = remembered.get(geo);
  if (!known) remembered.set(geo, (known = new Map()));
  const key = `${point.lat},${point.lng}`;
  if (known.has(key)) return known.get(key);
  const area = scan(geo, point);
  if (known.size >= REMEMBERED) known.clear();
  known.set(key, area);
  return area;
}

function scan(geo: GeoData, point: LatLng): PostcodeArea | undefined {
  const cosLat = Math.cos((point.lat * Math.PI) / 180);
  let best: PostcodeArea | undefined;
  let bestDistance = Infinity;
  for (const area of geo.postcodes.values()) {
    const dLat = area.lat - point.lat;
    const dLng = (area.lng - point.lng) * cosLat;
    const distance = dLat * dLat + dLng * dLng;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = area;
    }
  }
  return best;
}
