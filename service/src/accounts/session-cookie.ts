import type { Context } from 'koa';

export const SESSION_COOKIE = 'sek_sessie';

/** Loopback hosts, where a browser talks plain HTTP and a `Secure` cookie would be dropped. */
const isLoopback = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';

/**
 * Sets (or with `value` undefined, clears) the session cookie: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), Secure except on loopback, Path=/.
 */
export function setSessionCookie(ctx: Context, value: string | undefined, maxAgeSeconds = 0): void {
  const parts = [
    `${SESSION_COOKIE}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${value ? maxAgeSeconds : 0}`,
  ];
  if (!isLoopback(ctx.hostname)) parts.push('Secure');
  ctx.append('Set-Cookie', parts.join('; '));
}

export function sessionCookie(ctx: Context): string | undefined {
  const value = ctx.cookies.get(SESSION_COOKIE);
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}
