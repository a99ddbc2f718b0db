import type Router from '@koa/router';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';

/** `/healthz`: the process is alive. `/readyz`: Meilisearch answers and the offers index exists. */
export function addHealthRoutes(router: Router, deps: AppDeps): void {
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    try {
      await deps.search.index(deps.indexes.locations).search('', { limit: 0 });
    } catch (error) {
      throw ApiError.unavailable(error);
    }
    ctx.body = { status: 'ready' };
  });
}
