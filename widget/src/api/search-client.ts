import type { BoundingBox, ErrorBody, FieldError, OfferDetail, OfferSummary, PlacesResponse, PlaceSuggestion, RegionResponse, SearchHit, SearchRequest, SearchResponse } from '@sek/contract';
import { toSearchParams } from '@sek/contract/search-params';

export type { FieldError, OfferDetail, PlacesResponse, PlaceSuggestion, SearchHit, SearchRequest, SearchResponse };
/** A whole offer without its list of locations (from `GET /v1/offers/:id`). */
export type Offer = OfferSummary;
/** A hit with its whole offer, fetched by id: what the detail, the print and the referral letter show. A search hit carries only what the list shows. */
export type WholeHit = Omit<SearchHit, 'offer'> & { offer: Offer };

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

/**
 * Fetches JSON from the service. The body is trusted to match the contract's schema (the service's
 * tests check every answer against it, and the widget's tests check this client); parsing it again
 * here would put zod in the bundle.
 */
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
  return getJson(`${base(api)}/v1/search?${toSearchParams(request)}`, signal);
}

/** `GET /v1/offers/:id`: the whole offer with all its locations and its next sessions. */
export function getOffer(api: string, id: string, signal?: AbortSignal): Promise<OfferDetail> {
  return getJson(`${base(api)}/v1/offers/${encodeURIComponent(id)}`, signal);
}

/** `GET /v1/places?q=`: suggestions for the "Waar?" field. */
export function suggestPlaces(api: string, q: string, signal?: AbortSignal): Promise<PlacesResponse> {
  return getJson(`${base(api)}/v1/places?${new URLSearchParams({ q, limit: '6' })}`, signal);
}

/** `GET /v1/regions/:code`: a gemeente's bounding box [west, south, east, north], to frame the map. */
export async function regionBoundingBox(api: string, code: string): Promise<BoundingBox> {
  return (await getJson<RegionResponse>(`${base(api)}/v1/regions/${encodeURIComponent(code)}`)).bbox;
}
