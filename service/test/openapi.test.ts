import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_ROUTES, type RouteSpec } from '@sek/contract';
import { startTestService, type TestService } from './helpers/test-service.js';

let service: TestService;
beforeAll(async () => {
  service = await startTestService([]);
});
afterAll(() => service.close());

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { status, body } = await service.get('/openapi.json');
    expect(status).toBe(200);
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.openapi).toBe('3.1.0');
  });

  it('describes every search parameter from the zod schema', async () => {
    const { body } = await service.get('/openapi.json');
    const names = body.paths['/v1/search'].get.parameters.map((p: any) => p.name);
    expect(names).toEqual([
      'q', 'near', 'lat', 'lng', 'radiusKm', 'themes', 'free', 'dayParts', 'weekdays', 'when', 'targetGroups', 'kinds',
      'online', 'region', 'strictRegion', 'kaart', 'order', 'page', 'limit',
    ]);
    const themes = body.paths['/v1/search'].get.parameters.find((p: any) => p.name === 'themes');
    expect(themes.schema.items.enum).toContain('digitaal');
    expect(body.paths['/v1/offers/{id}'].get.responses['200'].content['application/json'].schema.properties.themes).toBeDefined();
  });

  it('documents every route the service answers, the admin routes with their security', async () => {
    const { body } = await service.get('/openapi.json');
    for (const route of Object.values(API_ROUTES) as RouteSpec[]) {
      const operation = body.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      expect(operation, route.operationId).toBeDefined();
      if (route.auth) expect(operation.security).toEqual([{ session: [], csrfToken: [] }, { adminToken: [] }]);
      // The service has a handler at this path: another method gets 405, not 404.
      const path = route.path.replace(':id', 'taalcafe-arkel').replace(':code', 'GM0512');
      const other = 'PATCH';
      expect((await service.get(path, { method: other })).status, `${other} ${path}`).toBe(405);
    }
    expect(body.paths['/v1/admin/import'].post.responses['422']).toBeDefined();
  });
});
