import type { SearchQuery } from '@sek/contract';

/** Filters whose values combine with OR: their order does not change the answer. */
const SETS = new Set<keyof SearchQuery>(['themes', 'dayParts', 'weekdays', 'targetGroups', 'kinds']);

/**
 * One key per distinct search, from the validated query (defaults applied): fields in a fixed
 * order, OR-lists sorted, absent fields left out. `?themes=taal,werk` and `?themes=werk,taal&page=1`
 * share a key; the region's order stays (it names the centre).
 */
export function searchKey(query: SearchQuery): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => [field, SETS.has(field as keyof SearchQuery) && Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}
