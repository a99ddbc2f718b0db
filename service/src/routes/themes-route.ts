import type Router from '@koa/router';
import { CACHE_CONTROL } from '../http/cache-control.js';
import { API_ROUTES, THEME_KEYWORDS, THEMES, type ThemesResponse } from '@sek/contract';
import { GEO_ATTRIBUTION } from '../geo/geo-data.js';

/** `GET /v1/themes` (the taxonomy) and `GET /v1/attribution` (data licences to show). */
export function addThemesRoute(router: Router): void {
  router.get(API_ROUTES.themes.path, (ctx) => {
    ctx.body = { themes: THEMES.map((theme) => ({ ...theme, keywords: THEME_KEYWORDS[theme.slug] })) } satisfies ThemesResponse;
    ctx.set('Cache-Control', CACHE_CONTROL.themes);
  });
  router.get(API_ROUTES.attribution.path, (ctx) => {
    ctx.body = { attribution: [...GEO_ATTRIBUTION] };
    ctx.set('Cache-Control', CACHE_CONTROL.geo);
  });
}
