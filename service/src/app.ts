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
import { addMetricsRoute } from './routes/metrics-route.js';
import { createMetrics } from './metrics.js';
import { cors } from './http/cors.js';
import { addHsdsRoutes } from './routes/hsds-routes.js';
import { securityHeaders } from './http/security-headers.js';
import { compression } from './http/compression.js';
import { conditionalGet } from './http/conditional-get.js';
import { requestLog } from './http/request-log.js';
import { rateLimit } from './http/rate-limit.js';
import { urlLengthLimit } from './http/url-length-limit.js';
import { pathScope } from './http/path-scope.js';
import { authenticate } from './accounts/authenticate.js';
import { addBeheerAuthRoutes } from './routes/beheer-auth-routes.js';
import { addBeheerOfferRoutes } from './routes/beheer-offer-routes.js';
import { addBeheerPeopleRoutes } from './routes/beheer-people-routes.js';
import { beheerPage } from './http/beheer-page.js';
import { addReviewRoutes } from './routes/review-routes.js';
import { addSubmissionRoutes } from './routes/submission-routes.js';
import { addFreshnessRoutes } from './routes/freshness-routes.js';
import { addInsightRoutes } from './routes/insight-routes.js';
import { addStepsRoutes } from './routes/steps-routes.js';

/** Longest URL accepted (path + query); longer gets 414. */
export const MAX_URL_LENGTH = 2048;

/**
 * The SEK HTTP service: public API under /v1, the management API under /v1/admin, the widget bundles
 * under /widget/, the demo under /demo/, the management app under /beheer/.
 * @example createApp(deps).listen(8080)
 */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  // Koa prints errors itself unless told otherwise; errorHandler already logs what matters.
  app.silent = true;
  const metrics = deps.metrics ?? createMetrics({ processMetrics: false });
  app.use(requestLog(deps.log, metrics));
  app.use(errorHandler(deps.log, metrics));
  app.use(securityHeaders());
  app.use(compression(['api', 'hsds', 'admin', 'widget', 'demo', 'beheer']));
  app.use(urlLengthLimit(MAX_URL_LENGTH));
  app.use(cors(deps.allowedOrigins ?? []));
  app.use(conditionalGet());
  if (deps.rateLimits) {
    const { perMinute, adminPerMinute, trustedHeader } = deps.rateLimits;
    const onLimited = (scope: string) => metrics.rateLimited.inc({ scope });
    const publicLimit = rateLimit({ perMinute, trustedHeader, scope: 'public', onLimited });
    const adminLimit = rateLimit({ perMinute: adminPerMinute, trustedHeader, scope: 'admin', onLimited });
    app.use((ctx, next) => {
      const scope = pathScope(ctx.path);
      if (scope === 'admin') return adminLimit(ctx, next);
      // Static files (the widget bundle, the demo pages) are cacheable and cheap; everything else counts.
      return scope === 'widget' || scope === 'demo' || scope === 'beheer' ? next() : publicLimit(ctx, next);
    });
  }

  // Case-sensitive: `/V1/SEARCH` is not a route, so no second spelling of a path exists.
  const router = new Router({ sensitive: true });
  addSearchRoute(router, deps);
  addOfferRoute(router, deps);
  addPlacesRoute(router, deps);
  addThemesRoute(router);
  addOpenApiRoute(router);
  addHealthRoutes(router, deps);
  addExportRoute(router, deps);
  addRegionsRoute(router, deps);
  addHsdsRoutes(router, deps);
  const auth = deps.beheer && authenticate(deps.beheer.accounts, deps.admin?.token);
  addStepsRoutes(router, deps.steps, auth);
  if (deps.beheer && auth) {
    addBeheerAuthRoutes(router, deps, deps.beheer);
    addBeheerOfferRoutes(router, deps, deps.beheer, auth);
    addBeheerPeopleRoutes(router, deps, deps.beheer, auth);
    addReviewRoutes(router, deps.beheer, auth);
    addSubmissionRoutes(router, deps, deps.beheer);
    addFreshnessRoutes(router, deps.beheer, auth);
    addInsightRoutes(router, deps.beheer, auth);
    addAdminRoutes(router, deps, auth, metrics);
  }
  addMetricsRoute(router, metrics);
  router.get('/', (ctx) => ctx.redirect('/demo/'));
  app.use(router.routes());

  if (deps.staticDirs?.widget) app.use(staticFiles('/widget/', deps.staticDirs.widget));
  if (deps.staticDirs?.demo) app.use(staticFiles('/demo/', deps.staticDirs.demo, { maxAgeSeconds: 60 }));
  if (deps.staticDirs?.beheer) app.use(beheerPage(deps.staticDirs.beheer));

  app.use((ctx) => {
    // A known path with another method: 405 naming the methods that work there.
    const matched = (ctx as { matched?: { methods: string[] }[] }).matched ?? [];
    const allowed = [...new Set(matched.flatMap((layer) => layer.methods))];
    if (allowed.length > 0) throw ApiError.methodNotAllowed(allowed);
    throw ApiError.notFound({ nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' });
  });
  return app;
}
