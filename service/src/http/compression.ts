import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Middleware } from 'koa';
import compress from 'koa-compress';
import { pathScope, type PathScope } from './path-scope.js';

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_FROM_BYTES = 1024;
const GZIP = { level: 6 };
// Quality 4 keeps brotli as fast as gzip level 6 with smaller output; 11 (the default) is for build-time compression.
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The encodings SEK sends, best first. */
export type Encoding = 'br' | 'gzip';

/** `text` compressed as the middleware would: for answers kept compressed (the search answer cache). */
export function encode(text: string, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotliAsync(text, BROTLI) : gzipAsync(text, GZIP);
}

/**
 * gzip/brotli (koa-compress) for answers above 1 KB, for the given path scopes.
 * Measured on loopback (2 cores, 262 searches near demo postcodes, 20 results): a search answer
 * shrinks from 29.5 KB to 5.1 KB (gzip 6) or 5.2 KB (brotli 4); p50 was 7.2–9.5 ms without and
 * 7.8–9.2 ms with compression, i.e. within run-to-run noise. A phone on a mobile network saves far
 * more than that, so the API is compressed too.
 */
export function compression(scopes: readonly PathScope[]): Middleware {
  const middleware = compress({ threshold: COMPRESS_FROM_BYTES, gzip: GZIP, br: BROTLI, deflate: false });
  return (ctx, next) => (scopes.includes(pathScope(ctx.path)) ? middleware(ctx, next) : next());
}
