import type Router from '@koa/router';
import { API_ROUTES, type ImportReport } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../domain-errors.js';
import { ApiError } from '../http/api-error.js';
import { requireAdminToken } from '../http/admin-auth.js';
import { parseInput } from '../http/validate.js';
import { importOffers } from '../import/import-offers.js';
import { DatabaseOfferSink } from '../database/database-offer-sink.js';
import type { Metrics } from '../metrics.js';

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

/**
 * `/v1/admin/*`, behind the bearer token: `POST /v1/admin/import` (body: the file),
 * `DELETE /v1/admin/offers/:id` and `POST /v1/admin/reindex`. Each writes the database; the search
 * index follows through the projector. Not registered at all when no admin token is configured.
 */
export function addAdminRoutes(router: Router, deps: AppDeps, metrics: Metrics): void {
  const admin = deps.admin;
  if (!admin) return;
  const auth = requireAdminToken(admin.token);

  router.post(API_ROUTES.importOffers.path, auth, async (ctx) => {
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
    const sink = new DatabaseOfferSink(deps.store, { by: `import:${query.source ?? 'api'}`, reason: 'Import via de beheer-API' }, { dryRun: query.dryRun });
    const report = await importOffers(sink, deps.geo, ctx.req, {
      name: ctx.get('Content-Type') || 'application/json',
      ...(query.format ? { format: query.format } : {}),
      ...(query.source ? { source: query.source } : {}),
      replace: query.replace,
    });
    for (const outcome of ['created', 'updated', 'unchanged', 'deleted', 'rejected'] as const) metrics.importedRecords.inc({ outcome }, report[outcome]);
    if (report.error) deps.log.warn('import did not complete', { requestId: ctx.state.requestId, code: report.error.code, read: report.read, notApplied: report.notApplied });
    ctx.status = importStatus(report);
    if (report.error?.code === 'database_unavailable') ctx.set('Retry-After', '30');
    ctx.body = report;
  });

  router.delete(API_ROUTES.deleteOffer.path, auth, async (ctx) => {
    const { id } = parseInput(API_ROUTES.deleteOffer.params, ctx.params);
    const removed = await deps.store.db.transaction().execute((trx) => deps.store.remove(trx, [id], { by: 'admin-token', reason: 'Verwijderd via de beheer-API' }));
    if (removed.length === 0) throw new NotFoundError({ nl: 'Dit aanbod bestaat niet.', en: 'This offer does not exist.' });
    ctx.status = 204;
  });

  router.post(API_ROUTES.rebuildIndex.path, auth, async (ctx) => {
    ctx.body = { offers: await deps.projection.rebuild() };
  });
}
