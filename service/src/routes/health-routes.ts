import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';

/** `/healthz`: the process is alive. `/readyz`: Meilisearch answers and the search index exists. */
export function addHealthRoutes(router: Router, deps: AppDeps): void {
  router.get(API_ROUTES.healthz.path, (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get(API_ROUTES.readyz.path, async (ctx) => {
    await deps.searchIndex.checkReady();
    ctx.body = { status: 'ready' };
  });
}
