import { z } from 'zod';
import { CENTER_KINDS } from './vocabulary.js';

/** A message in both UI languages; residents read the Dutch one (B1). */
export const LocalizedMessage = z.object({ nl: z.string(), en: z.string() });
export type LocalizedMessage = z.infer<typeof LocalizedMessage>;

/** A place the resident may have meant ("Bedoelt u …?"). */
export const PlaceCandidate = z.object({
  /** Send this back as `near` to choose the candidate. */
  near: z.string(),
  label: z.string(),
  kind: z.enum(CENTER_KINDS),
  gemeenteCode: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type PlaceCandidate = z.infer<typeof PlaceCandidate>;

export const FieldError = z.object({
  field: z.string(),
  code: z.string(),
  message: LocalizedMessage,
  candidates: z.array(PlaceCandidate).optional(),
});
export type FieldError = z.infer<typeof FieldError>;

/** The stable error codes a client can program against. */
export const ERROR_CODES = [
  'invalid_request', 'not_found', 'search_unavailable', 'database_unavailable', 'payload_too_large', 'uri_too_long', 'rate_limited', 'unauthorized',
  'forbidden', 'method_not_allowed', 'length_required', 'internal_error', 'conflict', 'gone',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error answer. Never a stack trace or a backend's own text. */
export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    message: LocalizedMessage,
    fields: z.array(FieldError).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
