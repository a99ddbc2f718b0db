import type { ErrorBody, ErrorCode, FieldError, LocalizedMessage } from '@sek/contract';

/**
 * An HTTP answer that is an error, with the body a client may see (`ErrorBody` in the contract).
 * Domain code raises domain errors (`domain-errors.ts`); `error-handler.ts` turns them into these.
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

  static unavailable(cause: unknown, store: 'search' | 'database' = 'search', retryAfterSeconds = 5): ApiError {
    return new ApiError(
      503,
      store === 'search' ? 'search_unavailable' : 'database_unavailable',
      store === 'search'
        ? { nl: 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw.', en: 'Search is not available right now. Please try again in a few minutes.' }
        : { nl: 'Opslaan lukt nu even niet. Probeer het over een paar minuten opnieuw.', en: 'Saving is not possible right now. Please try again in a few minutes.' },
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
      { cause },
    );
  }
}
