import type { KaartChoice, SearchQuery, SearchRequest } from '@sek/contract';
import { clampRadiusKm, DAY_PARTS, DEFAULT_RADIUS_KM, OFFER_KINDS, ONLINE_MODES, TARGET_GROUPS, WHEN_CHOICES, type WhenChoice } from '@sek/contract/vocabulary';
import { THEME_SLUGS } from '@sek/contract/themes';

/**
 * What the resident has chosen: the fields of a search a resident can change (the contract's
 * `SearchQuery`), each with a value. Everything else (region, kaart, paging) is configuration.
 */
export type SearchState = Required<Pick<SearchQuery, 'themes' | 'dayParts' | 'targetGroups' | 'kinds'>>
  & Pick<SearchQuery, 'radiusKm' | 'online' | 'when' | 'order'>
  & { near: string; q: string; free: boolean };

export function initialState(radiusKm: number = DEFAULT_RADIUS_KM): SearchState {
  return { near: '', q: '', radiusKm: clampRadiusKm(radiusKm), themes: [], free: false, dayParts: [], online: 'include', targetGroups: [], kinds: [] };
}

export interface SearchConfig {
  region: string[];
  /** Themes the host offers as tiles; with none chosen, the search covers these. */
  themes: SearchQuery['themes'] & {};
  kaart: KaartChoice;
}

/** The request for the service: the resident's choices within the host's configuration. */
export function toRequest(state: SearchState, config: SearchConfig, page = 1): SearchRequest {
  return {
    ...(state.near ? { near: state.near } : {}),
    ...(state.q.trim() ? { q: state.q.trim(), ...(state.order ? { order: state.order } : {}) } : {}),
    radiusKm: state.radiusKm,
    themes: state.themes.length ? state.themes : config.themes,
    ...(state.free ? { free: true } : {}),
    dayParts: state.dayParts,
    ...(state.when ? { when: state.when } : {}),
    ...(state.online !== 'include' ? { online: state.online } : {}),
    targetGroups: state.targetGroups,
    kinds: state.kinds,
    region: config.region,
    ...(config.kaart !== 'beide' ? { kaart: config.kaart } : {}),
    page,
    limit: 10,
  };
}

/** URL parameters that carry a search in a shared link. Prefixed, so they never collide with the host's own. */
const PREFIX = 'sek-';

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.near) params.set(`${PREFIX}waar`, state.near);
  if (state.q) params.set(`${PREFIX}q`, state.q);
  if (state.q && state.order === 'distance') params.set(`${PREFIX}volgorde`, 'afstand');
  params.set(`${PREFIX}km`, String(state.radiusKm));
  if (state.themes.length) params.set(`${PREFIX}thema`, state.themes.join(','));
  if (state.free) params.set(`${PREFIX}gratis`, '1');
  if (state.when) params.set(`${PREFIX}wanneer`, state.when);
  if (state.dayParts.length) params.set(`${PREFIX}dagdeel`, state.dayParts.join(','));
  if (state.online !== 'include') params.set(`${PREFIX}online`, state.online);
  if (state.targetGroups.length) params.set(`${PREFIX}voor`, state.targetGroups.join(','));
  if (state.kinds.length) params.set(`${PREFIX}soort`, state.kinds.join(','));
  return params;
}

/** A list from a URL parameter, keeping only values of the given vocabulary (a link may have been edited). */
function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const parts = value ? value.split(',').filter(Boolean) : [];
  return parts.filter((part): part is T => (allowed as readonly string[]).includes(part));
}

/** Reads a shared search back; returns undefined when the URL carries none. */
export function stateFromParams(params: URLSearchParams, fallbackRadius: number): SearchState | undefined {
  if (![...params.keys()].some((key) => key.startsWith(PREFIX))) return undefined;
  const km = Number(params.get(`${PREFIX}km`));
  const online = params.get(`${PREFIX}online`) as SearchState['online'];
  const when = params.get(`${PREFIX}wanneer`) as WhenChoice;
  return {
    near: params.get(`${PREFIX}waar`) ?? '',
    q: params.get(`${PREFIX}q`) ?? '',
    ...(params.get(`${PREFIX}volgorde`) === 'afstand' ? { order: 'distance' as const } : {}),
    radiusKm: clampRadiusKm(Number.isFinite(km) && km > 0 ? km : fallbackRadius),
    themes: list(params.get(`${PREFIX}thema`), THEME_SLUGS),
    free: params.get(`${PREFIX}gratis`) === '1',
    dayParts: list(params.get(`${PREFIX}dagdeel`), DAY_PARTS),
    ...(WHEN_CHOICES.includes(when) ? { when } : {}),
    online: ONLINE_MODES.includes(online) ? online : 'include',
    targetGroups: list(params.get(`${PREFIX}voor`), TARGET_GROUPS),
    kinds: list(params.get(`${PREFIX}soort`), OFFER_KINDS),
  };
}

/** The current page URL with the search's parameters replaced (the host's own parameters and hash kept). */
export function shareUrl(location: Location, state: SearchState): string {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(PREFIX)) url.searchParams.delete(key);
  for (const [key, value] of stateToParams(state)) url.searchParams.set(key, value);
  return url.toString();
}
