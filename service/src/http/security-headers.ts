import helmet, { type HelmetOptions } from 'helmet';
import type { Middleware } from 'koa';
import { pathScope } from './path-scope.js';

/**
 * The Content-Security-Policy of SEK's own pages (the demo): no inline script, no eval; styles
 * only from files and the widget's constructed stylesheets; images from PDOK tiles and data: URLs.
 */
export const DEMO_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'https://service.pdok.nl'],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/**
 * The management app's CSP: nothing from anywhere else, no inline script or style, no framing
 * (clickjacking), forms only to itself.
 */
export const BEHEER_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

const shared = {
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
  crossOriginOpenerPolicy: { policy: 'same-origin' as const },
  frameguard: { action: 'sameorigin' as const },
};

/**
 * The headers helmet sets with these options, worked out once: they do not depend on the request,
 * and setting a fixed list costs a fraction of running helmet's middleware chain on every request.
 */
function fixedHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  let finished = false;
  helmet(options)({} as never, response as never, () => (finished = true));
  if (!finished) throw new Error('helmet did not set its headers at once');
  return headers;
}

const withHeaders = (headers: Record<string, string>): Middleware => (ctx, next) => {
  ctx.set(headers);
  return next();
};

/** Pages a browser renders: the demo. */
const pageHeaders = withHeaders(fixedHeaders({ ...shared, contentSecurityPolicy: { useDefaults: false, directives: DEMO_CSP_DIRECTIVES } }));

const beheerHeaders = withHeaders(fixedHeaders({ ...shared, frameguard: { action: 'deny' }, contentSecurityPolicy: { useDefaults: false, directives: BEHEER_CSP_DIRECTIVES } }));

/**
 * API answers and the widget bundle are never rendered as documents; other sites load the bundle
 * (`<script src>`) and call the API, so their resources may be used cross-origin.
 */
const resourceHeaders = withHeaders(fixedHeaders({
  ...shared,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
}));

/**
 * Security headers on every response (helmet: nosniff, Referrer-Policy, X-Frame-Options, COOP, CSP,
 * HSTS behind TLS, …); the demo pages also get their CSP and a geolocation permission.
 */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    if (pathScope(ctx.path) === 'demo') {
      ctx.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
      return pageHeaders(ctx, next);
    }
    if (pathScope(ctx.path) === 'beheer') {
      ctx.set('Permissions-Policy', 'geolocation=(), camera=(), microphone=()');
      return beheerHeaders(ctx, next);
    }
    return resourceHeaders(ctx, next);
  };
}
