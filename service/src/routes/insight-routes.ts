import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, ReferralEvent } from '@sek/contract';
import type { Beheer } from '../app-deps.js';
import { principal } from '../accounts/authenticate.js';
import { jsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validate.js';
import { reportTable, toCsv, whiteSpotTable } from '../insight/insight-csv.js';

/**
 * Insight for coordinators (`/v1/admin/insight…`: the report, white spots, CSV of every table) and
 * the widget's anonymous referral count (`POST /v1/referrals`).
 */
export function addInsightRoutes(router: Router, beheer: Beheer, auth: Middleware): void {
  const { insight } = beheer;

  router.get(API_ROUTES.getInsight.path, auth, async (ctx) => {
    const query = parseInput(API_ROUTES.getInsight.query, ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await insight.report(principal(ctx), query);
  });

  router.get(API_ROUTES.getWhiteSpots.path, auth, async (ctx) => {
    const query = parseInput(API_ROUTES.getWhiteSpots.query, ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await insight.whiteSpots(principal(ctx), query);
  });

  router.get(API_ROUTES.getInsightCsv.path, auth, async (ctx) => {
    const { table, ...query } = parseInput(API_ROUTES.getInsightCsv.query, ctx.query);
    const who = principal(ctx);
    const answer = table === 'witte-vlekken' ? await insight.whiteSpots(who, query) : await insight.report(who, query);
    const rows = table === 'witte-vlekken' ? whiteSpotTable(answer as Awaited<ReturnType<typeof insight.whiteSpots>>) : reportTable(table, answer as Awaited<ReturnType<typeof insight.report>>);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="sek-${table}-${answer.gemeente.code}-${answer.period.id}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = toCsv(rows);
  });

  router.post(API_ROUTES.countReferral.path, async (ctx) => {
    const event = await jsonBody(ctx, ReferralEvent);
    await insight.countReferral(event);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
  });
}
