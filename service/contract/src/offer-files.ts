import { z } from 'zod';
import { GemeenteCode, OfferId } from './offer.js';
import { Flag, listOf } from './query-params.js';

/** File formats an import reads. */
export const IMPORT_FORMATS = ['json', 'ndjson', 'csv', 'hsds'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** File formats an export writes. */
export const EXPORT_FORMATS = ['ndjson', 'csv', 'hsds'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `GET /v1/export` */
export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS).default('ndjson'),
    region: listOf(GemeenteCode, 50),
  })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

/** `POST /v1/admin/import` (the body is the file). */
export const ImportQuery = z
  .object({
    format: z.enum(IMPORT_FORMATS).optional(),
    source: OfferId.optional(),
    replace: Flag,
    dryRun: Flag,
  })
  .strict()
  .refine((q) => !q.replace || q.source, { path: ['source'], message: 'replace_needs_source' });
export type ImportQuery = z.infer<typeof ImportQuery>;

/** `/v1/offers/:id` and `/v1/admin/offers/:id` */
export const OfferParams = z.object({ id: OfferId });
