import type Router from '@koa/router';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { parseInput } from '../http/validate.js';
import { WholeNumber } from '../search/search-query.js';
import type { PlaceDocument } from '../places/place-document.js';

export const PlacesQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: WholeNumber.min(1).max(20).default(8),
  })
  .strict();

export const PlaceSuggestion = z.object({
  kind: z.enum(['postcode', 'gemeente', 'woonplaats', 'kern', 'wijk']),
  label: z.string(),
  /** Send as `near` to search here. */
  near: z.string(),
  gemeenteCode: z.string(),
  gemeenteName: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export const PlacesResponse = z.object({ results: z.array(PlaceSuggestion) });
export type PlacesResponse = z.infer<typeof PlacesResponse>;

/** `GET /v1/places?q=`: typo-tolerant suggestions for the "Waar?" field. */
export function addPlacesRoute(router: Router, deps: AppDeps): void {
  router.get('/v1/places', async (ctx) => {
    const query = parseInput(PlacesQuery, ctx.query);
    const response = await deps.search.index<PlaceDocument>(deps.indexes.places).search(query.q, { limit: query.limit, locales: ['nld'] });
    const body: PlacesResponse = {
      results: response.hits.map((hit) => ({
        kind: hit.kind,
        label: hit.label,
        near: hit.near,
        gemeenteCode: hit.gemeenteCode,
        gemeenteName: hit.gemeenteName,
        lat: hit._geo.lat,
        lng: hit._geo.lng,
      })),
    };
    ctx.body = body;
    ctx.set('Cache-Control', 'public, max-age=3600');
  });
}
