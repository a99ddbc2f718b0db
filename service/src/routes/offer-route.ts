import type Router from '@koa/router';
import { API_ROUTES } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../domain-errors.js';
import { parseInput } from '../http/validate.js';

/** `GET /v1/offers/:id`: one visible offer with all its locations. */
export function addOfferRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.offer;
  router.get(route.path, async (ctx) => {
    const { id } = parseInput(route.params, ctx.params);
    const offer = await deps.searchIndex.visibleOffer(id, deps.now?.() ?? Date.now() / 1000);
    if (!offer) throw new NotFoundError({ nl: 'Dit aanbod bestaat niet (meer).', en: 'This offer does not exist (any more).' });
    ctx.body = offer;
  });
}
