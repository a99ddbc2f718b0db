import type { Middleware } from 'koa';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { ApiError } from './api-error.js';
import type { Logger } from '../log.js';

/** Meilisearch error codes that mean "not ready yet" rather than "a bug in SEK". */
const UNAVAILABLE_CODES = new Set(['index_not_found', 'invalid_api_key', 'missing_authorization_header']);

/** Maps any thrown error to what a client may see; the cause is logged, never sent. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return ApiError.unavailable(error);
  if (error instanceof MeilisearchApiError) {
    if (error.response.status >= 500 || UNAVAILABLE_CODES.has(error.cause?.code ?? '')) return ApiError.unavailable(error);
  }
  if (error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status < 500) {
    // Errors Koa raises itself (a malformed URL, a body too large): keep the status, not the text.
    return new ApiError(error.status, error.status === 413 ? 'payload_too_large' : error.status === 404 ? 'not_found' : 'invalid_request', {
      nl: 'Dit verzoek kunnen we niet verwerken.',
      en: 'This request cannot be processed.',
    });
  }
  return new ApiError(500, 'internal_error', {
    nl: 'Er ging iets mis. Probeer het later opnieuw.',
    en: 'Something went wrong. Please try again later.',
  }, undefined, {}, { cause: error });
}

export function errorHandler(log: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status >= 500) {
        const cause = apiError.cause ?? error;
        log.error('request failed', {
          route: ctx._matchedRoute ?? ctx.path,
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
