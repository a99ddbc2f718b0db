import type Router from '@koa/router';
import { API_ROUTES, PLACE_LABELS_MAX, type BoundariesResponse, type PlaceLabel, type RegionResponse } from '@sek/contract';
import { CACHE_CONTROL } from '../http/cache-control.js';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../domain-errors.js';
import { parseInput } from '../http/validate.js';
import { GEO_ATTRIBUTION } from '../geo/geo-data.js';

/**
 * `GET /v1/regions/:code`: a gemeente's name, centre, bounding box and boundary, to frame a map
 * before the first search. `GET /v1/boundaries?bbox=`: the gemeente boundaries in view and the names
 * of its largest places, as a light background map that needs no tile server.
 */
export function addRegionsRoute(router: Router, deps: AppDeps): void {
  router.get(API_ROUTES.region.path, (ctx) => {
    const { code } = parseInput(API_ROUTES.region.params, ctx.params);
    const gemeente = deps.geo.gemeenten.get(code);
    const boundary = deps.geo.boundaries.get(code);
    if (!gemeente || !boundary) throw new NotFoundError({ nl: 'Deze gemeente bestaat niet.', en: 'This gemeente does not exist.' });
    const [south, west, north, east] = gemeente.bbox;
    ctx.body = {
      code,
      name: gemeente.name,
      provincie: gemeente.provincie,
      center: { lat: gemeente.lat, lng: gemeente.lng },
      bbox: [west, south, east, north],
      boundary,
      attribution: [...GEO_ATTRIBUTION],
    } satisfies RegionResponse;
    ctx.set('Cache-Control', CACHE_CONTROL.geo);
  });

  router.get(API_ROUTES.boundaries.path, (ctx) => {
    const { bbox: [west, south, east, north] } = parseInput(API_ROUTES.boundaries.query, ctx.query);
    const features = [...deps.geo.gemeenten.values()]
      .filter(({ bbox: [s, w, n, e] }) => w <= east && e >= west && s <= north && n >= south)
      .map((gemeente) => deps.geo.boundaries.get(gemeente.code))
      .filter((feature) => feature !== undefined);
    const labels = deps.geo.places
      .filter((place) => (place.kind === 'woonplaats' || place.kind === 'kern') && place.lng >= west && place.lng <= east && place.lat >= south && place.lat <= north)
      .sort((a, b) => b.population - a.population)
      .slice(0, PLACE_LABELS_MAX)
      .map((place): PlaceLabel => ({
        type: 'Feature',
        id: place.id,
        properties: { naam: place.name, soort: place.kind as PlaceLabel['properties']['soort'], inwoners: Math.round(place.population) },
        geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
      }));
    ctx.body = { type: 'FeatureCollection', features: [...features, ...labels], attribution: [...GEO_ATTRIBUTION] } satisfies BoundariesResponse;
    ctx.set('Cache-Control', CACHE_CONTROL.geo);
  });
}
