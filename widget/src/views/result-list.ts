import { html, nothing } from 'lit';
import type { SearchHit } from '../api/search-client.js';
import { formatDistanceKm } from '../format/format-distance.js';
import { formatWhen } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { pictogram } from '../icons/pictograms.js';
import { THEMES } from '@sek/contract/themes';

const pictogramOf = new Map<string, string>(THEMES.map((theme) => [theme.slug, theme.pictogram]));
const themeLabel = (slug: string, lang: Lang) => THEMES.find((theme) => theme.slug === slug)?.label[lang] ?? slug;

/**
 * One result card; its title is the button that opens the detail, and a toggle keeps it in the
 * list to print or share (`saved`: whether it is there).
 */
export function renderHit(hit: SearchHit, today: string, t: Strings, lang: Lang, onOpen: (hit: SearchHit, trigger: HTMLElement, focus?: 'other-places') => void, saved: boolean, onSave: (hit: SearchHit) => void) {
  const { offer } = hit;
  return html`<li class="result" part="result">
    <h4 class="result-title">
      <button type="button" class="result-link" data-hit=${hit.id} @click=${(e: Event) => onOpen(hit, e.currentTarget as HTMLElement)}>
        ${hit.highlight.title.length ? hit.highlight.title.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text)) : offer.title}
      </button>
    </h4>
    <p class="meta">
      <span>${offer.provider.name}</span>
      ${hit.location ? html`<span>${hit.location.address.place}</span>` : html`<span class="badge online-badge">${pictogram('online', 16)} ${t.onlineBadge}</span>`}
      ${hit.distanceMeters !== null ? html`<span class="distance">${t.away(formatDistanceKm(hit.distanceMeters, lang))}</span>` : nothing}
      ${offer.cost.free ? html`<span class="badge free-badge">${t.free}</span>` : nothing}
    </p>
    ${offer.status === 'temporarily-closed' ? html`<p class="alert">${pictogram('alert', 18)} ${t.temporarilyClosed}</p>` : nothing}
    <p class="summary">${offer.summary}</p>
    <p class="when">${pictogram('clock', 18)} ${formatWhen(offer, hit.upcoming, today, t, lang)}</p>
    <p class="themes-row">
      ${offer.themes.map((slug) => html`<span class="theme-chip">${pictogram(pictogramOf.get(slug) ?? 'book', 18)}<span>${themeLabel(slug, lang)}</span></span>`)}
    </p>
    ${hit.otherLocations > 0 ? html`<p><button type="button" class="link-button other-places" @click=${(e: Event) => onOpen(hit, e.currentTarget as HTMLElement, 'other-places')}>${t.otherPlaces(hit.otherLocations)}</button></p>` : nothing}
    <button type="button" class="secondary small save" aria-pressed=${saved ? 'true' : 'false'} @click=${() => onSave(hit)}>${pictogram(saved ? 'check' : 'plus', 18)} ${t.save}</button>
  </li>`;
}
