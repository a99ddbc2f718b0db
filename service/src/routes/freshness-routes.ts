import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, CalledRequest, CheckAnswer, CheckLink, FreshnessPolicy, SendNowRequest } from '@sek/contract';
import type { Beheer } from '../app-deps.js';
import { principal, requireRole } from '../accounts/authenticate.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';

/**
 * Freshness ("Klopt dit nog?"): the provider's page (open a mailed link, answer once, POST only:
 * a mail scanner's GET of the link reaches only the static page), and the coordinator's view with
 * the policy, "verstuur nu" and "gebeld: klopt nog". Every rule lives in `Freshness`.
 */
export function addFreshnessRoutes(router: Router, beheer: Beheer, auth: Middleware): void {
  const { freshness } = beheer;

  router.post(API_ROUTES.openCheck.path, async (ctx) => {
    const { token } = await jsonBody(ctx, CheckLink);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await freshness.open(token);
  });

  router.post(API_ROUTES.answerCheck.path, async (ctx) => {
    const body = await jsonBody(ctx, CheckAnswer);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await freshness.answer(body);
  });

  router.get(API_ROUTES.getFreshness.path, auth, async (ctx) => {
    const { gemeente } = parseInput(API_ROUTES.getFreshness.query, ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await freshness.overview(principal(ctx), gemeente);
  });

  router.put(API_ROUTES.setFreshnessPolicy.path, auth, async (ctx) => {
    const { scope } = parseInput(API_ROUTES.setFreshnessPolicy.params, ctx.params);
    const policy = await jsonBody(ctx, FreshnessPolicy);
    ctx.body = await freshness.setPolicy(principal(ctx), scope, policy);
  });

  router.delete(API_ROUTES.removeFreshnessPolicy.path, auth, async (ctx) => {
    const { scope } = parseInput(API_ROUTES.removeFreshnessPolicy.params, ctx.params);
    await freshness.removePolicy(principal(ctx), scope);
    ctx.status = 204;
  });

  router.post(API_ROUTES.sendFreshnessNow.path, auth, async (ctx) => {
    const { organizationId } = await jsonBody(ctx, SendNowRequest);
    ctx.body = await freshness.sendNow(principal(ctx), organizationId);
  });

  router.post(API_ROUTES.confirmByPhone.path, auth, async (ctx) => {
    const { offerId } = await jsonBody(ctx, CalledRequest);
    ctx.body = await freshness.called(principal(ctx), offerId);
  });

  router.post(API_ROUTES.runFreshness.path, auth, async (ctx) => {
    requireRole(ctx, 'beheerder');
    ctx.body = await freshness.run();
  });
}
