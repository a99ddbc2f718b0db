import { html, nothing } from 'lit';
import { DAY_PART_LABELS, label } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { SearchState } from '../state/search-state.js';
import type { SearchResponse } from '@sek/contract';
import { DAY_PARTS, SEARCH_ORDERS, WHEN_CHOICES, WHEN_LABELS } from '@sek/contract/vocabulary';

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

/** A list with the value added, or taken out when it was there. */
export const toggle = <T extends string>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

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
