import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { search, SearchError, type SearchResponse } from './api/search-client.js';
import { formatDistanceKm } from './format/format-distance.js';
import { STRINGS, type Lang } from './i18n/strings.js';
import { sekZoekerStyles } from './styles/sek-zoeker-styles.js';

type Status = 'idle' | 'loading' | 'results' | 'error';
type SearchHit = SearchResponse['results'][number];

const splitList = (value: string): string[] => value.split(',').map((part) => part.trim()).filter(Boolean);

/**
 * `<sek-zoeker>`: search for local help and learning offers near a postcode or place.
 *
 * @fires sek-search - A search was sent. `detail`: the request.
 * @fires sek-error - A search failed. `detail`: `{ kind: 'invalid' | 'unavailable' }`.
 *
 * @csspart form - The search form.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart message - A status message (empty, error).
 *
 * @cssprop --sek-font-family - Font (falls back to `--nl-document-font-family`).
 * @cssprop --sek-font-size - Base font size (default 1.125rem).
 * @cssprop --sek-color-text - Text colour (falls back to `--nl-document-color`).
 * @cssprop --sek-color-muted - Secondary text colour.
 * @cssprop --sek-color-background - Background (falls back to `--nl-document-background-color`).
 * @cssprop --sek-color-surface - Background of cards and messages.
 * @cssprop --sek-color-primary - Buttons and links (falls back to `--nl-button-primary-background-color`).
 * @cssprop --sek-color-on-primary - Text on primary buttons (falls back to `--nl-button-primary-color`).
 * @cssprop --sek-color-free - The "Gratis" badge.
 * @cssprop --sek-color-focus - Focus outline (falls back to `--nl-focus-outline-color`).
 * @cssprop --sek-radius - Corner radius.
 * @cssprop --sek-space - Base spacing.
 */
export class SekZoekerElement extends LitElement {
  static override styles = sekZoekerStyles;

  /** Base URL of the SEK search service, e.g. `https://sek.example.nl`. Empty: this page's origin. */
  @property() api = '';

  /** Gemeente codes (CBS, comma-separated) this kaart is for, e.g. `GM0512,GM1978`. */
  @property() region = '';

  /** Theme slugs to search in, comma-separated, in the order to show them. Empty: all themes. */
  @property() themes = '';

  /** Search radius in km (1-50). */
  @property({ type: Number }) radius = 5;

  /** Postcode or place to fill in and search at once. */
  @property() postcode = '';

  /** Which kaart to show: `sociaal-educatief`, `sociaal` or `beide`. */
  @property() kaart: 'sociaal-educatief' | 'sociaal' | 'beide' = 'beide';

  /** Language of the interface: `nl` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'nl';

  /** Heading above the search; empty: the default heading. */
  @property() heading = '';

  @state() private where = '';
  @state() private status: Status = 'idle';
  @state() private response?: SearchResponse;
  @state() private fieldMessage = '';

  private controller?: AbortController;

  private get t() {
    return STRINGS[this.lang === 'en' ? 'en' : 'nl'];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('postcode') && this.postcode) this.where = this.postcode;
    // A changed attribute re-runs the search in this same update (runSearch only sets state synchronously).
    const searchInputs = ['postcode', 'radius', 'themes', 'region', 'kaart', 'api'] as const;
    if (searchInputs.some((name) => changed.has(name)) && (this.where || this.region)) void this.runSearch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private async runSearch(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const request = {
      ...(this.where ? { near: this.where } : {}),
      radiusKm: Math.min(50, Math.max(1, this.radius || 5)),
      themes: splitList(this.themes),
      region: splitList(this.region),
      ...(this.kaart !== 'beide' ? { kaart: this.kaart } : {}),
      limit: 20,
    };
    this.status = 'loading';
    this.fieldMessage = '';
    this.emit('sek-search', request);
    try {
      const response = await search(this.api || window.location.origin, request, controller.signal);
      if (controller.signal.aborted) return;
      this.response = response;
      this.status = 'results';
    } catch (error) {
      if (controller.signal.aborted) return;
      const kind = error instanceof SearchError ? error.kind : 'unavailable';
      if (error instanceof SearchError && error.kind === 'invalid') {
        const field = error.body?.error.fields?.[0];
        this.fieldMessage = field ? field.message[this.lang === 'en' ? 'en' : 'nl'] : this.t.unavailable;
        this.status = 'idle';
      } else {
        this.status = 'error';
      }
      this.emit('sek-error', { kind });
    }
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.runSearch();
  }

  private handleInput(event: InputEvent): void {
    this.where = (event.target as HTMLInputElement).value;
  }

  override render() {
    const t = this.t;
    return html`
      <h2>${this.heading || t.heading}</h2>
      <form part="form" role="search" @submit=${this.handleSubmit}>
        <div class="field">
          <label for="where">${t.whereLabel}</label>
          <span class="hint" id="where-hint">${t.whereHint}</span>
          <input
            id="where"
            name="where"
            autocomplete="postal-code"
            .value=${this.where}
            @input=${this.handleInput}
            aria-describedby="where-hint${this.fieldMessage ? ' where-error' : ''}"
            aria-invalid=${this.fieldMessage ? 'true' : 'false'}
          />
          ${this.fieldMessage ? html`<span class="hint" id="where-error" role="alert">${this.fieldMessage}</span>` : nothing}
        </div>
        <button type="submit">${t.search}</button>
      </form>
      <div class="status" role="status" aria-live="polite">${this.renderStatus()}</div>
      ${this.renderResults()}
      <footer>${t.attribution}</footer>
    `;
  }

  private renderStatus() {
    const t = this.t;
    switch (this.status) {
      case 'loading':
        return html`<p class="loading">${t.loading}</p>`;
      case 'results':
        return this.response && this.response.total + this.response.online.total > 0
          ? html`<p>${t.resultCount(this.response.total)}</p>`
          : html`<p class="message" part="message">${t.empty}</p>`;
      case 'error':
        return html`<div class="message" part="message">
          <p>${t.unavailable}</p>
          <button class="secondary" type="button" @click=${() => void this.runSearch()}>${t.retry}</button>
        </div>`;
      default:
        return nothing;
    }
  }

  private renderResults() {
    if (this.status !== 'results' || !this.response?.results.length) return nothing;
    return html`<ul class="results" part="results">
      ${this.response.results.map((hit) => this.renderHit(hit))}
    </ul>`;
  }

  private renderHit(hit: SearchHit) {
    const t = this.t;
    return html`<li class="result" part="result">
      <h3>${hit.offer.title}</h3>
      <div class="meta">
        <span>${hit.offer.provider.name}</span>
        ${hit.location ? html`<span>${hit.location.address.place}</span>` : html`<span>${t.online}</span>`}
        ${hit.distanceMeters !== null ? html`<span>${t.away(formatDistanceKm(hit.distanceMeters, this.lang === 'en' ? 'en' : 'nl'))}</span>` : nothing}
        ${hit.offer.cost.free ? html`<span class="badge">${t.free}</span>` : nothing}
      </div>
      <p>${hit.offer.summary}</p>
      ${hit.otherLocations > 0 ? html`<p class="hint">${t.otherPlaces(hit.otherLocations)}</p>` : nothing}
    </li>`;
  }
}
