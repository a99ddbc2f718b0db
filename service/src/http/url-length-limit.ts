import type { Middleware } from 'koa';
import { ApiError } from './api-error.js';

/** 414 for URLs longer than `max` characters (a search URL is far shorter; longer ones are abuse or mistakes). */
export function urlLengthLimit(max: number): Middleware {
  return async (ctx, next) => {
    if (ctx.originalUrl.length > max) {
      throw new ApiError(414, 'uri_too_long', {
        nl: `Deze zoekvraag is te lang. Het maximum is ${max} tekens.`,
        en: `This request URL is too long. The maximum is ${max} characters.`,
      });
    }
    await next();
  };
}
