import type { Middleware } from 'koa';

/**
 * CORS for the public API and the widget bundle: only the configured origins (`*` allows any).
 * The admin API never answers cross-origin requests. Same-origin use needs no configuration.
 */
export function cors(allowedOrigins: string[]): Middleware {
  const any = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins);
  return async (ctx, next) => {
    const origin = ctx.get('Origin');
    const isPublic = (ctx.path.startsWith('/v1/') && !ctx.path.startsWith('/v1/admin/')) || ctx.path.startsWith('/widget/') || ctx.path === '/openapi.json';
    if (isPublic && origin && (any || allowed.has(origin))) {
      ctx.set('Access-Control-Allow-Origin', any ? '*' : origin);
      if (!any) ctx.vary('Origin');
      // The widget's requests carry no credentials; Server-Timing helps host developers.
      ctx.set('Access-Control-Expose-Headers', 'Retry-After, Server-Timing, X-Request-Id');
      if (ctx.method === 'OPTIONS') {
        ctx.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
        ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'Content-Type');
        ctx.set('Access-Control-Max-Age', '86400');
        ctx.status = 204;
        return;
      }
    }
    await next();
  };
}
