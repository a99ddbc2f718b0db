import type { Context } from 'koa';
import parse from 'co-body';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { parseInput } from './validate.js';

/** Largest JSON body of a management request (an offer with 100 locations fits many times). */
const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body (co-body, at most 1 MB) and validates it with a zod schema: 415 for
 * another content type (a plain HTML form from another site cannot send JSON), 400 for broken
 * JSON or a field that is not right.
 */
export async function jsonBody<S extends z.ZodType>(ctx: Context, schema: S): Promise<z.infer<S>> {
  if (!ctx.is('application/json')) {
    throw new ApiError(415, 'invalid_request', { nl: 'Stuur de gegevens als JSON (Content-Type: application/json).', en: 'Send the data as JSON (Content-Type: application/json).' });
  }
  let body: unknown;
  try {
    body = await parse.json(ctx.req, { limit: MAX_JSON_BYTES, strict: true });
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 413) {
      throw new ApiError(413, 'payload_too_large', { nl: 'Dit is te veel tekst in één keer (maximaal 1 MB).', en: 'This request is too large (at most 1 MB).' });
    }
    throw ApiError.invalid([{ field: 'body', code: 'invalid_json', message: { nl: 'Deze gegevens zijn geen goede JSON.', en: 'The body is not valid JSON.' } }]);
  }
  return parseInput(schema, body);
}
