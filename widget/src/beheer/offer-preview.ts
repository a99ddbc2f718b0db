import { LitElement, html } from 'lit';
import type { Offer } from '@sek/contract';
import type { WholeHit } from '../api/search-client.js';
import { DUTCH } from '../i18n/strings.js';
import { sekZoekerStyles } from '../styles/sek-zoeker-styles.js';
import { detailStyles } from '../views/offer-detail.js';
import { renderDetail } from '../views/offer-detail.js';

const noop = () => {};

/**
 * `<sek-beheer-voorbeeld>`: an offer as residents see it when they open it in `<sek-zoeker>`,
 * drawn by the widget's own detail view and styles (not a copy of them), at its first place.
 */
export class SekBeheerVoorbeeld extends LitElement {
  static override styles = [sekZoekerStyles, detailStyles];
  static override properties = { offer: { attribute: false } };

  declare offer: Offer | undefined;

  override render() {
    const offer = this.offer;
    if (!offer) return html``;
    const [location, ...others] = offer.locations;
    const hit = {
      id: offer.id, offer, location: location ?? null, distanceMeters: null, otherLocations: others.length,
      highlight: { title: [], summary: [] }, upcoming: [],
    } as unknown as WholeHit;
    const today = new Date().toISOString().slice(0, 10);
    return html`<div lang="nl">${renderDetail(hit, today, DUTCH, 'nl', {
      onBack: noop, onPrint: noop, onShare: noop, onReadAloud: noop, reading: false, canReadAloud: false, detailNotice: '', shareUrl: '',
      otherPlaces: others.map((place) => ({ location: place, meters: null })),
    })}</div>`;
  }
}

if (!customElements.get('sek-beheer-voorbeeld')) customElements.define('sek-beheer-voorbeeld', SekBeheerVoorbeeld);
