import { z } from 'zod';

/**
 * How query-string values become typed values. `?themes=taal,geld` and `?themes=taal&themes=geld`
 * are the same list; a repeated single value takes the first.
 */

/** A query-string list: `themes=taal,geld` or `themes=taal&themes=geld`; duplicates removed. */
export function listOf<T extends z.ZodType<string>>(item: T, max: number) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
  }, z.array(item).max(max).optional());
}

/** A query-string boolean: true/false/1/0/ja/nee. */
export const QueryBoolean = z.preprocess((value) => {
  if (value === undefined || value === '') return undefined;
  const text = String(Array.isArray(value) ? value[0] : value).toLowerCase();
  if (['true', '1', 'ja', 'yes'].includes(text)) return true;
  if (['false', '0', 'nee', 'no'].includes(text)) return false;
  return text;
}, z.boolean().optional());

/** A whole number from the query string; `abc` and `1.5` are told "must be a whole number". */
export const WholeNumber = z.coerce.number({ error: 'whole_number' }).int({ error: 'whole_number' });

/** A single query-string value (the first one when repeated). */
export function single<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value === '' ? undefined : value), schema);
}

/** A query flag that is on only when given as `true` or `1`. */
export const Flag = z.preprocess((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'), z.boolean().default(false));
