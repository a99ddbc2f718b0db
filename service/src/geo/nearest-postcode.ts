import type { GeoData, LatLng, PostcodeArea } from './geo-data.js';

/** The PC4 area whose centre is nearest to a point (linear scan over ~4,000 areas, ≈ 0.1 ms). */
export function nearestPostcode(geo: GeoData, point: LatLng): PostcodeArea | undefined {
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
