import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { Metrics } from '../metrics.js';

/** `GET /metrics`: Prometheus text format. Keep it internal (restrict at the proxy); it holds no personal data. */
export function addMetricsRoute(router: Router, metrics: Metrics): void {
  router.get(API_ROUTES.metrics.path, async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
    ctx.set('Cache-Control', 'no-store');
  });
}
