import { z } from 'zod';
import { ThemeSlug } from '../themes/themes.js';
import { DAY_PARTS, KAART_TYPES, OFFER_KINDS, TARGET_GROUPS, WEEKDAYS } from '../offers/vocabulary.js';
import { GemeenteCode } from '../offers/offer.js';

export const MAX_RADIUS_KM = 50;
export const MAX_LIMIT = 50;
export const MAX_QUERY_LENGTH = 200;

/** A query-string list: `themes=taal,geld` or `themes=taal&themes=geld`; duplicates removed. */
export function listOf<T extends z.ZodType<string>>(item: T, max: number) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
  }, z.array(item).max(max).optional());
}

/** A query-string boolean: true/false/1/0/ja/nee. */
const QueryBoolean = z.preprocess((value) => {
  if (value === undefined || value === '') return undefined;
  const text = String(Array.isArray(value) ? value[0] : value).toLowerCase();
  if (['true', '1', 'ja', 'yes'].includes(text)) return true;
  if (['false', '0', 'nee', 'no'].includes(text)) return false;
  return text;
}, z.boolean().optional());

/** A whole number from the query string; `abc` and `1.5` are told "must be a whole number". */
export const WholeNumber = z.coerce.number({ error: 'whole_number' }).int({ error: 'whole_number' });

/** A single query-string value (the first one when repeated). */
function single<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value === '' ? undefined : value), schema);
}

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
    radiusKm: single(z.coerce.number({ error: 'number' }).positive().max(MAX_RADIUS_KM).default(5)),
    themes: listOf(ThemeSlug, 11),
    free: QueryBoolean,
    dayParts: listOf(z.enum(DAY_PARTS), 3),
    weekdays: listOf(z.enum(WEEKDAYS), 7),
    targetGroups: listOf(z.enum(TARGET_GROUPS), TARGET_GROUPS.length),
    kinds: listOf(z.enum(OFFER_KINDS), OFFER_KINDS.length),
    online: single(z.enum(['include', 'only', 'exclude']).default('include')),
    region: listOf(GemeenteCode, 50),
    strictRegion: QueryBoolean,
    kaart: single(z.enum([...KAART_TYPES, 'beide']).default('beide')),
    page: single(WholeNumber.min(1).max(200).default(1)),
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
export type SearchQuery = z.infer<typeof SearchQuery>;
