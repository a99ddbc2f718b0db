import type Router from '@koa/router';
import { API_ROUTES, type OfferDetail } from '@sek/contract';
import { CACHE_CONTROL } from '../http/cache-control.js';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../domain-errors.js';
import { parseInput } from '../http/validate.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import { upcomingSessions } from '../schedule/next-sessions.js';

/** How many next sessions the detail lists. */
const DETAIL_SESSIONS = 3;

/** `GET /v1/offers/:id`: one visible offer with all its locations and its next sessions. */
export function addOfferRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.offer;
  router.get(route.path, async (ctx) => {
    const { id } = parseInput(route.params, ctx.params);
    const nowSeconds = deps.now?.() ?? Date.now() / 1000;
    const offer = await deps.searchIndex.visibleOffer(id, nowSeconds);
    if (!offer) throw new NotFoundError({ nl: 'Dit aanbod bestaat niet (meer).', en: 'This offer does not exist (any more).' });
    const detail: OfferDetail = { ...offer, today: dutchMoment(nowSeconds).date, upcoming: upcomingSessions(offer.schedule, nowSeconds, DETAIL_SESSIONS) };
    ctx.body = detail;
    ctx.set('Cache-Control', CACHE_CONTROL.searchData);
  });
}
