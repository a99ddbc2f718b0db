import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BoundariesResponse } from '@sek/contract';
import type { SearchHit } from '../api/search-client.js';
import { fetchOffers, hitFromOffer, wholeHits } from '../api/hit-from-offer.js';
import { countReferral } from '../actions/count-referral.js';
import { printFrame } from '../actions/print-offers.js';
import { shareLink } from '../actions/share-link.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { SekZoekerElement } from '../sek-zoeker-element.js';
import { pictogram } from '../icons/pictograms.js';
import '../icons/action-pictograms.js';
import { sekZoekerStyles } from '../styles/sek-zoeker-styles.js';
import { LIST_PARAM, OFFER_PARAM } from '../controllers/url-state-controller.js';
import { apiOf, langOf } from '../state/kaart-config.js';
import { LIST_STRINGS } from './list-strings.js';
import { fetchSurroundings } from './mini-map.js';
import type { ClientFields } from './referral-letter.js';

export type ListChangeEvent = CustomEvent<{ hits: SearchHit[] }>;

/** The tray's styles, adopted into the kaart's shadow root with the chunk. */
export const styles = css`
  .tray {
    position: sticky; bottom: 0; z-index: 3; display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; justify-content: space-between;
    margin-top: var(--_space); padding: 0.5em; background: var(--_bg); border: 2px solid var(--_primary); border-radius: var(--_radius);
  }
`;

/**
 * The bar below the results with how many offers are kept, and the button to the list (for
 * professionals: to the referral letter). Sticks to the bottom of the kaart while scrolling.
 */
export function renderTray(kaart: SekZoekerElement, count: number, onOpen: () => void) {
  const s = LIST_STRINGS[langOf(kaart)];
  const professional = kaart.audience === 'professional';
  const text = professional ? s.trayClient(count) : s.tray(count);
  return html`<div class="tray" part="tray" role="region" aria-label=${text}>
    <span>${text}</span>
    <button type="button" class="primary small" @click=${onOpen}>${pictogram('print', 18)} ${professional ? s.trayOpenClient : s.trayOpen}</button>
  </div>`;
}

/** The most offers a list link opens. */
const MAX_LINKED = 30;

const NO_CLIENT: ClientFields = { firstName: '', date: '', time: '', note: '' };

/**
 * The kept offers ("Mijn lijstje" for residents, "Voor mijn cliënt" for professionals): remove
 * one, share the list as one link, print it, or (professionals) make a referral letter: one A4
 * page in plain Dutch with per offer a small map and a QR code that opens it in this kaart. What the
 * professional types for the letter (first name, appointment, note) lives only in this element: it
 * is never sent, stored or put in a URL, and it is gone when the list is closed.
 */
export class SekZoekerLijst extends LitElement {
  static override styles = [
    sekZoekerStyles,
    css`
      :host { display: block; }
      h3:focus { outline: none; }
      .kept { list-style: none; margin: 0 0 1em; padding: 0; display: grid; gap: 0.5em; }
      .kept li { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: center; justify-content: space-between; padding: 0.6em 0.8em; background: var(--_surface); border-radius: var(--_radius); }
      .kept p { margin: 0; }
      fieldset { border: 2px solid var(--_surface); border-radius: var(--_radius); margin: 0 0 1em; padding: 0.6em 0.8em 0.8em; display: grid; gap: 0.8em; min-width: 0; }
      input[type='date'], input[type='time'], textarea { font: inherit; min-height: 48px; padding: 0.4em 0.6em; border: 2px solid var(--_muted); border-radius: var(--_radius); color: var(--_text); background: var(--_bg); width: 100%; box-sizing: border-box; }
      textarea { min-height: 5em; }
      .privacy { padding: 0.6em 0.8em; border-inline-start: 4px solid var(--_primary); background: var(--_surface); }
      .actions { margin: 0.5em 0 1em; }
      .copy input { width: 100%; }
    `,
  ];

  /** The `<sek-zoeker>` this list belongs to: its service, language and audience. */
  @property({ attribute: false }) kaart!: SekZoekerElement;
  @property({ attribute: false }) hits: SearchHit[] = [];
  /** Hit ids from a shared link, fetched when the list opens. */
  @property({ attribute: false }) ids: string[] = [];
  @property({ attribute: false }) strings!: Strings;
  @property() today = new Date().toISOString().slice(0, 10);

  @state() private client: ClientFields = NO_CLIENT;
  @state() private status = '';
  @state() private copyUrl = '';
  @state() private busy = false;
  @state() private loadingIds = false;

  private get api(): string {
    return apiOf(this.kaart);
  }

  private get language(): Lang {
    return langOf(this.kaart);
  }

  private get s() {
    return LIST_STRINGS[this.language];
  }

  private get professional(): boolean {
    return this.kaart.audience === 'professional';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ids') && this.ids.length) void this.loadShared(this.ids);
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /** A shared list: each offer fetched by id; an offer that is gone is said, not silently dropped. */
  private async loadShared(linked: string[]): Promise<void> {
    // Hit ids as the list link holds them (`<offerId>__<locationId>`); a link may have been edited.
    const ids = linked.filter((id) => /^[\w-]{1,210}$/.test(id)).slice(0, MAX_LINKED);
    this.loadingIds = true;
    const parts = ids.map((id) => id.split('__'));
    const offers = await fetchOffers(this.api, parts.map(([offerId = '']) => offerId));
    const hits = offers.flatMap((offer, i) => (offer ? [hitFromOffer(offer, parts[i]![1])] : []));
    this.loadingIds = false;
    if (hits.length < linked.length) this.status = this.s.gone(linked.length - hits.length);
    this.change(hits);
  }

  private change(hits: SearchHit[]): void {
    this.dispatchEvent(new CustomEvent('sek-list-change', { detail: { hits } }));
  }

  private removeHit(hit: SearchHit): void {
    this.change(this.hits.filter((kept) => kept.id !== hit.id));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.kept button, h3')?.focus());
  }

  /**
   * This page's address with one SEK parameter (the host's own parameters kept, other `sek-*` ones
   * left out): the list (`sek-lijst`), or one offer (`sek-aanbod`, what a QR code on the letter holds:
   * short, so the code stays coarse enough to scan from paper).
   */
  private pageLink(param: string, value: string): string {
    const url = new URL(window.location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith('sek-')) url.searchParams.delete(key);
    url.searchParams.set(param, value);
    return url.toString();
  }

  private async share(): Promise<void> {
    const url = this.pageLink(LIST_PARAM, this.hits.map((hit) => hit.id).join(','));
    const outcome = await shareLink(this.professional ? this.s.headingClient(this.hits.length) : this.s.heading(this.hits.length), url);
    if (outcome !== 'failed') countReferral(this.kaart, 'share', this.hits.map((hit) => hit.offer.id));
    this.copyUrl = outcome === 'failed' ? url : '';
    this.status = outcome === 'shared' ? this.s.shared : outcome === 'copied' ? this.s.copied : this.s.copyThis;
  }

  /** Makes the letter: the whole offers, the QR code library and the small maps are fetched now, then it prints. */
  private async print(): Promise<void> {
    if (this.busy || this.hits.length === 0) return;
    this.busy = true;
    this.status = this.s.preparing;
    try {
      const [{ fillLetter }, hits, surroundings] = await Promise.all([
        import('./referral-letter.js'),
        wholeHits(this.api, this.hits),
        Promise.all(this.hits.map(async (hit) => [hit.id, hit.location ? await fetchSurroundings(this.api, hit.location) : null] as const)),
      ]);
      const maps = new Map<string, BoundariesResponse | null>(surroundings);
      const links = new Map(hits.map((hit) => [hit.offer.id, this.pageLink(OFFER_PARAM, hit.offer.id)]));
      const letter = { kind: this.professional ? 'verwijsbrief' as const : 'lijstje' as const, hits, client: this.professional ? this.client : { ...NO_CLIENT, note: this.client.note }, today: this.today, links, maps };
      countReferral(this.kaart, 'print', hits.map((hit) => hit.offer.id));
      printFrame((doc) => fillLetter(doc, letter, this.strings, this.s, this.language));
      // An offer gone since it was kept is said, not silently left off the letter.
      this.status = hits.length < this.hits.length ? this.s.leftOff(this.hits.length - hits.length) : '';
    } finally {
      this.busy = false;
    }
  }

  private field(name: keyof ClientFields, value: string): void {
    this.client = { ...this.client, [name]: value };
  }

  private renderFields() {
    const s = this.s;
    const input = (name: keyof ClientFields) => (event: Event) => this.field(name, (event.target as HTMLInputElement).value);
    return html`<fieldset>
      <legend>${this.professional ? s.letterFields : s.note}</legend>
      ${this.professional
        ? html`<div class="field"><label for="client-name">${s.clientName}</label><input id="client-name" type="text" autocomplete="off" .value=${this.client.firstName} @input=${input('firstName')} /></div>
            <div class="field"><label for="client-date">${s.appointment}</label><input id="client-date" type="date" .value=${this.client.date} @input=${input('date')} /></div>
            <div class="field"><label for="client-time">${s.appointmentTime}</label><input id="client-time" type="time" .value=${this.client.time} @input=${input('time')} /></div>`
        : nothing}
      <div class="field">
        ${this.professional ? html`<label for="client-note">${s.note}</label>` : nothing}
        <textarea id="client-note" aria-label=${s.note} .value=${this.client.note} @input=${input('note')}></textarea>
      </div>
    </fieldset>`;
  }

  override render() {
    const s = this.s;
    const n = this.hits.length;
    return html`<section aria-labelledby="list-heading">
      <h3 id="list-heading" tabindex="-1">${this.professional ? s.headingClient(n) : s.heading(n)}</h3>
      <p class="privacy">${this.professional ? s.privacy : s.privacyResident}</p>
      ${this.loadingIds ? html`<p class="loading">${s.loading}</p>` : nothing}
      ${n === 0 && !this.loadingIds ? html`<p>${this.professional ? s.emptyClient : s.empty}</p>` : nothing}
      <ol class="kept">
        ${this.hits.map((hit) => html`<li>
          <p><strong>${hit.offer.title}</strong><br />${hit.offer.provider.name}${hit.location ? ` · ${hit.location.address.place}` : ''}</p>
          <button type="button" class="secondary small" @click=${() => this.removeHit(hit)}>${pictogram('close', 18)} ${s.remove}<span class="visually-hidden">: ${hit.offer.title}</span></button>
        </li>`)}
      </ol>
      ${n ? this.renderFields() : nothing}
      <div class="actions">
        ${n ? html`<button type="button" class="primary make-letter" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.print()}>${pictogram('print', 20)} ${this.professional ? s.makeLetter : s.printList}</button>
          <button type="button" class="secondary share-list" @click=${() => void this.share()}>${pictogram('share', 20)} ${s.shareList}</button>` : nothing}
        <button type="button" class="secondary back" @click=${() => this.dispatchEvent(new CustomEvent('sek-list-close'))}>${pictogram('back', 20)} ${s.backToSearch}</button>
      </div>
      <div role="status" aria-live="polite">${this.status ? html`<p>${this.status}</p>` : nothing}</div>
      ${this.copyUrl ? html`<p class="copy"><input type="text" readonly aria-label=${s.copyThis} .value=${this.copyUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></p>` : nothing}
    </section>`;
  }
}

if (!customElements.get('sek-zoeker-lijst')) customElements.define('sek-zoeker-lijst', SekZoekerLijst);

declare global {
  interface HTMLElementTagNameMap {
    'sek-zoeker-lijst': SekZoekerLijst;
  }
}
