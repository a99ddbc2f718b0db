import { z } from 'zod';
import { LocalizedMessage } from './errors.js';

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

/** What SEK derived for an HSDS record without SEK's own classification, and from what. */
export const Derivation = z.object({
  field: z.enum(['themes', 'kind', 'targetGroups']),
  values: z.array(z.string()),
  /** What it was derived from, in Dutch: `term "Financial Education"`, `woord "schuld"`, `het opgeslagen aanbod`. */
  basis: z.array(z.string()),
});
export type Derivation = z.infer<typeof Derivation>;

export const DerivedRecord = z.object({ record: z.number().int(), id: z.string().optional(), derived: z.array(Derivation) });
export type DerivedRecord = z.infer<typeof DerivedRecord>;

/** Why a record waits in the coordinator's review queue instead of being published. */
export const REVIEW_REASONS = ['onderwerp-kiezen'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** A record that waits for a coordinator's decision (nothing about it is lost). */
export const ReviewRecord = z.object({
  record: z.number().int(),
  id: z.string(),
  reason: z.enum(REVIEW_REASONS),
  message: LocalizedMessage,
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;

/**
 * Why an import did not do everything it was asked:
 * - `unreadable_file`: the file could not be read to the end (broken, cut off, upload dropped);
 * - `empty_file`: the file holds no records;
 * - `replace_cancelled`: some records could not be read, so removing "what the file no longer lists" was not done;
 * - `database_unavailable`: PostgreSQL could not be reached or did not answer in time.
 * In every case but `replace_cancelled` nothing of the import is stored.
 */
export const IMPORT_ERROR_CODES = ['unreadable_file', 'empty_file', 'replace_cancelled', 'database_unavailable'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export const ImportError = LocalizedMessage.extend({ code: z.enum(IMPORT_ERROR_CODES) });
export type ImportError = z.infer<typeof ImportError>;

/**
 * What an import did. Always `read = valid + needsReview + rejected`; `created`, `updated`, `unchanged` and
 * `deleted` count only what was applied (or, in a dry run, would be). `status` is `applied` only
 * when everything asked for was done.
 */
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
  /** Records put in the coordinators' review queue (see `reviews`); not published yet, not lost. */
  needsReview: z.number().int(),
  /** Valid records that were not stored because the import stopped (a re-run stores them). */
  notApplied: z.number().int(),
  rejections: z.array(Rejection),
  reviews: z.array(ReviewRecord),
  /** Per record, what SEK derived (HSDS records without SEK's own classification). */
  derived: z.array(DerivedRecord),
  durationMs: z.number(),
  /** Why the import (or, in a dry run, the real import) did not do everything; absent when it did. */
  error: ImportError.optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
