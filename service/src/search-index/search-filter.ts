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

/**
 * The filter groups a resident combines: values inside a group are alternatives (OR), groups narrow
 * each other (AND). Each is counted "disjunctively": a value's count is what choosing it would give.
 */
export const FACET_GROUPS = ['themes', 'free', 'dayParts', 'weekdays', 'targetGroups', 'kinds'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/** The document field each group filters and counts on. Target groups use `forGroups`: offers for everyone match every group. */
export const FACET_FIELD: Readonly<Record<FacetGroup, string>> = {
  themes: 'themes',
  free: 'free',
  dayParts: 'dayParts',
  weekdays: 'weekdays',
  targetGroups: 'forGroups',
  kinds: 'kind',
};

function groupCondition(filters: AttributeFilters, group: FacetGroup): string | undefined {
  if (group === 'free') return filters.free === undefined ? undefined : `free = ${filters.free}`;
  return anyOf(FACET_FIELD[group], filters[group]);
}

/** The groups the resident has chosen something in. */
export function activeGroups(filters: AttributeFilters): FacetGroup[] {
  return FACET_GROUPS.filter((group) => groupCondition(filters, group) !== undefined);
}

/** The resident's filters, AND-ed; `without` leaves one group out (to count that group's values). */
export function attributeFilter(filters: AttributeFilters, without?: FacetGroup): MeiliFilter {
  const parts = [
    ...FACET_GROUPS.filter((group) => group !== without).map((group) => groupCondition(filters, group)),
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
