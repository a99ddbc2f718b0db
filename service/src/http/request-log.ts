import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import { pathScope } from './path-scope.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/**
 * Gives every request an id (`X-Request-Id`, ours unless a valid one came in), logs one JSON line per
 * request and records its metrics. Logged: id, method, route pattern, status, duration. Never logged:
 * client addresses, query strings (free text, postcodes), bodies or headers.
 */
export function requestLog(log: Logger, metrics: Metrics): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('X-Request-Id');
    const requestId = /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      const scope = pathScope(ctx.path);
      const route = (ctx._matchedRoute as string | undefined) ?? (scope === 'widget' ? '/widget/*' : scope === 'demo' ? '/demo/*' : 'unmatched');
      const seconds = (performance.now() - started) / 1000;
      metrics.requestDuration.observe({ method: ctx.method, route, status: String(ctx.status) }, seconds);
      log.info('request', { requestId, method: ctx.method, route, status: ctx.status, durationMs: Math.round(seconds * 10_000) / 10 });
    }
  };
}
