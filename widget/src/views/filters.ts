import { html, nothing } from 'lit';
import { DAY_PART_LABELS, label, OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { SearchState } from '../state/search-state.js';
import type { SearchFacets, SearchResponse } from '@sek/contract';
import { DAY_PARTS, OFFER_KINDS, SEARCH_ORDERS, TARGET_GROUPS, WHEN_CHOICES, WHEN_LABELS } from '@sek/contract/vocabulary';

export interface FilterHandlers {
  onChange: (patch: Partial<SearchState>) => void;
}

/** How many filters are chosen (themes are not filters: they are the tiles). */
export function chosenFilterCount(state: SearchState): number {
  return Number(state.free) + Number(Boolean(state.when)) + state.dayParts.length + Number(state.online !== 'include') + state.targetGroups.length + state.kinds.length;
}

/** Every filter off ("Wis alle filters"). */
export const NO_FILTERS: Partial<SearchState> = { free: false, when: undefined, dayParts: [], online: 'include', targetGroups: [], kinds: [] };

/** The one button the filters are folded behind, saying how many are chosen. */
export function renderFiltersButton(state: SearchState, open: boolean, t: Strings, onToggle: () => void) {
  return html`<button type="button" class="secondary filters-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters" @click=${onToggle}>
    ${t.filtersButton(chosenFilterCount(state))}
  </button>`;
}

const toggle = <T extends string>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
const withCount = (text: string, count: number | undefined) => (count === undefined ? text : `${text} (${count})`);

function checkboxGroup<T extends string>(name: string, legend: string, values: readonly T[], chosen: T[], text: (v: T) => string, counts: Record<string, number> | undefined, onChange: (next: T[]) => void) {
  return html`<fieldset class="filter-group" part="filter-group">
    <legend>${legend}</legend>
    ${values.map((value) => html`<label class="check">
      <input type="checkbox" name=${name} .value=${value} .checked=${chosen.includes(value)} @change=${() => onChange(toggle(chosen, value))} />
      <span>${withCount(text(value), counts?.[value] ?? (counts ? 0 : undefined))}</span>
    </label>`)}
  </fieldset>`;
}

/** The filters, folded open: simple ones first (Gratis, Wanneer, Dagdeel, Online), then Voor wie and Soort hulp. */
export function renderFilters(state: SearchState, facets: SearchFacets | undefined, quick: string[], t: Strings, lang: Lang, { onChange }: FilterHandlers) {
  // What the host shows as a big toggle is not asked a second time here.
  const dayParts = DAY_PARTS.filter((part) => !quick.includes(part));
  const whenAsked = !WHEN_CHOICES.some((choice) => quick.includes(choice));
  return html`
    <div class="filters" id="filters" part="filters" role="group" aria-label=${t.filters}>
      ${quick.includes('gratis') ? nothing : html`<label class="check free">
        <input type="checkbox" name="free" .checked=${state.free} @change=${(e: Event) => onChange({ free: (e.target as HTMLInputElement).checked })} />
        <span>${withCount(t.free, facets ? (facets.free.true ?? 0) : undefined)}</span>
      </label>`}
      ${whenAsked ? html`<fieldset class="filter-group">
        <legend>${t.whenChoice}</legend>
        ${[undefined, ...WHEN_CHOICES].map((value) => html`<label class="check">
          <input type="radio" name="when" .value=${value ?? ''} .checked=${state.when === value} @change=${() => onChange({ when: value })} />
          <span>${value ? label(WHEN_LABELS, value, lang) : t.whenAnytime}</span>
        </label>`)}
      </fieldset>` : nothing}
      ${dayParts.length === 0 ? nothing : checkboxGroup('dayParts', t.dayPart, dayParts, state.dayParts, (v) => label(DAY_PART_LABELS, v, lang), facets?.dayParts, (dayParts) => onChange({ dayParts }))}
      <fieldset class="filter-group">
        <legend>${t.onlineOrOnSite}</legend>
        ${([['include', t.onlineInclude], ['exclude', t.onlineExclude], ['only', t.onlineOnly]] as const).map(([value, text]) => html`<label class="check">
          <input type="radio" name="online" .value=${value} .checked=${state.online === value} @change=${() => onChange({ online: value })} />
          <span>${text}</span>
        </label>`)}
      </fieldset>
      ${checkboxGroup('targetGroups', t.forWhom, TARGET_GROUPS, state.targetGroups, (v) => label(TARGET_GROUP_LABELS, v, lang), facets?.targetGroups, (targetGroups) => onChange({ targetGroups }))}
      ${checkboxGroup('kinds', t.kindOfOffer, OFFER_KINDS, state.kinds, (v) => label(OFFER_KIND_LABELS, v, lang), facets?.kinds, (kinds) => onChange({ kinds }))}
      ${chosenFilterCount(state) ? html`<button type="button" class="secondary clear-filters" @click=${() => onChange(NO_FILTERS)}>${t.clearFilters}</button>` : nothing}
    </div>`;
}

/** "Beste match eerst" or "Dichtstbij eerst": only for a word search around a place (without words the list is nearest first). */
export function renderOrderChoice(state: SearchState, response: SearchResponse | undefined, t: Strings, onChange: (patch: Partial<SearchState>) => void) {
  if (!state.q.trim() || !response || response.radiusKm === null || response.total < 2) return nothing;
  const current = response.order;
  return html`<fieldset class="order-choice" part="order-choice">
    <legend>${t.orderChoice}</legend>
    ${SEARCH_ORDERS.map((order) => html`<label class="check">
      <input type="radio" name="order" .value=${order} .checked=${current === order} @change=${() => onChange({ order })} />
      <span>${t.orderOptions[order]}</span>
    </label>`)}
  </fieldset>`;
}

/** Quick filters as large toggle buttons (`quick-filters="gratis,avond"`), for residents and professionals who use them often. */
export function renderQuickFilters(names: string[], state: SearchState, t: Strings, lang: Lang, onChange: (patch: Partial<SearchState>) => void) {
  if (names.length === 0) return nothing;
  interface QuickToggle { label: string; pressed: boolean; patch: Partial<SearchState> }
  const toggles = names.flatMap((name): QuickToggle[] => {
    if (name === 'gratis') return [{ label: t.free, pressed: state.free, patch: { free: !state.free } }];
    const when = WHEN_CHOICES.find((choice) => choice === name);
    if (when) return [{ label: label(WHEN_LABELS, when, lang), pressed: state.when === when, patch: { when: state.when === when ? undefined : when } }];
    if (name === 'online') return [{ label: t.onlineOnly, pressed: state.online === 'only', patch: { online: state.online === 'only' ? 'include' as const : 'only' as const } }];
    const dayPart = DAY_PARTS.find((part) => part === name);
    if (dayPart) return [{ label: label(DAY_PART_LABELS, dayPart, lang), pressed: state.dayParts.includes(dayPart), patch: { dayParts: toggle(state.dayParts, dayPart) } }];
    return [];
  });
  return html`<div class="quick-filters" part="quick-filters" role="group" aria-label=${t.filters}>
    ${toggles.map((q) => html`<button type="button" class="quick" aria-pressed=${q.pressed ? 'true' : 'false'} @click=${() => onChange(q.patch)}>${q.label}</button>`)}
  </div>`;
}
