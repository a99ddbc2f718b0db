import type { Middleware } from 'koa';
import { InvalidInputError, NotFoundError, StoreUnavailableError } from '../domain-errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { asUnavailable } from '../search-index/meili-errors.js';
import { databaseUnavailable } from '../database/database-errors.js';
import { ApiError } from './api-error.js';

/**
 * The one place that decides what a client sees for an error: domain errors become their HTTP
 * answer, anything unexpected a generic 500. The cause is logged, never sent.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidInputError) return ApiError.invalid(error.fields);
  if (error instanceof NotFoundError) return ApiError.notFound(error.localized);
  const unavailable = asUnavailable(error) ?? databaseUnavailable(error);
  if (unavailable) return ApiError.unavailable(unavailable, unavailable.store);
  if (error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status < 500) {
    // Errors Koa raises itself (a malformed URL, a body too large): keep the status, not the text.
    const code = error.status === 413 ? 'payload_too_large' : error.status === 404 ? 'not_found' : error.status === 405 ? 'method_not_allowed' : 'invalid_request';
    return new ApiError(error.status, code, {
      nl: 'Dit verzoek kunnen we niet verwerken.',
      en: 'This request cannot be processed.',
    });
  }
  return new ApiError(500, 'internal_error', {
    nl: 'Er ging iets mis. Probeer het later opnieuw.',
    en: 'Something went wrong. Please try again later.',
  }, undefined, {}, { cause: error });
}

export function errorHandler(log: Logger, metrics?: Metrics): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.cause instanceof StoreUnavailableError && apiError.cause.store === 'search') metrics?.meiliErrors.inc({ kind: apiError.cause.kind });
      if (apiError.status >= 500) {
        const cause = apiError.cause instanceof StoreUnavailableError ? apiError.cause.cause : apiError.cause ?? error;
        log.error('request failed', {
          requestId: ctx.state.requestId,
          route: ctx._matchedRoute ?? 'unmatched',
          status: apiError.status,
          code: apiError.code,
          cause: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause),
        });
      }
      ctx.status = apiError.status;
      ctx.set(apiError.headers);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = apiError.toBody();
    }
  };
}
