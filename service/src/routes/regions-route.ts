import type Router from '@koa/router';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { parseInput } from '../http/validate.js';
import { GemeenteCode } from '../offers/offer.js';
import { GEO_ATTRIBUTION } from '../geo/geo-data.js';

export const RegionParams = z.object({ code: GemeenteCode });

/** `bbox=west,south,east,north` in WGS84 degrees. */
export const BoundariesQuery = z
  .object({
    bbox: z
      .string()
      .transform((value) => value.split(',').map(Number))
      .pipe(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)]))
      .refine(([west, south, east, north]) => west < east && south < north, 'west_before_east'),
  })
  .strict();

const Boundary = z.object({ type: z.literal('Feature'), id: z.string(), properties: z.record(z.string(), z.string()), geometry: z.object({ type: z.string(), coordinates: z.unknown() }) });

export const RegionResponse = z.object({
  code: z.string(),
  name: z.string(),
  provincie: z.string(),
  center: z.object({ lat: z.number(), lng: z.number() }),
  /** [west, south, east, north] */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  boundary: Boundary,
  attribution: z.array(z.string()),
});

export const BoundariesResponse = z.object({ type: z.literal('FeatureCollection'), features: z.array(Boundary), attribution: z.array(z.string()) });

/**
 * `GET /v1/regions/:code`: a gemeente's name, centre, bounding box and boundary, to frame a map
 * before the first search. `GET /v1/boundaries?bbox=`: the gemeente boundaries in view, as a light
 * background map that needs no tile server.
 */
export function addRegionsRoute(router: Router, deps: AppDeps): void {
  router.get('/v1/regions/:code', (ctx) => {
    const { code } = parseInput(RegionParams, ctx.params);
    const gemeente = deps.geo.gemeenten.get(code);
    const boundary = deps.geo.boundaries.get(code);
    if (!gemeente || !boundary) throw ApiError.notFound({ nl: 'Deze gemeente bestaat niet.', en: 'This gemeente does not exist.' });
    const [south, west, north, east] = gemeente.bbox;
    ctx.body = {
      code,
      name: gemeente.name,
      provincie: gemeente.provincie,
      center: { lat: gemeente.lat, lng: gemeente.lng },
      bbox: [west, south, east, north],
      boundary,
      attribution: [...GEO_ATTRIBUTION],
    } satisfies z.infer<typeof RegionResponse>;
    ctx.set('Cache-Control', 'public, max-age=86400');
  });

  router.get('/v1/boundaries', (ctx) => {
    const { bbox: [west, south, east, north] } = parseInput(BoundariesQuery, ctx.query);
    const features = [...deps.geo.gemeenten.values()]
      .filter(({ bbox: [s, w, n, e] }) => w <= east && e >= west && s <= north && n >= south)
      .map((gemeente) => deps.geo.boundaries.get(gemeente.code))
      .filter((feature) => feature !== undefined);
    ctx.body = { type: 'FeatureCollection', features, attribution: GEO_ATTRIBUTION };
    ctx.set('Cache-Control', 'public, max-age=86400');
  });
}
