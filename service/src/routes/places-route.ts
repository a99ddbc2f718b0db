import type Router from '@koa/router';
import { API_ROUTES, type PlacesResponse } from '@sek/contract';
import { CACHE_CONTROL } from '../http/cache-control.js';
import type { AppDeps } from '../app-deps.js';
import { parseInput } from '../http/validate.js';

/** `GET /v1/places?q=`: typo-tolerant suggestions for the "Waar?" field. */
export function addPlacesRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.places;
  router.get(route.path, async (ctx) => {
    const query = parseInput(route.query, ctx.query);
    ctx.body = { results: await deps.searchIndex.suggestPlaces(query.q, query.limit) } satisfies PlacesResponse;
    ctx.set('Cache-Control', CACHE_CONTROL.places);
  });
}
