import type { GeoData } from '../../service/src/geo/geo-data.js';
import { createRandom } from '../../service/src/demo-data/generate-demo-offers.js';
import { DEMO_REGIONS } from '../../service/src/demo-data/demo-regions.js';
import { THEME_SLUGS } from '@sek/contract';

/** Share of the mix that is a kaart loading on a host's page: the region's default search. */
export const PAGE_LOAD_SHARE = 0.3;
/** Zipf exponent: how strongly a few postcodes and themes dominate (1: the classic rank-frequency law). */
const ZIPF_S = 1;

/** Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, random: () => number): () => number {
  const weights = Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** ZIPF_S);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const w of weights) cumulative.push((running += w / total));
  return () => {
    const x = random();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * What residents really send, in order: about 30 % page loads of a demo kaart (the region's default
 * search, as `<sek-zoeker region=…>` sends it), the rest residents' own searches: a postcode in the
 * demo regions drawn by Zipf (a few busy areas, a long tail), a theme by Zipf (or none), and the
 * common filters (free, evening) now and then, radius 5 km (sometimes 10).
 */
export function residentMix(geo: GeoData, count: number, seed = 7): URLSearchParams[] {
  const random = createRandom(seed);
  const uniform = random.next;
  const gemeenten = new Set<string>(DEMO_REGIONS.flatMap((region) => region.gemeenten));
  // A fixed, shuffled popularity order of the regions' postcodes (not alphabetical: busy areas are anywhere).
  const postcodes = [...geo.postcodes.values()].filter((area) => gemeenten.has(area.gemeenteCodes[0]!)).map((area) => area.postcode4);
  for (let i = postcodes.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [postcodes[i], postcodes[j]] = [postcodes[j]!, postcodes[i]!];
  }
  const themes = [...THEME_SLUGS];
  const postcodeRank = zipf(postcodes.length, uniform);
  const regionRank = zipf(DEMO_REGIONS.length, uniform);
  const themeRank = zipf(themes.length + 1, uniform);
  return Array.from({ length: count }, () => {
    if (random.chance(PAGE_LOAD_SHARE)) return new URLSearchParams({ region: DEMO_REGIONS[regionRank()]!.gemeenten.join(',') });
    const params = new URLSearchParams({ near: postcodes[postcodeRank()]!, radiusKm: random.chance(0.8) ? '5' : '10' });
    const theme = themeRank();
    if (theme > 0) params.set('themes', themes[theme - 1]!);
    if (random.chance(0.15)) params.set('free', 'true');
    if (random.chance(0.1)) params.set('dayParts', 'avond');
    return params;
  });
}
