import type { Middleware } from 'koa';
import { pathScope } from './path-scope.js';

/**
 * The Content-Security-Policy of SEK's own pages (the demo): no inline script, no eval; styles
 * only from files and the widget's constructed stylesheets; images from PDOK tiles and data: URLs.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://service.pdok.nl",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Security headers on every response; the demo pages also get their CSP and a geolocation permission. */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    ctx.set('X-Frame-Options', 'SAMEORIGIN');
    if (pathScope(ctx.path) === 'demo') {
      ctx.set('Content-Security-Policy', DEMO_CSP);
      ctx.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
    } else {
      // API answers and scripts are never rendered as documents.
      ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    await next();
  };
}
