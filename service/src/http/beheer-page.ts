import type { Middleware } from 'koa';
import send from 'koa-send';

/**
 * The management app's one page: every GET below `/beheer/` answers with it (the app reads the
 * path itself), so a bookmarked or reloaded screen opens where it was. Its script and styles come
 * from `/widget/`; the page is never cached, so a new release is picked up at once. `/aanmelden/`
 * is the provider form's own page, which the links in its mails open.
 */
export function beheerPage(dir: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    if (ctx.path === '/aanmelden') return ctx.redirect('/aanmelden/');
    if (ctx.path === '/aanmelden/') {
      await send(ctx, 'aanmelden.html', { root: dir, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
      return;
    }
    if (!(ctx.path === '/beheer' || ctx.path.startsWith('/beheer/'))) return next();
    if (ctx.path === '/beheer') return ctx.redirect('/beheer/');
    if (ctx.path === '/beheer/beheer.css') {
      await send(ctx, 'beheer.css', { root: dir, setHeaders: (res) => res.setHeader('Cache-Control', 'public, max-age=300') });
      return;
    }
    await send(ctx, 'index.html', { root: dir, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  };
}
