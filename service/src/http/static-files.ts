import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Middleware } from 'koa';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves files below `root` at `prefix` (GET/HEAD only; no directory listing; `..` cannot escape).
 * A path ending in `/` serves its index.html.
 */
export function staticFiles(prefix: string, root: string, { maxAgeSeconds = 300 } = {}): Middleware {
  const base = resolve(root);
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(prefix)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(ctx.path.slice(prefix.length));
    } catch {
      return next();
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = resolve(join(base, relative));
    if (!file.startsWith(base + sep) || relative.includes('\0')) return next();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return next();
    ctx.type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.length = info.size;
    ctx.lastModified = info.mtime;
    ctx.set('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.body = ctx.method === 'HEAD' ? null : createReadStream(file);
  };
}
