import { z } from 'zod';
import { API_ROUTES, type RouteSpec } from './api.js';

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

function operation(route: RouteSpec): JsonSchema {
  return {
    operationId: route.operationId,
    summary: route.summary,
    parameters: [
      ...(route.params ? parametersOf(route.params, 'path') : []),
      ...(route.query ? parametersOf(route.query, 'query') : []),
    ],
    ...(route.body ? {
      requestBody: {
        required: true,
        description: route.body.description,
        content: Object.fromEntries(route.body.contentTypes.map((type) => [type, {
          schema: route.body!.schema && type === 'application/json' ? schemaOf(route.body!.schema, 'input') : { type: 'string', format: 'binary' },
        }])),
      },
    } : {}),
    ...(route.auth ? { security: [{ session: [], csrfToken: [] }, { adminToken: [] }] } : {}),
    responses: Object.fromEntries(Object.entries(route.responses).map(([status, response]) => [status, {
      description: response.description,
      ...(response.schema || response.contentType
        ? { content: { [response.contentType ?? 'application/json']: response.schema ? { schema: schemaOf(response.schema) } : {} } }
        : {}),
    }])),
  };
}

/** The OpenAPI 3.1 document, generated from the route table and the zod schemas that validate requests. */
export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of Object.values(API_ROUTES) as RouteSpec[]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SEK search service',
      version: '1.0.0',
      description: 'Search local help and learning offers (sociaal-educatieve kaart) near a Dutch postcode or place.',
    },
    paths,
    components: {
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (made in /beheer/, scoped like its person) or the bootstrap SEK_ADMIN_TOKEN' },
        session: { type: 'apiKey', in: 'cookie', name: 'sek_sessie', description: 'The session of a person logged in by e-mail link (POST /v1/admin/session)' },
        csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'With a session, every change carries the csrfToken of GET /v1/admin/session' },
      },
    },
  };
}
