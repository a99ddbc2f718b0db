import type Router from '@koa/router';
import { buildOpenApiDocument } from '../openapi/openapi-document.js';

/** `GET /openapi.json`: the API description, generated from the zod schemas. */
export function addOpenApiRoute(router: Router): void {
  let document: unknown;
  router.get('/openapi.json', (ctx) => {
    document ??= buildOpenApiDocument();
    ctx.body = document;
    ctx.set('Access-Control-Allow-Origin', '*');
  });
}
