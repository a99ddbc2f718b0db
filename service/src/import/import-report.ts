import { z } from 'zod';
import { LocalizedMessage } from '../http/api-error.js';

/** One rejected record: where it is in the file, which field, and why (Dutch and English). */
export const Rejection = z.object({
  /** 1-based line (NDJSON, CSV) or record number (JSON array, HSDS). */
  record: z.number().int(),
  id: z.string().optional(),
  field: z.string(),
  code: z.string(),
  message: LocalizedMessage,
});
export type Rejection = z.infer<typeof Rejection>;

export const ImportReport = z.object({
  status: z.enum(['applied', 'dry-run', 'failed']),
  format: z.string(),
  source: z.string().optional(),
  /** Records read from the file. */
  read: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Offers removed by `replace` because the source no longer lists them. */
  deleted: z.number().int(),
  rejected: z.number().int(),
  rejections: z.array(Rejection),
  durationMs: z.number(),
  /** Why a failed import failed (a Meilisearch task error); nothing was reported as done. */
  error: z.string().optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
