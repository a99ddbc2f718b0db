import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { parseInput } from '../http/validate.js';
import { sendExport } from '../export/send-export.js';
import { validateRegion } from '../search/search-offers.js';

/** `GET /v1/export?format=ndjson|csv|hsds&region=GM0512`: every offer in the database, streamed, to feed another sociale kaart. */
export function addExportRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.export;
  router.get(route.path, async (ctx) => {
    const query = parseInput(route.query, ctx.query);
    const region = validateRegion(deps.geo, query.region);
    await sendExport(ctx, deps.store.publishedOffersIn(region), query.format, 'sek-aanbod');
  });
}
