import type { Middleware } from 'koa';
import koaHelmet from 'koa-helmet';
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

/** Pages a browser renders: the demo. */
const pageHeaders = koaHelmet({ ...shared, contentSecurityPolicy: { useDefaults: false, directives: DEMO_CSP_DIRECTIVES } });

const beheerHeaders = koaHelmet({ ...shared, frameguard: { action: 'deny' }, contentSecurityPolicy: { useDefaults: false, directives: BEHEER_CSP_DIRECTIVES } });

/**
 * API answers and the widget bundle are never rendered as documents; other sites load the bundle
 * (`<script src>`) and call the API, so their resources may be used cross-origin.
 */
const resourceHeaders = koaHelmet({
  ...shared,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

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
