import { createHash } from 'node:crypto';
import type { Middleware } from 'koa';

/** `W/"<prefix>-<hash>"`, or `W/"<hash>"`: a weak tag (compression may change the bytes sent) of a JSON text. */
export function weakEtag(text: string, prefix?: string): string {
  const hash = createHash('sha1').update(text).digest('base64url').slice(0, 16);
  return `W/"${prefix === undefined ? '' : `${prefix}-`}${hash}"`;
}

/**
 * ETag and 304 for public answers (`Cache-Control: public`): a route may set its own ETag (the
 * search, from its cache); otherwise the JSON is serialised once here and tagged by its hash. A
 * request with a matching `If-None-Match` gets 304 without a body. `Vary` comes from CORS (Origin)
 * and compression (Accept-Encoding), on the 304 as on the 200.
 */
export function conditionalGet(): Middleware {
  return async (ctx, next) => {
    await next();
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.status !== 200) return;
    if (!/\bpublic\b/.test(ctx.response.get('Cache-Control'))) return;
    if (!ctx.response.get('ETag')) {
      const body: unknown = ctx.body;
      if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return;
      const text = JSON.stringify(body);
      ctx.body = text;
      ctx.etag = weakEtag(text);
    }
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      ctx.remove('Content-Encoding');
    }
  };
}
