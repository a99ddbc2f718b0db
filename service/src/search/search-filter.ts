import type { SearchQuery } from './search-query.js';
import type { LatLng } from '../geo/geo-data.js';

/** Meilisearch filter: the outer array is AND, an inner array is OR. */
export type MeiliFilter = (string | string[])[];

/**
 * Quotes a value for a filter expression. Values reaching this point already passed an enum or a
 * code pattern in SearchQuery; quoting is a second line of defence, never the first.
 */
export function quote(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(field: string, values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? `${field} IN [${values.map(quote).join(', ')}]` : undefined;
}

/** Conditions every visible document meets: active or temporarily closed, not expired, and the user's filters. */
export function visibilityFilter(nowSeconds: number): MeiliFilter {
  return [`status != ${quote('inactive')}`, `expiresAt > ${Math.floor(nowSeconds)}`];
}

export function attributeFilter(query: SearchQuery): MeiliFilter {
  const parts = [
    anyOf('themes', query.themes),
    query.free === undefined ? undefined : `free = ${query.free}`,
    anyOf('dayParts', query.dayParts),
    anyOf('weekdays', query.weekdays),
    anyOf('targetGroups', query.targetGroups),
    anyOf('kind', query.kinds),
    query.kaart === 'beide' ? undefined : `kaart = ${quote(query.kaart)}`,
  ];
  return parts.filter((part): part is string => part !== undefined);
}

export interface LocatedScope {
  /** Search within this radius around the point. */
  circle?: LatLng & { radiusMeters: number };
  /** Only locations in these gemeenten. */
  gemeenten?: string[];
  onlineOnly: boolean;
}

/** Filter for documents with a location (offers you can go to). */
export function locatedFilter(base: MeiliFilter, scope: LocatedScope): MeiliFilter {
  const filter: MeiliFilter = [...base, 'hasLocation = true'];
  if (scope.circle) {
    const { lat, lng, radiusMeters } = scope.circle;
    filter.push(`_geoRadius(${lat.toFixed(6)}, ${lng.toFixed(6)}, ${Math.round(radiusMeters)})`);
  }
  const gemeenten = anyOf('gemeenteCode', scope.gemeenten);
  if (gemeenten) filter.push(gemeenten);
  if (scope.onlineOnly) filter.push('online = true');
  return filter;
}

/** Filter for online-only documents that serve the user's gemeenten (or everyone). */
export function onlineFilter(base: MeiliFilter, userGemeenten: string[]): MeiliFilter {
  const served = anyOf('serviceGemeenten', userGemeenten);
  return [...base, 'hasLocation = false', served ? ['serviceNational = true', served] : 'serviceNational = true'];
}
