import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_ROUTES, type ImportReport } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { parseInput } from '../http/validate.js';
import { importOffers } from '../import/import-offers.js';
import { DatabaseOfferSink, type KeepRule } from '../database/database-offer-sink.js';
import { guardedDb } from '../database/database-errors.js';
import type { Metrics } from '../metrics.js';
import { principal, requireRole } from '../accounts/authenticate.js';
import { keepableOffers, mayKeep, type Principal } from '../accounts/principal.js';
import { keepableStoredOffer } from '../beheer/save-offer.js';
import { keepableOffersIn } from '../beheer/offer-list.js';
import { sendExport } from '../export/send-export.js';
import { validateRegion } from '../search/search-offers.js';

/**
 * The HTTP status of an import answer (the body is always the report): 200 when everything asked
 * for was done (rejected records are listed, not an error), 422 when the file was the problem,
 * 503 when the database could not be reached (run it again later).
 */
export function importStatus(report: ImportReport): number {
  switch (report.error?.code) {
    case undefined: return 200;
    case 'database_unavailable': return 503;
    default: return 422;
  }
}

/** An import by this person touches only the offers they keep. */
function keepRuleOf(who: Principal): KeepRule | undefined {
  if (who.role === 'beheerder') return undefined;
  return {
    mayKeep: (offer) => mayKeep(who, offer),
    async idsOfSource(db, source) {
      const rows = await guardedDb(() => db.selectFrom('offers').select('id').where('source', '=', source).where(keepableOffers(who)).execute());
      return new Set(rows.map((row) => row.id));
    },
  };
}

/**
 * Files and the index: `POST /v1/admin/import` (body: the file; a person imports only offers they
 * keep, the others are listed as rejected), `GET /v1/admin/export` (the offers they keep),
 * `DELETE /v1/admin/offers/:id` and `POST /v1/admin/reindex` (beheerder). Each write goes to the
 * database; the search index follows through the projector.
 */
export function addAdminRoutes(router: Router, deps: AppDeps, auth: Middleware, metrics: Metrics): void {
  router.post(API_ROUTES.importOffers.path, auth, async (ctx) => {
    const who = principal(ctx);
    const query = parseInput(API_ROUTES.importOffers.query, ctx.query);
    const maxBytes = deps.importMaxBytes ?? 200 * 1024 * 1024;
    const length = ctx.get('Content-Length');
    if (!/^\d+$/.test(length)) {
      throw new ApiError(411, 'length_required', {
        nl: 'Stuur het bestand met een Content-Length.',
        en: 'Send the file with a Content-Length header.',
      });
    }
    if (Number(length) > maxBytes) {
      throw new ApiError(413, 'payload_too_large', {
        nl: `Dit bestand is te groot. Het maximum is ${maxBytes} bytes. Gebruik de opdracht "pnpm sek import" voor grotere bestanden.`,
        en: `This file is too large. The maximum is ${maxBytes} bytes. Use "pnpm sek import" for larger files.`,
      });
    }
    const keep = keepRuleOf(who);
    const sink = new DatabaseOfferSink(
      deps.store,
      { by: who.via === 'bootstrap' ? `import:${query.source ?? 'api'}` : who.actor, reason: `Import${query.source ? ` voor bron ${query.source}` : ''} via het beheer` },
      { dryRun: query.dryRun, ...(keep ? { keep } : {}) },
    );
    const report = await importOffers(sink, deps.geo, ctx.req, {
      name: ctx.get('Content-Type') || 'application/json',
      ...(query.format ? { format: query.format } : {}),
      ...(query.source ? { source: query.source } : {}),
      replace: query.replace,
      ...(deps.classifier ? { classifier: deps.classifier } : {}),
    });
    for (const outcome of ['created', 'updated', 'unchanged', 'deleted', 'rejected'] as const) metrics.importedRecords.inc({ outcome }, report[outcome]);
    if (report.error) deps.log.warn('import did not complete', { requestId: ctx.state.requestId, code: report.error.code, read: report.read, notApplied: report.notApplied });
    ctx.status = importStatus(report);
    if (report.error?.code === 'database_unavailable') ctx.set('Retry-After', '30');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = report;
  });

  router.get(API_ROUTES.adminExport.path, auth, async (ctx) => {
    const who = principal(ctx);
    const query = parseInput(API_ROUTES.adminExport.query, ctx.query);
    const region = validateRegion(deps.geo, query.region);
    ctx.set('Cache-Control', 'no-store');
    await sendExport(ctx, keepableOffersIn(deps.store.db, who, region), query.format, 'sek-aanbod-beheer');
  });

  router.delete(API_ROUTES.deleteOffer.path, auth, async (ctx) => {
    const who = principal(ctx);
    const { id } = parseInput(API_ROUTES.deleteOffer.params, ctx.params);
    await guardedDb(() => deps.store.db.transaction().execute(async (trx) => {
      await keepableStoredOffer(deps.store, trx, who, id);
      await deps.store.remove(trx, [id], { by: who.actor, reason: 'Verwijderd via het beheer' });
    }));
    ctx.status = 204;
  });

  router.post(API_ROUTES.rebuildIndex.path, auth, async (ctx) => {
    requireRole(ctx, 'beheerder');
    ctx.body = { offers: await deps.projection.rebuild() };
  });
}
