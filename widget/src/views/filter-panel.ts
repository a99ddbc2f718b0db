import { css, html, nothing } from 'lit';
import { DAY_PART_LABELS, label, OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { SearchState } from '../state/search-state.js';
import type { SearchFacets } from '@sek/contract';
import { DAY_PARTS, OFFER_KINDS, TARGET_GROUPS, WHEN_CHOICES, WHEN_LABELS } from '@sek/contract/vocabulary';
import { chosenFilterCount, NO_FILTERS, toggle } from './filters.js';

/**
 * The filter panel, a lazy chunk: most residents never open it, so every page view does not pay for
 * it. The button that opens it, the quick filters and the order choice stay in the core bundle.
 */

/** The panel's own styles, adopted into the kaart's shadow root with the chunk. */
export const styles = css`
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  .filter-group { display: flex; flex-direction: column; }
  .filters { margin-top: calc(var(--_space) / 2); }
  .clear-filters { flex-basis: 100%; justify-content: start; max-width: max-content; }
  .check.free { font-weight: 600; }
`;

export interface FilterHandlers {
  onChange: (patch: Partial<SearchState>) => void;
}

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

