import type { SearchResponse } from '../../../service/src/search/search-response.js';
import type { ErrorBody, FieldError } from '../../../service/src/http/api-error.js';
import type { PlacesResponse } from '../../../service/src/routes/places-route.js';

export type { SearchResponse, PlacesResponse, FieldError };
export type SearchHit = SearchResponse['results'][number];
/** The offer of a search hit (without its list of locations). */
export type Offer = SearchHit['offer'];
export type PlaceSuggestion = PlacesResponse['results'][number];

/** What the widget asks the service; mirrors `GET /v1/search` (validated there by zod). */
export interface SearchRequest {
  near?: string;
  q?: string;
  radiusKm?: number;
  themes?: string[];
  free?: boolean;
  dayParts?: string[];
  online?: 'include' | 'only' | 'exclude';
  targetGroups?: string[];
  kinds?: string[];
  region?: string[];
  kaart?: string;
  page?: number;
  limit?: number;
}

/** A failed call: `invalid` carries the service's field errors, `unavailable` means try again later. */
export class SearchError extends Error {
  override readonly name = 'SearchError';
  constructor(
    readonly kind: 'invalid' | 'unavailable',
    readonly body?: ErrorBody,
  ) {
    super(kind);
  }
}

export function toParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(10_000);
    // No cookies, no credentials: the widget never identifies a resident.
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SearchError('unavailable');
  }
  if (response.ok) return (await response.json()) as T;
  if (response.status === 400) throw new SearchError('invalid', (await response.json()) as ErrorBody);
  throw new SearchError('unavailable');
}

const base = (api: string) => api.replace(/\/$/, '');

/**
 * `GET /v1/search`. Aborting via `signal` rejects with the AbortError (a newer search replaced it).
 * @example await search('https://sek.example.nl', { near: '4201' }, controller.signal)
 */
export function search(api: string, request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson(`${base(api)}/v1/search?${toParams(request)}`, signal);
}

/** `GET /v1/places?q=`: suggestions for the "Waar?" field. */
export function suggestPlaces(api: string, q: string, signal?: AbortSignal): Promise<PlacesResponse> {
  return getJson(`${base(api)}/v1/places?${new URLSearchParams({ q, limit: '6' })}`, signal);
}

/** `GET /v1/regions/:code`: a gemeente's bounding box [west, south, east, north], to frame the map. */
export async function regionBoundingBox(api: string, code: string): Promise<[number, number, number, number]> {
  return (await getJson<{ bbox: [number, number, number, number] }>(`${base(api)}/v1/regions/${encodeURIComponent(code)}`)).bbox;
}
