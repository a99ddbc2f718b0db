import type { AttributeFilters, SearchPlan } from '../search/search-plan.js';

/** Meilisearch filter: the outer array is AND, an inner array is OR. */
export type MeiliFilter = (string | string[])[];

/**
 * Quotes a value for a filter expression. Values reaching this point already passed an enum or a
 * code pattern in the contract's schemas; quoting is a second line of defence, never the first.
 */
export function quote(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function anyOf(field: string, values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? `${field} IN [${values.map(quote).join(', ')}]` : undefined;
}

/** Conditions every visible document meets: not inactive, not expired. */
export function visibilityFilter(nowSeconds: number): MeiliFilter {
  return [`status != ${quote('inactive')}`, `expiresAt > ${Math.floor(nowSeconds)}`];
}

export function attributeFilter(filters: AttributeFilters): MeiliFilter {
  const parts = [
    anyOf('themes', filters.themes),
    filters.free === undefined ? undefined : `free = ${filters.free}`,
    anyOf('dayParts', filters.dayParts),
    anyOf('weekdays', filters.weekdays),
    anyOf('targetGroups', filters.targetGroups),
    anyOf('kind', filters.kinds),
    filters.kaart === 'beide' ? undefined : `kaart = ${quote(filters.kaart)}`,
  ];
  return parts.filter((part): part is string => part !== undefined);
}

/** Filter for documents with a location (offers you can go to). */
export function locatedFilter(base: MeiliFilter, located: SearchPlan['located']): MeiliFilter {
  const filter: MeiliFilter = [...base, 'hasLocation = true'];
  if (located.circle) {
    const { lat, lng, radiusMeters } = located.circle;
    filter.push(`_geoRadius(${lat.toFixed(6)}, ${lng.toFixed(6)}, ${Math.round(radiusMeters)})`);
  }
  const gemeenten = anyOf('gemeenteCode', located.gemeenten);
  if (gemeenten) filter.push(gemeenten);
  if (located.onlineOnly) filter.push('online = true');
  return filter;
}

/** Filter for online-only documents that serve the user's gemeenten (or everyone). */
export function onlineFilter(base: MeiliFilter, userGemeenten: string[]): MeiliFilter {
  const served = anyOf('serviceGemeenten', userGemeenten);
  return [...base, 'hasLocation = false', served ? ['serviceNational = true', served] : 'serviceNational = true'];
}
