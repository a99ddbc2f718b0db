import { z } from 'zod';
import { ErrorBody } from './errors.js';
import { ImportReport } from './import-report.js';
import { OfferDetail } from './offer.js';
import { ExportQuery, ImportQuery, OfferParams } from './offer-files.js';
import { PlacesQuery, PlacesResponse } from './places.js';
import { AttributionResponse, BoundariesQuery, BoundariesResponse, RegionParams, RegionResponse } from './regions.js';
import { SearchQuery } from './search-query.js';
import { SearchResponse } from './search-response.js';
import { ThemesResponse } from './theme-schema.js';

export interface ResponseSpec {
  description: string;
  /** The body's schema (JSON unless `contentType` says otherwise); absent: no body or not JSON. */
  schema?: z.ZodType;
  contentType?: string;
}

/** One route of the API: what it takes and every answer it can give. */
export interface RouteSpec {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** Koa-style path: `/v1/offers/:id`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request body content types (the import takes the file as the body). */
  body?: { contentTypes: string[]; description: string };
  /** `admin`: `Authorization: Bearer <SEK_ADMIN_TOKEN>`; never cross-origin. */
  auth?: 'admin';
  responses: Record<number, ResponseSpec>;
}

const error = (description: string): ResponseSpec => ({ description, schema: ErrorBody });
const invalid = error('Invalid input; `fields` names each problem in Dutch and English.');
const unavailable = error('Search is temporarily unavailable; retry after `Retry-After` seconds.');
const rateLimited = error('Too many requests from this client; retry after `Retry-After` seconds.');
const publicErrors = { 400: invalid, 429: rateLimited, 503: unavailable };
const adminErrors = {
  401: error('No admin token.'),
  403: error('Wrong admin token.'),
  429: rateLimited,
};

/**
 * Every route of the HTTP API. The service registers its handlers by these entries, the OpenAPI
 * document is generated from them, and the service tests check every answer against them.
 */
export const API_ROUTES = {
  search: {
    operationId: 'searchOffers', method: 'get', path: '/v1/search',
    summary: 'Offers near a place, with filters and facet counts; the online offers apart',
    query: SearchQuery,
    responses: { 200: { description: 'Search results', schema: SearchResponse }, ...publicErrors },
  },
  offer: {
    operationId: 'getOffer', method: 'get', path: '/v1/offers/:id',
    summary: 'One visible offer with all its locations',
    params: OfferParams,
    responses: { 200: { description: 'The offer, with its next sessions', schema: OfferDetail }, 404: error('No such visible offer.'), ...publicErrors },
  },
  places: {
    operationId: 'suggestPlaces', method: 'get', path: '/v1/places',
    summary: 'Typo-tolerant suggestions for postcodes, places and gemeenten',
    query: PlacesQuery,
    responses: { 200: { description: 'Suggestions', schema: PlacesResponse }, ...publicErrors },
  },
  themes: {
    operationId: 'listThemes', method: 'get', path: '/v1/themes',
    summary: 'The theme taxonomy with Dutch and English labels',
    responses: { 200: { description: 'Themes', schema: ThemesResponse }, 429: rateLimited },
  },
  attribution: {
    operationId: 'getAttribution', method: 'get', path: '/v1/attribution',
    summary: 'The licences of the geographic data, to show with a map',
    responses: { 200: { description: 'Attribution lines', schema: AttributionResponse }, 429: rateLimited },
  },
  region: {
    operationId: 'getRegion', method: 'get', path: '/v1/regions/:code',
    summary: 'A gemeente: name, centre, bounding box and boundary (to frame a map)',
    params: RegionParams,
    responses: { 200: { description: 'The gemeente', schema: RegionResponse }, 404: error('No such gemeente.'), ...publicErrors },
  },
  boundaries: {
    operationId: 'getBoundaries', method: 'get', path: '/v1/boundaries',
    summary: 'Gemeente boundaries within a bounding box (west,south,east,north)',
    query: BoundariesQuery,
    responses: { 200: { description: 'GeoJSON FeatureCollection', schema: BoundariesResponse, contentType: 'application/json' }, ...publicErrors },
  },
  export: {
    operationId: 'exportOffers', method: 'get', path: '/v1/export',
    summary: 'Every offer, streamed as NDJSON, CSV (the import template) or HSDS 3.0 JSON',
    query: ExportQuery,
    responses: { 200: { description: 'The offers, streamed', contentType: 'application/x-ndjson' }, ...publicErrors },
  },
  importOffers: {
    operationId: 'importOffers', method: 'post', path: '/v1/admin/import',
    summary: 'Import a file of offers (JSON, NDJSON, CSV or HSDS 3.0) into the database, all or nothing; always answers with the report. The search index follows within seconds.',
    auth: 'admin',
    query: ImportQuery,
    body: { contentTypes: ['application/json', 'application/x-ndjson', 'text/csv'], description: 'The file. Needs a Content-Length.' },
    responses: {
      200: { description: 'Everything asked for was done (rejected records are listed)', schema: ImportReport },
      400: invalid,
      ...adminErrors,
      411: error('No Content-Length.'),
      413: error('The file is larger than SEK_IMPORT_MAX_BYTES.'),
      422: { description: 'The file could not be read to the end or was empty (nothing stored), or replace was cancelled (nothing removed)', schema: ImportReport },
      503: { description: 'The database could not be reached; nothing was stored. Run the same file again.', schema: ImportReport },
    },
  },
  rebuildIndex: {
    operationId: 'rebuildIndex', method: 'post', path: '/v1/admin/reindex',
    summary: 'Rebuild the search index from the database into new indexes and swap them in (no moment of empty results)',
    auth: 'admin',
    responses: { 200: { description: 'Rebuilt', schema: z.object({ offers: z.number().int() }) }, ...adminErrors, 503: unavailable },
  },
  deleteOffer: {
    operationId: 'deleteOffer', method: 'delete', path: '/v1/admin/offers/:id',
    summary: 'Remove one offer and all its locations',
    auth: 'admin',
    params: OfferParams,
    responses: { 204: { description: 'Removed (the search index follows within seconds)' }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailable },
  },
  healthz: {
    operationId: 'healthz', method: 'get', path: '/healthz',
    summary: 'The process is alive',
    responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
  },
  readyz: {
    operationId: 'readyz', method: 'get', path: '/readyz',
    summary: 'Meilisearch answers and the search index exists; the body tells the database state and how far the index is behind',
    responses: {
      200: {
        description: 'Ready',
        schema: z.object({
          status: z.literal('ready'),
          search: z.literal('ok'),
          database: z.enum(['ok', 'unavailable']),
          projection: z.object({ pending: z.number().int(), oldestSeconds: z.number() }).optional(),
        }),
      },
      503: unavailable,
    },
  },
  metrics: {
    operationId: 'metrics', method: 'get', path: '/metrics',
    summary: 'Prometheus metrics (keep internal)',
    responses: { 200: { description: 'Prometheus text format', contentType: 'text/plain' } },
  },
  openapi: {
    operationId: 'openapi', method: 'get', path: '/openapi.json',
    summary: 'This API description (OpenAPI 3.1)',
    responses: { 200: { description: 'The OpenAPI document', contentType: 'application/json' } },
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof API_ROUTES;
