import type Router from '@koa/router';
import { API_ROUTES, type SearchResponse } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { CACHE_CONTROL } from '../http/cache-control.js';
import { COMPRESS_FROM_BYTES } from '../http/compression.js';
import { parseInput } from '../http/validate.js';
import { AnswerCache } from '../search-cache/answer-cache.js';
import { searchKey } from '../search-cache/search-key.js';
import { searchOffers } from '../search/search-offers.js';

/** What the search counters need of an answer; kept beside a cached answer. */
export type SearchSummary = Pick<SearchResponse, 'center' | 'total'> & { online: Pick<SearchResponse['online'], 'total'> };

/** Without an answer cache (tests that build the app without a database): every search computed, still tagged. */
const UNCACHED = new AnswerCache<SearchSummary>({ version: () => undefined, maxBytes: 0, ttlMs: 0 });

/**
 * `GET /v1/search`: offers near a place, with filters, facets and the online offers apart. Answers
 * come from the search answer cache when the same search was answered since the last write.
 */
export function addSearchRoute(router: Router, deps: AppDeps): void {
  const route = API_ROUTES.search;
  const answers = deps.searchAnswers ?? UNCACHED;
  router.get(route.path, async (ctx) => {
    const started = performance.now();
    const query = parseInput(route.query, ctx.query);
    const timing = { meiliMs: 0 };
    const answer = await answers.get(searchKey(query), async () => {
      const response = await searchOffers({ index: deps.searchIndex, geo: deps.geo, geocoder: deps.geocoder, now: deps.now, timing }, query);
      return { body: JSON.stringify(response), summary: { center: response.center, total: response.total, online: { total: response.online.total } } };
    });
    // Counted, never logged: day, gemeente, PC4 area and filters; words only once common (see SearchStats).
    deps.searchStats?.record(query, answer.summary);
    ctx.type = 'json';
    ctx.etag = answer.etag;
    // Compressed once per cached answer, not on every request (the compression middleware leaves an encoded body alone).
    const encoding = answer.body.length >= COMPRESS_FROM_BYTES ? ctx.acceptsEncodings('br', 'gzip', 'identity') : 'identity';
    if (encoding === 'br' || encoding === 'gzip') {
      ctx.body = await answers.encoded(answer, encoding);
      ctx.set('Content-Encoding', encoding);
    } else {
      ctx.body = answer.body;
    }
    ctx.set('Cache-Control', CACHE_CONTROL.searchData);
    // Where the time went, for operators and the benchmark (no personal data).
    const app = `app;dur=${(performance.now() - started).toFixed(2)}`;
    ctx.set('Server-Timing', answer.cached ? `cache;desc=hit, ${app}` : `meili;dur=${timing.meiliMs.toFixed(2)}, ${app}`);
  });
}
