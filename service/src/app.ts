import Koa from 'koa';
import Router from '@koa/router';
import type { AppDeps } from './app-deps.js';
import { ApiError } from './http/api-error.js';
import { errorHandler } from './http/error-handler.js';
import { staticFiles } from './http/static-files.js';
import { addOfferRoute } from './routes/offer-route.js';
import { addPlacesRoute } from './routes/places-route.js';
import { addSearchRoute } from './routes/search-route.js';
import { addThemesRoute } from './routes/themes-route.js';
import { addOpenApiRoute } from './routes/openapi-route.js';
import { addHealthRoutes } from './routes/health-routes.js';
import { addAdminRoutes } from './routes/admin-routes.js';
import { addExportRoute } from './routes/export-route.js';
import { addRegionsRoute } from './routes/regions-route.js';

/**
 * The SEK HTTP service: public API under /v1, the widget bundle under /widget/, the demo under /demo/.
 * @example createApp(deps).listen(8080)
 */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  // Koa prints errors itself unless told otherwise; errorHandler already logs what matters.
  app.silent = true;
  app.use(errorHandler(deps.log));
  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    if ((ctx.path.startsWith('/v1/') && !ctx.path.startsWith('/v1/admin/')) || ctx.path.startsWith('/widget/')) {
      // The public API and the widget are meant to be used from any host page; the admin API never.
      ctx.set('Access-Control-Allow-Origin', '*');
    }
    await next();
  });

  const router = new Router();
  addSearchRoute(router, deps);
  addOfferRoute(router, deps);
  addPlacesRoute(router, deps);
  addThemesRoute(router);
  addOpenApiRoute(router);
  addHealthRoutes(router, deps);
  addExportRoute(router, deps);
  addRegionsRoute(router, deps);
  addAdminRoutes(router, deps);
  router.get('/', (ctx) => ctx.redirect('/demo/'));
  app.use(router.routes());
  app.use(router.allowedMethods());

  if (deps.staticDirs?.widget) app.use(staticFiles('/widget/', deps.staticDirs.widget));
  if (deps.staticDirs?.demo) app.use(staticFiles('/demo/', deps.staticDirs.demo, { maxAgeSeconds: 60 }));

  app.use(() => {
    throw ApiError.notFound({ nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' });
  });
  return app;
}
