import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';

/**
 * `/healthz`: the process is alive. `/readyz`: Meilisearch answers and the search index exists (503
 * otherwise); the body also says whether the database answers and how far the index is behind it.
 */
export function addHealthRoutes(router: Router, deps: AppDeps): void {
  router.get(API_ROUTES.healthz.path, (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get(API_ROUTES.readyz.path, async (ctx) => {
    // Residents search Meilisearch: without it SEK is not ready. Without the database, search still works.
    await deps.searchIndex.checkReady();
    const lag = await deps.projection.lag().catch(() => undefined);
    ctx.body = { status: 'ready', search: 'ok', database: lag ? 'ok' : 'unavailable', ...(lag ? { projection: lag } : {}) };
    ctx.set('Cache-Control', 'no-store');
  });
}
