import type Router from '@koa/router';
import { z } from 'zod';
import { Theme, THEMES } from '../themes/themes.js';
import { GEO_ATTRIBUTION } from '../geo/geo-data.js';

export const ThemesResponse = z.object({ themes: z.array(Theme) });

/** `GET /v1/themes` (the taxonomy) and `GET /v1/attribution` (data licences to show). */
export function addThemesRoute(router: Router): void {
  router.get('/v1/themes', (ctx) => {
    ctx.body = { themes: THEMES };
    ctx.set('Cache-Control', 'public, max-age=3600');
  });
  router.get('/v1/attribution', (ctx) => {
    ctx.body = { attribution: GEO_ATTRIBUTION };
    ctx.set('Cache-Control', 'public, max-age=86400');
  });
}
