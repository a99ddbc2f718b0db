import { z } from 'zod';
import { GemeenteCode } from './offer.js';
import { listOf, QueryBoolean, single, WholeNumber } from './query-params.js';
import { ThemeSlug } from './theme-schema.js';
import {
  DAY_PARTS, DEFAULT_RADIUS_KM, KAART_CHOICES, MAX_LIMIT, MAX_PAGE, MAX_QUERY_LENGTH, MAX_RADIUS_KM, OFFER_KINDS, ONLINE_MODES, SEARCH_ORDERS, TARGET_GROUPS, WEEKDAYS, WHEN_CHOICES,
} from './vocabulary.js';

/**
 * Parameters of `GET /v1/search`. Every value that reaches a Meilisearch filter passes an enum,
 * a code pattern or a number here first.
 */
export const SearchQuery = z
  .object({
    q: single(z.string().trim().max(MAX_QUERY_LENGTH).optional()),
    near: single(z.string().trim().min(1).max(100).optional()),
    lat: single(z.coerce.number({ error: 'number' }).min(-90).max(90).optional()),
    lng: single(z.coerce.number({ error: 'number' }).min(-180).max(180).optional()),
    radiusKm: single(z.coerce.number({ error: 'number' }).positive().max(MAX_RADIUS_KM).default(DEFAULT_RADIUS_KM)),
    themes: listOf(ThemeSlug, 11),
    free: QueryBoolean,
    dayParts: listOf(z.enum(DAY_PARTS), 3),
    weekdays: listOf(z.enum(WEEKDAYS), 7),
    /** A session later today, or this week (through Sunday), in Dutch time. */
    when: single(z.enum(WHEN_CHOICES).optional()),
    targetGroups: listOf(z.enum(TARGET_GROUPS), TARGET_GROUPS.length),
    kinds: listOf(z.enum(OFFER_KINDS), OFFER_KINDS.length),
    online: single(z.enum(ONLINE_MODES).default('include')),
    region: listOf(GemeenteCode, 50),
    strictRegion: QueryBoolean,
    kaart: single(z.enum(KAART_CHOICES).default('beide')),
    /** With search words: best match first (default) or nearest first. Without words the list is always nearest first. */
    order: single(z.enum(SEARCH_ORDERS).optional()),
    page: single(WholeNumber.min(1).max(MAX_PAGE).default(1)),
    limit: single(WholeNumber.min(1).max(MAX_LIMIT).default(20)),
  })
  .strict()
  .superRefine((query, ctx) => {
    if ((query.lat === undefined) !== (query.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [query.lat === undefined ? 'lat' : 'lng'], message: 'lat_lng_together' });
    }
    if (query.near && query.lat !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['near'], message: 'near_or_lat_lng' });
    }
  });
/** A search as the service reads it (defaults applied). */
export type SearchQuery = z.infer<typeof SearchQuery>;
/** A search as a client may send it: every field optional, lists as arrays. */
export type SearchRequest = Partial<SearchQuery>;
