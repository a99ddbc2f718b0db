import { css, html, nothing } from 'lit';
import type { WholeHit } from '../api/search-client.js';
import type { OfferLocation } from '@sek/contract';
import { formatDistanceKm } from '../format/format-distance.js';
import { alertText, costText, formatDate, label, OFFER_KIND_LABELS, TARGET_GROUP_LABELS, whenLines } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { pictogram } from '../icons/pictograms.js';
import '../icons/action-pictograms.js';
import { ACCESSIBILITY_LABELS } from '@sek/contract/vocabulary';

/** The detail's own styles: adopted into the kaart's shadow root with the chunk (and by the previews in the provider form and beheer). */
export const detailStyles = css`
  .detail { display: grid; gap: calc(var(--_space) / 2); }
  .detail .back { justify-self: start; }
  .detail h3 { font-size: 1.35em; }
  /* Each question above its answer, at every width: nothing to overlap, easy to read on a phone. */
  .facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.15em; margin: 0; }
  .facts dd + dt { margin-top: 0.6em; }
  .facts dt { font-weight: 600; }
  .facts dd { margin: 0; }
  .facts ul { margin: 0; padding-inline-start: 1.2em; }
  .facts ul.contact { list-style: none; padding: 0; }
`;

export interface DetailHandlers {
  onBack: () => void;
  onPrint: () => void;
  onShare: () => void;
  onReadAloud: () => void;
  reading: boolean;
  canReadAloud: boolean;
  detailNotice: string;
  shareUrl: string;
  /** The offer's other places, nearest first, with their distance from the search centre (null without one). */
  otherPlaces: { location: OfferLocation; meters: number | null }[];
}

/** Plain text of the detail, for reading aloud. */
export function detailText(hit: WholeHit, today: string, t: Strings, lang: Lang): string {
  const { offer } = hit;
  const parts = [offer.title, offer.summary, offer.description ?? '', `${t.when} ${whenLines(offer, hit.upcoming, today, t, lang).join(' ')}`];
  if (hit.location) parts.push(`${t.where} ${hit.location.address.street}, ${hit.location.address.place}`);
  parts.push(`${t.cost} ${offer.cost.free ? t.freeCost : costText(offer.cost, t, lang)}`);
  if (offer.contact.phone) parts.push(t.call(offer.contact.phone));
  if (offer.bring.length) parts.push(`${t.bring} ${offer.bring.join(', ')}`);
  if (offer.alert) parts.push(offer.alert);
  return parts.filter(Boolean).join('. ');
}

/** Why an opened offer shows only its title (its text lives here, in the detail's chunk). */
const NOT_LOADED = {
  nl: 'Meer over dit aanbod kunnen we nu niet laden. Ga terug en probeer het zo nog een keer.',
  en: 'We cannot load more about this offer right now. Go back and try again in a moment.',
};

/** An offer whose whole text could not be fetched (the service or the connection is away): its title, why, and the way back. */
export function renderUnavailable(title: string, t: Strings, lang: Lang, onBack: () => void) {
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="secondary back" @click=${onBack}>${pictogram('back', 20)} ${t.back}</button>
    <h3 id="detail-title" tabindex="-1">${title}</h3>
    <p class="alert" role="alert">${NOT_LOADED[lang]}</p>
  </article>`;
}

/** The detail of one offer at one location: what, for whom, where, when, cost, what to bring, contact. */
export function renderDetail(hit: WholeHit, today: string, t: Strings, lang: Lang, h: DetailHandlers) {
  const { offer, location } = hit;
  const telHref = offer.contact.phone ? `tel:${offer.contact.phone.replace(/[^\d+]/g, '')}` : '';
  return html`<article class="detail" part="detail" aria-labelledby="detail-title" @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); h.onBack(); } }}>
    <button type="button" class="secondary back" @click=${h.onBack}>${pictogram('back', 20)} ${t.back}</button>
    <h3 id="detail-title" tabindex="-1">${offer.title}</h3>
    <p class="meta"><span>${offer.provider.name}</span>${offer.cost.free ? html`<span class="badge free-badge">${t.free}</span>` : nothing}</p>
    ${offer.alert ? html`<p class="alert" role="note">${pictogram('alert', 20)} <strong>${alertText(offer, t).label}</strong>${alertText(offer, t).text}</p>` : nothing}
    <div class="actions">
      ${h.canReadAloud ? html`<button type="button" class="secondary" aria-pressed=${h.reading ? 'true' : 'false'} @click=${h.onReadAloud}>${pictogram('speaker', 20)} ${h.reading ? t.stopReading : t.readAloud}</button>` : nothing}
      <button type="button" class="secondary" @click=${h.onPrint}>${pictogram('print', 20)} ${t.print}</button>
      <button type="button" class="secondary" @click=${h.onShare}>${pictogram('share', 20)} ${t.share}</button>
    </div>
    ${h.detailNotice ? html`<p class="hint" role="status">${h.detailNotice}</p>` : nothing}
    ${h.shareUrl ? html`<label class="field"><span>${t.share}</span><input type="text" readonly .value=${h.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>` : nothing}
    <dl class="facts">
      <dt>${t.what}</dt>
      <dd><p>${offer.summary}</p>${offer.description ? html`<p>${offer.description}</p>` : nothing}<p>${label(OFFER_KIND_LABELS, offer.kind, lang)}</p></dd>
      ${offer.targetGroups.length ? html`<dt>${t.forWhomDetail}</dt><dd>${offer.targetGroups.map((g) => label(TARGET_GROUP_LABELS, g, lang)).join(', ')}</dd>` : nothing}
      <dt>${t.where}</dt>
      <dd>${location
        ? html`<p>${location.name ? html`${location.name}<br />` : nothing}${location.address.street}<br />${location.address.postcode} ${location.address.place}
            ${hit.distanceMeters !== null ? html`<br /><span class="hint">${t.away(formatDistanceKm(hit.distanceMeters, lang))}</span>` : nothing}</p>
            <p><a href="https://www.openstreetmap.org/directions?to=${location.lat}%2C${location.lng}" target="_blank" rel="noopener noreferrer">${pictogram('route', 20)} ${t.route}</a></p>`
        : html`<p>${t.onlineHeading}</p>`}</dd>
      ${h.otherPlaces.length ? html`<dt id="also-at" tabindex="-1">${t.alsoAt}</dt>
        <dd><ul class="also-at">${h.otherPlaces.map(({ location: l, meters }) => html`<li>${l.name ? `${l.name}, ` : ''}${l.address.street}, ${l.address.place}${meters === null ? '' : html` <span class="hint">(${t.away(formatDistanceKm(meters, lang))})</span>`}</li>`)}</ul></dd>` : nothing}
      <dt>${t.when}</dt>
      <dd class="when">${whenLines(offer, hit.upcoming, today, t, lang).map((line, i) => html`<p>${i === 0 && hit.upcoming.length ? html`<strong>${line}</strong>` : line}</p>`)}</dd>
      <dt>${t.cost}</dt>
      <dd>${offer.cost.free ? t.freeCost : costText(offer.cost, t, lang)}</dd>
      ${offer.bring.length ? html`<dt>${t.bring}</dt><dd><ul>${offer.bring.map((b) => html`<li>${b}</li>`)}</ul></dd>` : nothing}
      ${offer.accessibility.length ? html`<dt>${t.accessibility}</dt><dd>${offer.accessibility.map((a) => label(ACCESSIBILITY_LABELS, a, lang)).join(', ')}</dd>` : nothing}
      <dt>${t.contact}</dt>
      <dd><ul class="contact">
        ${offer.contact.phone ? html`<li><a href=${telHref}>${pictogram('phone', 20)} ${t.call(offer.contact.phone)}</a></li>` : nothing}
        ${offer.contact.email ? html`<li><a href="mailto:${offer.contact.email}">${pictogram('mail', 20)} ${t.mail}</a></li>` : nothing}
        ${offer.contact.url ? html`<li><a href=${offer.contact.url} target="_blank" rel="noopener noreferrer">${pictogram('globe', 20)} ${t.website}</a></li>` : nothing}
      </ul></dd>
    </dl>
    <p class="hint verified">${t.verified(offer.lastVerified && formatDate(offer.lastVerified, lang))}</p>
  </article>`;
}
