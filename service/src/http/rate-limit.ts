import { createHmac, randomBytes } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from './api-error.js';

export interface RateLimitOptions {
  /** Requests allowed per client per minute. */
  perMinute: number;
  /** Lower-case header that carries the client address behind a trusted proxy; unset: the socket address. */
  trustedHeader?: string;
  scope: string;
  onLimited?: (scope: string) => void;
}

/** Keyed by a salted hash, so not even memory holds a client's address (or, for logins, an e-mail address). */
const salt = randomBytes(16);
export const limiterKey = (address: string) => createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);

export function clientAddress(ctx: Context, trustedHeader?: string): string {
  if (trustedHeader) {
    // X-Forwarded-For lists the hops; the first is the client as the trusted proxy saw it.
    const forwarded = ctx.get(trustedHeader).split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return ctx.socket.remoteAddress ?? 'unknown';
}

/**
 * Per-client rate limit (rate-limiter-flexible, in memory: per instance; its PostgreSQL store gives
 * one limit across instances): 429 with `Retry-After` in seconds once a client used its requests for
 * the current minute. Keys expire with their window, so memory stays bounded by the active clients.
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  const limiter = new RateLimiterMemory({ points: options.perMinute, duration: 60, keyPrefix: options.scope });
  return async (ctx, next) => {
    try {
      await limiter.consume(limiterKey(clientAddress(ctx, options.trustedHeader)));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      options.onLimited?.(options.scope);
      throw new ApiError(429, 'rate_limited', {
        nl: `U zoekt te vaak achter elkaar. Wacht ${retryAfter} seconden en probeer het opnieuw.`,
        en: `Too many requests. Wait ${retryAfter} seconds and try again (limit: ${options.perMinute} per minute).`,
      }, undefined, { 'Retry-After': String(retryAfter) });
    }
    await next();
  };
}
