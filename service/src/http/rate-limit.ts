import { createHmac, randomBytes } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { ApiError } from './api-error.js';

export interface RateLimitOptions {
  /** Requests allowed per client per minute (a token bucket: bursts up to this many, refilled evenly). */
  perMinute: number;
  /** Lower-case header that carries the client address behind a trusted proxy; unset: the socket address. */
  trustedHeader?: string;
  scope: string;
  onLimited?: (scope: string) => void;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Keyed by a salted hash, so not even memory holds a client's address. */
const salt = randomBytes(16);
const keyOf = (address: string) => createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);

export function clientAddress(ctx: Context, trustedHeader?: string): string {
  if (trustedHeader) {
    // X-Forwarded-For lists the hops; the first is the client as the trusted proxy saw it.
    const forwarded = ctx.get(trustedHeader).split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return ctx.socket.remoteAddress ?? 'unknown';
}

/**
 * Per-client rate limit: 429 with `Retry-After` (seconds) when the bucket is empty. Buckets of idle
 * clients are dropped after a few minutes, so memory stays bounded by the number of active clients.
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  const buckets = new Map<string, Bucket>();
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const now = options.now ?? Date.now;
  let lastSweep = now();
  return async (ctx, next) => {
    const time = now();
    if (time - lastSweep > 60_000) {
      for (const [key, bucket] of buckets) if (time - bucket.updated > 5 * 60_000) buckets.delete(key);
      lastSweep = time;
    }
    const key = keyOf(clientAddress(ctx, options.trustedHeader));
    const bucket = buckets.get(key) ?? { tokens: capacity, updated: time };
    bucket.tokens = Math.min(capacity, bucket.tokens + (time - bucket.updated) * refillPerMs);
    bucket.updated = time;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      options.onLimited?.(options.scope);
      throw new ApiError(429, 'rate_limited', {
        nl: `U zoekt te vaak achter elkaar. Wacht ${retryAfter} seconden en probeer het opnieuw.`,
        en: `Too many requests. Wait ${retryAfter} seconds and try again (limit: ${options.perMinute} per minute).`,
      }, undefined, { 'Retry-After': String(retryAfter) });
    }
    bucket.tokens -= 1;
    await next();
  };
}
