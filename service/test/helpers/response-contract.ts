import { API_ROUTES, ErrorBody, type RouteSpec } from '@sek/contract';
import type { z } from 'zod';

const routes = (Object.values(API_ROUTES) as RouteSpec[]).map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/:(\w+)/g, '[^/]+')}/?$`),
}));

/**
 * The schema the contract promises for an answer, when there is one: the route's schema for that
 * status, or the error body for any JSON error. Paths outside the API (static files) have none.
 */
export function promisedSchema(method: string, path: string, status: number): z.ZodType | undefined {
  const match = routes.find(({ route, pattern }) => pattern.test(path) && (route.method === method.toLowerCase() || (method === 'HEAD' && route.method === 'get')));
  const spec = match?.route.responses[status];
  if (spec) return spec.contentType && spec.contentType !== 'application/json' ? undefined : spec.schema;
  return status >= 400 ? ErrorBody : undefined;
}

/**
 * Throws when a JSON answer does not match what the contract promises for it, naming the route and
 * the first problems. Every answer the service tests receive goes through this.
 */
export function checkAnswer(method: string, url: string, status: number, contentType: string | null, body: unknown): void {
  if (!contentType?.includes('json') || typeof body !== 'object' || body === null) return;
  const path = new URL(url).pathname;
  const schema = promisedSchema(method, path, status);
  if (!schema) return;
  const result = schema.safeParse(body);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${method} ${path} answered ${status} with a body that breaks the contract: ${problems}`);
  }
}
