import type Router from '@koa/router';
import { API_ROUTES, buildOpenApiDocument } from '@sek/contract';

/** `GET /openapi.json`: the API description, generated from the contract. */
export function addOpenApiRoute(router: Router): void {
  let document: unknown;
  router.get(API_ROUTES.openapi.path, (ctx) => {
    document ??= buildOpenApiDocument();
    ctx.body = document;
    ctx.set('Access-Control-Allow-Origin', '*');
  });
}
