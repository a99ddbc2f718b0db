import type { Middleware } from 'koa';
import send from 'koa-send';

/**
 * Serves files below `root` at `prefix` with koa-send (GET and HEAD with Content-Type and
 * Content-Length, no directory listing, `..` cannot escape, no hidden files). A path ending in `/`
 * serves its index.html.
 */
export function staticFiles(prefix: string, root: string, { maxAgeSeconds = 300 } = {}): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(prefix)) return next();
    let served: string | undefined;
    try {
      served = await send(ctx, ctx.path.slice(prefix.length) || '/', {
        root,
        index: 'index.html',
        setHeaders: (res) => res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`),
      });
    } catch (error) {
      // Missing files, directories without index.html and malformed paths fall through to 404.
      if (error instanceof Error && 'status' in error && (error.status === 404 || error.status === 400 || error.status === 403)) return next();
      throw error;
    }
    if (!served) return next();
  };
}
