import type { SearchRequest } from './search-query.js';

/**
 * A search request as query parameters, the way `GET /v1/search` reads them (lists comma-separated,
 * empty values left out). Zod-free, for clients such as the widget.
 * @example toSearchParams({ near: '4201', themes: ['taal', 'geld'] }).toString() === 'near=4201&themes=taal%2Cgeld'
 */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request) as [string, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}
