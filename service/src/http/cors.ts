import koaCors from '@koa/cors';
import type { Middleware } from 'koa';
import { isCorsScope, pathScope } from './path-scope.js';

/**
 * CORS for the public API and the widget bundle: only the configured origins (`*` allows any).
 * The admin API never answers cross-origin requests. Same-origin use needs no configuration.
 * `Vary: Origin` is on every public answer, so a shared cache never serves one site's copy to another.
 */
export function cors(allowedOrigins: string[]): Middleware {
  const any = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins);
  const middleware = koaCors({
    origin: (ctx) => {
      const origin = ctx.get('Origin');
      if (any) return '*';
      return allowed.has(origin) ? origin : '';
    },
    // POST: the provider form (`/v1/submissions`) on a library's or gemeente's own site.
    allowMethods: 'GET, HEAD, POST, OPTIONS',
    // The widget's requests carry no credentials; Server-Timing helps host developers.
    exposeHeaders: 'Retry-After, Server-Timing, X-Request-Id',
    maxAge: 86_400,
  });
  // HSDS is open data without credentials: every site may read it (as the Open Referral UK profile expects).
  const open = koaCors({ origin: '*', allowMethods: 'GET, HEAD, OPTIONS', maxAge: 86_400 });
  return (ctx, next) => {
    const scope = pathScope(ctx.path);
    if (scope === 'hsds') return open(ctx, next);
    return isCorsScope(scope) ? middleware(ctx, next) : next();
  };
}
