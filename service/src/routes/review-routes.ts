import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, ClaimRequest, NewAdminSubmission, SendBack, SubmissionSave } from '@sek/contract';
import type { Beheer } from '../app-deps.js';
import { principal } from '../accounts/authenticate.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';

/**
 * Submissions inside /beheer/: a provider's drafts and what they sent, a coordinator's review
 * queue (their gemeenten) with publish and send back, and claiming an offer of one's organisation.
 * Every rule (who may see, edit, decide) lives in `Submissions`.
 */
export function addReviewRoutes(router: Router, beheer: Beheer, auth: Middleware): void {
  const { submissions } = beheer;

  router.get(API_ROUTES.listSubmissions.path, auth, async (ctx) => {
    const { state } = parseInput(API_ROUTES.listSubmissions.query, ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { submissions: await submissions.list(principal(ctx), state) };
  });

  router.post(API_ROUTES.createSubmission.path, auth, async (ctx) => {
    const body = await jsonBody(ctx, NewAdminSubmission);
    ctx.body = await submissions.create(principal(ctx), body);
    ctx.status = 201;
  });

  router.get(API_ROUTES.getSubmission.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.getSubmission.params, ctx.params);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await submissions.view(principal(ctx), id);
  });

  router.put(API_ROUTES.saveSubmission.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.saveSubmission.params, ctx.params);
    const body = await jsonBody(ctx, SubmissionSave);
    ctx.body = await submissions.save(principal(ctx), id, body);
  });

  router.post(API_ROUTES.publishSubmission.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.publishSubmission.params, ctx.params);
    ctx.body = await submissions.publish(principal(ctx), id);
  });

  router.post(API_ROUTES.sendBackSubmission.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.sendBackSubmission.params, ctx.params);
    const { message } = await jsonBody(ctx, SendBack);
    ctx.body = await submissions.sendBack(principal(ctx), id, message);
  });

  router.post(API_ROUTES.claimOffer.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.claimOffer.params, ctx.params);
    const { message } = await jsonBody(ctx, ClaimRequest);
    ctx.body = await submissions.claim(principal(ctx), id, message);
    ctx.status = 201;
  });
}
