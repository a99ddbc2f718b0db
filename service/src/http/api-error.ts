import { z } from 'zod';

/** A message in both UI languages; residents read the Dutch one (B1). */
export const LocalizedMessage = z.object({ nl: z.string(), en: z.string() });
export type LocalizedMessage = z.infer<typeof LocalizedMessage>;

export const PlaceCandidate = z.object({
  /** Send this back as `near` to choose the candidate. */
  near: z.string(),
  label: z.string(),
  kind: z.string(),
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
  'invalid_request', 'not_found', 'search_unavailable', 'payload_too_large', 'uri_too_long', 'rate_limited', 'unauthorized',
  'forbidden', 'method_not_allowed', 'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    message: LocalizedMessage,
    fields: z.array(FieldError).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * An error a client may see. Everything else becomes a generic 500 without details.
 * @example throw ApiError.notFound({ nl: 'Dit aanbod bestaat niet.', en: 'This offer does not exist.' })
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly localized: LocalizedMessage,
    readonly fields?: FieldError[],
    readonly headers: Record<string, string> = {},
    options?: ErrorOptions,
  ) {
    super(localized.en, options);
  }

  toBody(): ErrorBody {
    return { error: { status: this.status, code: this.code, message: this.localized, ...(this.fields ? { fields: this.fields } : {}) } };
  }

  static invalid(fields: FieldError[]): ApiError {
    return new ApiError(400, 'invalid_request', {
      nl: 'Er klopt iets niet in de zoekvraag.',
      en: 'Something in the request is not right.',
    }, fields);
  }

  static notFound(message: LocalizedMessage): ApiError {
    return new ApiError(404, 'not_found', message);
  }

  static methodNotAllowed(allowed: string[]): ApiError {
    return new ApiError(405, 'method_not_allowed', {
      nl: `Dit kan hier niet. Wel: ${allowed.join(', ')}.`,
      en: `This method is not allowed here. Allowed: ${allowed.join(', ')}.`,
    }, undefined, { Allow: allowed.join(', ') });
  }

  static unavailable(cause: unknown, retryAfterSeconds = 5): ApiError {
    return new ApiError(
      503,
      'search_unavailable',
      {
        nl: 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw.',
        en: 'Search is not available right now. Please try again in a few minutes.',
      },
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
      { cause },
    );
  }
}
