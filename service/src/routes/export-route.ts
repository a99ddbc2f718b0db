import { Readable } from 'node:stream';
import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { parseInput } from '../http/validate.js';
import { EXPORT_CONTENT_TYPES, exportChunks } from '../export/export-offers.js';
import { validateRegion } from '../search/search-offers.js';

/** `GET /v1/export?format=ndjson|csv|hsds&region=GM0512`: every offer in the database, streamed, to feed another sociale kaart. */
export function addExportRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.export;
  router.get(route.path, async (ctx) => {
    const query = parseInput(route.query, ctx.query);
    const region = validateRegion(deps.geo, query.region);
    const offers = deps.store.publishedOffersIn(region);
    // Read the first offer before answering, so an unreachable database is a 503, not a broken stream.
    const iterator = offers[Symbol.asyncIterator]();
    const first = await iterator.next();
    async function* all() {
      if (!first.done) yield first.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    }
    ctx.type = EXPORT_CONTENT_TYPES[query.format];
    ctx.set('Content-Disposition', `attachment; filename="sek-aanbod.${query.format === 'hsds' ? 'hsds.json' : query.format}"`);
    ctx.body = Readable.from(exportChunks(all(), query.format));
  });
}
