import type { Middleware } from 'koa';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { ApiError } from './api-error.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/** Meilisearch error codes that mean "not ready yet" rather than "a bug in SEK". */
export const UNAVAILABLE_CODES = new Set(['index_not_found', 'invalid_api_key', 'missing_authorization_header']);

/** Maps any thrown error to what a client may see; the cause is logged, never sent. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return ApiError.unavailable(error);
  if (error instanceof MeilisearchApiError) {
    if (error.response.status >= 500 || UNAVAILABLE_CODES.has(error.cause?.code ?? '')) return ApiError.unavailable(error);
  }
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

/** What kind of Meilisearch failure an error is, for the metrics; undefined when it is none. */
function meiliFailure(error: unknown): string | undefined {
  if (error instanceof MeilisearchRequestTimeOutError) return 'timeout';
  if (error instanceof MeilisearchRequestError) return error.cause instanceof MeilisearchRequestTimeOutError || String(error.cause).includes('Timeout') ? 'timeout' : 'unreachable';
  if (error instanceof MeilisearchApiError) return error.cause?.code ?? 'api_error';
  return undefined;
}

export function errorHandler(log: Logger, metrics?: Metrics): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const apiError = toApiError(error);
      const failure = meiliFailure(apiError.cause ?? error);
      if (failure) metrics?.meiliErrors.inc({ kind: failure });
      if (apiError.status >= 500) {
        const cause = apiError.cause ?? error;
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
