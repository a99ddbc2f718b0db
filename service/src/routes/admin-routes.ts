import type Router from '@koa/router';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { requireAdminToken } from '../http/admin-auth.js';
import { parseInput } from '../http/validate.js';
import { importOffers } from '../import/import-offers.js';
import { IMPORT_FORMATS } from '../import/read-records.js';
import { OfferId } from '../offers/offer.js';
import { OfferWriter } from '../offers/offer-store.js';
import type { Metrics } from '../metrics.js';

const flag = z.preprocess((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'), z.boolean().default(false));

export const ImportQuery = z
  .object({
    format: z.enum(IMPORT_FORMATS).optional(),
    source: OfferId.optional(),
    replace: flag,
    dryRun: flag,
  })
  .strict()
  .refine((q) => !q.replace || q.source, { path: ['source'], message: 'replace needs a source' });

/**
 * `/v1/admin/*`, behind the bearer token: `POST /v1/admin/import` (body: the file) and
 * `DELETE /v1/admin/offers/:id`. Not registered at all when no admin token is configured.
 */
export function addAdminRoutes(router: Router, deps: AppDeps, metrics: Metrics): void {
  const admin = deps.admin;
  if (!admin) return;
  const auth = requireAdminToken(admin.token);

  router.post('/v1/admin/import', auth, async (ctx) => {
    const query = parseInput(ImportQuery, ctx.query);
    const maxBytes = deps.importMaxBytes ?? 200 * 1024 * 1024;
    const length = ctx.get('Content-Length');
    if (!/^\d+$/.test(length)) {
      throw new ApiError(411, 'invalid_request', {
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
    const report = await importOffers(admin.client, deps.indexes.offers, deps.geo, ctx.req, {
      name: ctx.get('Content-Type') || 'application/json',
      ...(query.format ? { format: query.format } : {}),
      ...(query.source ? { source: query.source } : {}),
      replace: query.replace,
      dryRun: query.dryRun,
    });
    for (const outcome of ['created', 'updated', 'unchanged', 'deleted', 'rejected'] as const) metrics.importedRecords.inc({ outcome }, report[outcome]);
    // A Meilisearch task that failed makes the whole import a failure for the caller.
    ctx.status = report.status === 'failed' ? 502 : 200;
    ctx.body = report;
  });

  router.delete('/v1/admin/offers/:id', auth, async (ctx) => {
    const { id } = parseInput(z.object({ id: OfferId }), ctx.params);
    const writer = new OfferWriter(admin.client, deps.indexes.offers);
    if ((await writer.stored([id])).size === 0) {
      throw ApiError.notFound({ nl: 'Dit aanbod bestaat niet.', en: 'This offer does not exist.' });
    }
    await writer.delete([id]);
    await writer.finish();
    ctx.status = 204;
  });
}
