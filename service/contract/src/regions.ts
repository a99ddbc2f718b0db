import { z } from 'zod';
import { GemeenteCode } from './offer.js';

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

/** A simplified gemeente boundary as a GeoJSON feature (CBS / Kadaster, CC BY 4.0). */
export const Boundary = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({ code: z.string(), naam: z.string(), provincie: z.string() }),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.unknown() }),
});
export type Boundary = z.infer<typeof Boundary>;

/** [west, south, east, north] */
export const BoundingBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BoundingBox = z.infer<typeof BoundingBox>;

export const RegionResponse = z.object({
  code: z.string(),
  name: z.string(),
  provincie: z.string(),
  center: z.object({ lat: z.number(), lng: z.number() }),
  bbox: BoundingBox,
  boundary: Boundary,
  attribution: z.array(z.string()),
});
export type RegionResponse = z.infer<typeof RegionResponse>;

/** A place name to write on a map without tiles: a woonplaats or kern, with its population to rank labels by. */
export const PlaceLabel = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({ naam: z.string(), soort: z.enum(['woonplaats', 'kern']), inwoners: z.number().int().min(0) }),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
});
export type PlaceLabel = z.infer<typeof PlaceLabel>;

/** The most place names one answer holds (the largest first): enough to name a view, light to send. */
export const PLACE_LABELS_MAX = 150;

/** The gemeente boundaries in a box, then the names of its largest places (for a map without tiles). */
export const BoundariesResponse = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.union([Boundary, PlaceLabel])), attribution: z.array(z.string()) });
export type BoundariesResponse = z.infer<typeof BoundariesResponse>;

export const AttributionResponse = z.object({ attribution: z.array(z.string()) });
