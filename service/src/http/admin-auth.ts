import { createHash, timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { ApiError } from './api-error.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Requires `Authorization: Bearer <token>`: 401 without it, 403 with a wrong one. Compares
 * SHA-256 digests with timingSafeEqual, so neither content nor length leaks through timing.
 */
export function requireAdminToken(token: string): Middleware {
  const expected = digest(token);
  return async (ctx, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('Authorization'));
    if (!match) {
      throw new ApiError(401, 'unauthorized', {
        nl: 'U moet inloggen met een beheerderstoken.',
        en: 'An admin token is required.',
      }, undefined, { 'WWW-Authenticate': 'Bearer realm="sek-admin"' });
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new ApiError(403, 'forbidden', { nl: 'Dit beheerderstoken klopt niet.', en: 'This admin token is not valid.' });
    }
    await next();
  };
}
