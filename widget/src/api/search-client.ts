import type { SearchResponse } from '../../../service/src/search/search-response.js';
import type { ErrorBody } from '../../../service/src/http/api-error.js';

export type { SearchResponse };

/** What the widget asks the service; mirrors `GET /v1/search` (validated there by zod). */
export interface SearchRequest {
  near?: string;
  q?: string;
  radiusKm?: number;
  themes?: string[];
  region?: string[];
  kaart?: string;
  page?: number;
  limit?: number;
}

/** A failed search: `kind` says what the resident should be told. */
export class SearchError extends Error {
  override readonly name = 'SearchError';
  constructor(
    readonly kind: 'invalid' | 'unavailable',
    readonly body?: ErrorBody,
  ) {
    super(kind);
  }
}

function toParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/**
 * Calls the search service. A network failure, a timeout or a 5xx is `unavailable`; a 400 is `invalid`
 * (with the field messages to show). Aborting via `signal` rejects with the AbortError.
 * @example await search('https://sek.example.nl', { near: '4201' }, controller.signal)
 */
export async function search(api: string, request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
  const url = `${api.replace(/\/$/, '')}/v1/search?${toParams(request)}`;
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(10_000);
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SearchError('unavailable');
  }
  if (response.ok) return (await response.json()) as SearchResponse;
  if (response.status === 400) throw new SearchError('invalid', (await response.json()) as ErrorBody);
  throw new SearchError('unavailable');
}
