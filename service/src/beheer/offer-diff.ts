import type { FieldChange } from '@sek/contract';

/** A value as one line of text: lists of words joined, anything else as compact JSON. */
function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields that differ between two versions of an offer, by path (`contact.phone`,
 * `locations.0.address.street`): what a coordinator reads in the history. Objects are compared
 * field by field, lists of objects item by item, everything else as a whole.
 */
export function changesBetween(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changesBetween(before[key], after[key], path ? `${path}.${key}` : key));
  }
  const objectList = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
  if (Array.isArray(before) && Array.isArray(after) && (objectList(before) || objectList(after))) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => changesBetween(before[index], after[index], `${path}.${index}`)).flat();
  }
  return [{ field: path || '(alles)', before: asText(before), after: asText(after) }];
}
