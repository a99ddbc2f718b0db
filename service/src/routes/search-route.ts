import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { parseInput } from '../http/validate.js';
import { searchOffers } from '../search/search-offers.js';

/** `GET /v1/search`: offers near a place, with filters, facets and the online offers apart. */
export function addSearchRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.search;
  router.get(route.path, async (ctx) => {
    const started = performance.now();
    const query = parseInput(route.query, ctx.query);
    const timing = { meiliMs: 0 };
    const response = await searchOffers({ index: deps.searchIndex, geo: deps.geo, geocoder: deps.geocoder, now: deps.now, timing }, query);
    ctx.body = response;
    // Counted, never logged: day, gemeente, PC4 area and filters; words only once common (see SearchStats).
    deps.searchStats?.record(query, response);
    ctx.set('Cache-Control', 'no-store');
    // Where the time went, for operators and the benchmark (no personal data).
    ctx.set('Server-Timing', `meili;dur=${timing.meiliMs.toFixed(2)}, app;dur=${(performance.now() - started).toFixed(2)}`);
  });
}
