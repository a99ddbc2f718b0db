import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { zodFieldErrors } from '@sek/contract';

/**
 * Parses input with a zod schema; a failure becomes a 400 naming every bad field.
 * @example const query = parseInput(SearchQuery, ctx.query)
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw ApiError.invalid(zodFieldErrors(result.error));
  return result.data;
}
