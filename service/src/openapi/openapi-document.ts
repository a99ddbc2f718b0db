import { z } from 'zod';
import { ErrorBody } from '../http/api-error.js';
import { Offer } from '../offers/offer.js';
import { SearchQuery } from '../search/search-query.js';
import { SearchResponse } from '../search/search-response.js';
import { PlacesQuery, PlacesResponse } from '../routes/places-route.js';
import { OfferParams } from '../routes/offer-route.js';
import { ThemesResponse } from '../routes/themes-route.js';
import { BoundariesQuery, BoundariesResponse, RegionParams, RegionResponse } from '../routes/regions-route.js';
import { ExportQuery } from '../routes/export-route.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** One OpenAPI parameter per field of a zod object; lists are comma-separated (`themes=taal,geld`). */
function parametersOf(schema: z.ZodObject, location: 'query' | 'path'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = schemaOf(field as z.ZodType, 'output');
    const isList = fieldSchema.type === 'array';
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      schema: fieldSchema,
      ...(isList ? { style: 'form', explode: false } : {}),
    };
  });
}

function jsonContent(schema: JsonSchema) {
  return { 'application/json': { schema } };
}

const errorResponses = {
  '400': { description: 'Invalid input; `fields` names each problem in Dutch and English.', content: jsonContent({ $ref: '#/components/schemas/Error' }) },
  '503': { description: 'Search is temporarily unavailable; retry after `Retry-After` seconds.', content: jsonContent({ $ref: '#/components/schemas/Error' }) },
};

/** Builds the OpenAPI 3.1 document from the same zod schemas that validate requests. */
export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'SEK search service',
      version: '1.0.0',
      description: 'Search local help and learning offers (sociaal-educatieve kaart) near a Dutch postcode or place.',
    },
    paths: {
      '/v1/search': {
        get: {
          operationId: 'searchOffers',
          summary: 'Offers near a place, with filters and facet counts',
          parameters: parametersOf(SearchQuery, 'query'),
          responses: { '200': { description: 'Search results', content: jsonContent({ $ref: '#/components/schemas/SearchResponse' }) }, ...errorResponses },
        },
      },
      '/v1/offers/{id}': {
        get: {
          operationId: 'getOffer',
          summary: 'One offer with all its locations',
          parameters: parametersOf(OfferParams, 'path'),
          responses: {
            '200': { description: 'The offer', content: jsonContent({ $ref: '#/components/schemas/Offer' }) },
            '404': { description: 'No such visible offer', content: jsonContent({ $ref: '#/components/schemas/Error' }) },
            ...errorResponses,
          },
        },
      },
      '/v1/places': {
        get: {
          operationId: 'suggestPlaces',
          summary: 'Typo-tolerant suggestions for postcodes, places and gemeenten',
          parameters: parametersOf(PlacesQuery, 'query'),
          responses: { '200': { description: 'Suggestions', content: jsonContent(schemaOf(PlacesResponse)) }, ...errorResponses },
        },
      },
      '/v1/regions/{code}': {
        get: {
          operationId: 'getRegion',
          summary: 'A gemeente: name, centre, bounding box and boundary (to frame a map)',
          parameters: parametersOf(RegionParams, 'path'),
          responses: { '200': { description: 'The gemeente', content: jsonContent(schemaOf(RegionResponse)) }, ...errorResponses },
        },
      },
      '/v1/boundaries': {
        get: {
          operationId: 'getBoundaries',
          summary: 'Gemeente boundaries within a bounding box (west,south,east,north)',
          parameters: parametersOf(BoundariesQuery, 'query'),
          responses: { '200': { description: 'GeoJSON FeatureCollection', content: { 'application/geo+json': { schema: schemaOf(BoundariesResponse) } } }, ...errorResponses },
        },
      },
      '/v1/export': {
        get: {
          operationId: 'exportOffers',
          summary: 'Every offer, streamed as NDJSON, CSV (the import template) or HSDS 3.0 JSON',
          parameters: parametersOf(ExportQuery, 'query'),
          responses: { '200': { description: 'The offers', content: { 'application/x-ndjson': {}, 'text/csv': {}, 'application/json': {} } }, ...errorResponses },
        },
      },
      '/v1/themes': {
        get: {
          operationId: 'listThemes',
          summary: 'The theme taxonomy',
          responses: { '200': { description: 'Themes', content: jsonContent(schemaOf(ThemesResponse)) } },
        },
      },
    },
    components: {
      schemas: {
        Offer: schemaOf(Offer),
        SearchResponse: schemaOf(SearchResponse),
        Error: schemaOf(ErrorBody),
      },
    },
  };
}
