import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
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
      'q', 'near', 'lat', 'lng', 'radiusKm', 'themes', 'free', 'dayParts', 'weekdays', 'targetGroups', 'kinds',
      'online', 'region', 'strictRegion', 'kaart', 'page', 'limit',
    ]);
    const themes = body.paths['/v1/search'].get.parameters.find((p: any) => p.name === 'themes');
    expect(themes.schema.items.enum).toContain('digitaal');
    expect(body.components.schemas.Offer.properties.themes).toBeDefined();
  });
});
