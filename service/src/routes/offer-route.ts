import type Router from '@koa/router';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { parseInput } from '../http/validate.js';
import { OfferId } from '../offers/offer.js';
import type { OfferRecordDocument } from '../search-index/offer-documents.js';
import { quote, visibilityFilter } from '../search/search-filter.js';

export const OfferParams = z.object({ id: OfferId });

/** `GET /v1/offers/:id`: one visible offer with all its locations. */
export function addOfferRoute(router: Router, deps: AppDeps): void {
  router.get('/v1/offers/:id', async (ctx) => {
    const { id } = parseInput(OfferParams, ctx.params);
    const now = deps.now?.() ?? Date.now() / 1000;
    const response = await deps.search.index<OfferRecordDocument>(deps.indexes.offers).search('', {
      filter: [...visibilityFilter(now), `id = ${quote(id)}`],
      limit: 1,
      attributesToRetrieve: ['offer'],
    });
    const hit = response.hits[0];
    if (!hit) throw ApiError.notFound({ nl: 'Dit aanbod bestaat niet (meer).', en: 'This offer does not exist (any more).' });
    ctx.body = hit.offer;
  });
}
