import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret (login link, session, API token): 32 bytes, URL-safe. */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** What the database keeps of a secret: its SHA-256, so a copy of the database logs nobody in. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares two secrets in constant time (their digests, so the length does not leak either). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
