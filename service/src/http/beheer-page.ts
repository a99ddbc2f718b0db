import type { Middleware } from 'koa';
import send from 'koa-send';

/**
 * The management app's one page: every GET below `/beheer/` answers with it (the app reads the
 * path itself), so a bookmarked or reloaded screen opens where it was. Its script and styles come
 * from `/widget/`; the page is never cached, so a new release is picked up at once. `/aanmelden/`
 * (the provider form) and `/controleren/` ("Klopt dit nog?") are the pages the links in mails open.
 */
export const PROVIDER_PAGES = ['aanmelden', 'controleren'] as const;

export function beheerPage(dir: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    for (const page of PROVIDER_PAGES) {
      if (ctx.path === `/${page}`) return ctx.redirect(`/${page}/`);
      if (ctx.path === `/${page}/`) {
        await send(ctx, `${page}.html`, { root: dir, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
        return;
      }
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
