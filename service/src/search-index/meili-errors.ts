import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { StoreRefusedError, StoreUnavailableError } from '../domain-errors.js';
import { MeiliWaitTimeoutError } from '../meili/wait-for-tasks.js';

/** Meilisearch error codes that mean "not ready yet" rather than "a bug in SEK". */
export const UNAVAILABLE_CODES = new Set(['index_not_found', 'invalid_api_key', 'missing_authorization_header']);

/** The domain error for a Meilisearch failure that means "try again later"; undefined for anything else (a bug). */
export function asUnavailable(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof MeilisearchRequestTimeOutError || error instanceof MeiliWaitTimeoutError) return new StoreUnavailableError('search', 'timeout', { cause: error });
  if (error instanceof MeilisearchRequestError) {
    const timeout = error.cause instanceof MeilisearchRequestTimeOutError || String(error.cause).includes('Timeout');
    return new StoreUnavailableError('search', timeout ? 'timeout' : 'unreachable', { cause: error });
  }
  if (error instanceof MeilisearchApiError && (error.response.status >= 500 || UNAVAILABLE_CODES.has(error.cause?.code ?? ''))) {
    return new StoreUnavailableError('search', error.cause?.code ?? 'api_error', { cause: error });
  }
  return undefined;
}

/**
 * Runs a Meilisearch call; failures that mean "unavailable" become a StoreUnavailableError, so
 * callers above the data-access layer never handle Meilisearch's own error types.
 */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asUnavailable(error) ?? error;
  }
}

/** Like `guarded`, for writes: any other answer of Meilisearch is a StoreRefusedError naming its code. */
export async function guardedWrite<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const unavailable = asUnavailable(error);
    if (unavailable) throw unavailable;
    if (error instanceof MeilisearchApiError) throw new StoreRefusedError(error.cause?.code ?? `HTTP ${error.response.status}`, { cause: error });
    throw error;
  }
}
