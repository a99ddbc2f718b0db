import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, StepOverride } from '@sek/contract';
import { principal } from '../accounts/authenticate.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';
import type { StepQuestions } from '../steps/step-questions.js';

/** "Stap voor stap": the sub-questions for a region (public), and a coordinator's own ones (`/v1/admin/steps`). */
export function addStepsRoutes(router: Router, steps: StepQuestions, auth?: Middleware): void {
  router.get(API_ROUTES.steps.path, async (ctx) => {
    const { region = [] } = parseInput(API_ROUTES.steps.query, ctx.query);
    ctx.body = await steps.forRegion(region);
    ctx.set('Cache-Control', 'public, max-age=300');
  });
  if (!auth) return;

  router.put(API_ROUTES.putStepOverride.path, auth, async (ctx) => {
    const { gemeente, theme } = parseInput(API_ROUTES.putStepOverride.params, ctx.params);
    const { answers } = await jsonBody(ctx, StepOverride);
    await steps.save(principal(ctx), gemeente, theme, answers);
    ctx.status = 204;
  });

  router.delete(API_ROUTES.deleteStepOverride.path, auth, async (ctx) => {
    const { gemeente, theme } = parseInput(API_ROUTES.deleteStepOverride.params, ctx.params);
    await steps.reset(principal(ctx), gemeente, theme);
    ctx.status = 204;
  });
}
