import { z } from 'zod';
import { WholeNumber } from './query-params.js';

/** `GET /v1/places`: what the resident has typed so far. */
export const PlacesQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: WholeNumber.min(1).max(20).default(8),
  })
  .strict();
export type PlacesQuery = z.infer<typeof PlacesQuery>;

export const PLACE_KINDS = ['postcode', 'gemeente', 'woonplaats', 'kern', 'wijk'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PlaceSuggestion = z.object({
  kind: z.enum(PLACE_KINDS),
  label: z.string(),
  /** Send as `near` to search here. */
  near: z.string(),
  gemeenteCode: z.string(),
  gemeenteName: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type PlaceSuggestion = z.infer<typeof PlaceSuggestion>;

export const PlacesResponse = z.object({ results: z.array(PlaceSuggestion) });
export type PlacesResponse = z.infer<typeof PlacesResponse>;
