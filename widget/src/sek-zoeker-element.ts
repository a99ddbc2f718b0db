import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SearchHit, SearchResponse, WholeHit } from './api/search-client.js';
import type { Lang, Strings } from './i18n/strings.js';
import { pictogram } from './icons/pictograms.js';
import { sekZoekerStyles } from './styles/sek-zoeker-styles.js';
import { initialState, toRequest, type SearchState } from './state/search-state.js';
import { hostList } from './state/host-list.js';
import { apiOf, themesOf } from './state/kaart-config.js';
import { RADIUS_CHOICES_KM, clampRadiusKm } from '@sek/contract/vocabulary';
import { THEME_SLUGS } from '@sek/contract/themes';
import type { KaartChoice, ThemeSlug } from '@sek/contract';
import { PlaceCombobox } from './views/place-combobox.js';
import { renderThemeTiles } from './views/theme-tiles.js';
import { NO_FILTERS, renderFiltersButton, renderOrderChoice, renderQuickFilters } from './views/filters.js';
import { renderHit } from './views/result-list.js';
import { LocalizeController } from './controllers/localize-controller.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { SearchController } from './controllers/search-controller.js';
import { DetailController } from './controllers/detail-controller.js';
import { LazyChunk } from './controllers/lazy-chunk.js';
import type { StepsAnswerEvent } from './steps/sek-zoeker-stappen.js';
import type { ListChangeEvent } from './list/sek-zoeker-lijst.js';
import type { MapSelectEvent, MapShows } from './map/sek-zoeker-kaart.js';

const splitList = (value: string): string[] => value.split(',').map((part) => part.trim()).filter(Boolean);
/** Decimals of a shared device location: 2 is about 1 km. */
const LOCATION_DECIMALS = 2;
/** A `near` value that is a point (the device location, or a shared link holding one). */
const isPoint = (near: string) => /^-?\d+(\.\d+)?,\s*-?\d+(\.\d+)?$/.test(near.trim());
/** The attribute each request field comes from, to name it when the service rejects the page's configuration. */
const ATTRIBUTE_OF: Record<string, string> = { region: 'region', themes: 'themes', kaart: 'kaart', radiusKm: 'radius', near: 'postcode' };
/** The points of hits with a place, for the map. */
const mapPoints = (hits: SearchHit[]) => hits.filter((hit) => hit.location).map((hit) => ({ id: hit.id, title: hit.offer.title, lat: hit.location!.lat, lng: hit.location!.lng }));

/**
 * `<sek-zoeker>`: find local help and learning offers near a postcode or place, by theme, with
 * simple filters, in plain Dutch (or English). Embed it with one script tag; it lives in its own
 * shadow root and talks only to the SEK service given in `api`.
 *
 * @fires sek-search - A search was sent. `detail`: the request parameters.
 * @fires sek-select - An offer was opened. `detail`: `{ offerId, hitId }`.
 * @fires sek-error - A search failed. `detail`: `{ kind: 'invalid' | 'unavailable' }`.
 *
 * @csspart heading - The heading.
 * @csspart form - The search form.
 * @csspart themes - The theme tiles.
 * @csspart tile - One theme tile (`tile-selected` when chosen).
 * @csspart input - The place field.
 * @csspart suggestions - The list of place suggestions.
 * @csspart button - The search button.
 * @csspart filters - The filters.
 * @csspart quick-filters - The quick filter buttons (`quick-filters`).
 * @csspart filter-group - One group of filters.
 * @csspart order-choice - "Beste match eerst" / "Dichtstbij eerst" after a word search.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart detail - The detail of one offer.
 * @csspart view-toggle - The list/map switch.
 * @csspart map - The map (OpenLayers, loaded only when first shown).
 * @csspart message - A status message (empty result, error).
 * @csspart pictogram - Every pictogram.
 * @csspart tray - The bar with the kept offers ("Mijn lijstje: 3").
 * @csspart footer - The data attribution.
 *
 * @cssprop --sek-font-family - Font (falls back to `--nl-document-font-family`).
 * @cssprop --sek-font-size - Base font size (default 1.125rem).
 * @cssprop --sek-color-text - Text colour (falls back to `--nl-document-color`).
 * @cssprop --sek-color-muted - Secondary text colour.
 * @cssprop --sek-color-background - Background (falls back to `--nl-document-background-color`).
 * @cssprop --sek-color-surface - Background of cards, tiles and messages.
 * @cssprop --sek-color-primary - Buttons, links and chosen tiles (falls back to `--nl-button-primary-background-color`).
 * @cssprop --sek-color-on-primary - Text on primary buttons (falls back to `--nl-button-primary-color`).
 * @cssprop --sek-color-free - The "Gratis" badge.
 * @cssprop --sek-color-alert - Alerts such as "Tijdelijk gesloten".
 * @cssprop --sek-color-focus - Focus outline (falls back to `--utrecht-focus-outline-color`).
 * @cssprop --sek-color-error - Error messages (falls back to `--utrecht-feedback-invalid-color`).
 * @cssprop --sek-color-highlight - Background of matched search words.
 * @cssprop --sek-map-land - Land on the map without tiles (`tiles="none"`).
 * @cssprop --sek-map-water - Background of the map without tiles.
 * @cssprop --sek-map-border - Gemeente borders on the map without tiles.
 * @cssprop --sek-map-radius-fill - Fill of the search radius circle.
 * @cssprop --sek-radius - Corner radius.
 * @cssprop --sek-space - Base spacing.
 * @cssprop --sek-map-height - Height of the map (default 24rem).
 */
export class SekZoekerElement extends LitElement {
  static override styles = sekZoekerStyles;

  /** Base URL of the SEK search service, e.g. `https://sek.example.nl`. Empty: this page's origin. */
  @property() api = '';

  /** CBS gemeente codes this kaart is for, comma-separated (`GM0512,GM1978`). Sets the default centre and the online offers shown. */
  @property() region = '';

  /** Theme slugs to show as tiles, comma-separated, in that order. Empty: all themes. */
  @property() themes = '';

  /** Default search radius in km (1-50). */
  @property({ type: Number }) radius = 5;

  /** Postcode or place to fill in and search at once. */
  @property() postcode = '';

  /** Which kaart to search: `sociaal-educatief`, `sociaal` or `beide`. */
  @property() kaart: KaartChoice = 'beide';

  /** Language of the interface: `nl` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'nl';

  /** Who searches: `bewoner` (a resident, default: "Waar woont u?") or `professional` ("Waar woont uw cliënt?"). */
  @property() audience: 'bewoner' | 'professional' = 'bewoner';

  /** Heading above the search; empty: the default heading. */
  @property() heading = '';

  /** Phone number or web address for "Komt u er niet uit?" help, shown with an empty result. */
  @property() contact = '';

  /** Themes chosen from the start, comma-separated (e.g. `wonen` beside a housing portal); the resident can change them. */
  @property({ attribute: 'selected-themes' }) selectedThemes = '';

  /** Filters shown as big toggle buttons above the results, comma-separated: `gratis`, `ochtend`, `middag`, `avond`, `online`, `vandaag`, `deze-week` (for professionals who filter often). They are not repeated among the filters. */
  @property({ attribute: 'quick-filters' }) quickFilters = '';

  /** Start view: `lijst` (list) or `kaart` (map above the list). The map code is loaded only when first shown. */
  @property() view: 'lijst' | 'kaart' = 'lijst';

  /** Map background: `pdok` (the Dutch base map, default), an XYZ URL template with {z}/{x}/{y}, or `none` (gemeente boundaries from the SEK service, no tile server). */
  @property() tiles = 'pdok';

  /** Opt-in: keep the search in the page URL (`sek-*` parameters), so a link restores it. The host's own parameters and hash are kept. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** `zoeken` (the search form, with a link to the steps) or `stappen`: one question per screen (theme, what exactly, where), then the results. */
  @property() mode: 'zoeken' | 'stappen' = 'zoeken';

  @state() private choices: SearchState = initialState(5);
  /** The filters are folded behind one button until the resident opens them. */
  @state() private showFilters = false;
  @state() private locationMessage = '';
  @state() private activeView: 'lijst' | 'kaart' = 'lijst';
  /** The map chunk: not loaded until the map is first shown. */
  @state() private mapChunk: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  /** What the map shows: every place of the search (up to 200), or the region before a search. */
  @state() private mapShows?: MapShows;
  /** The hits of the map's places, to open the one a marker stands for. */
  private mapHits: SearchHit[] = [];
  /** Several offers at one spot on the map: the resident chooses one. */
  @state() private spotHits: SearchHit[] = [];
  /** "Stap voor stap" is shown (`mode="stappen"`, or the resident chose it), and whether its questions are answered. */
  @state() private stepping = false;
  @state() private stepsAnswered = false;
  /** The offers kept to print or share ("Mijn lijstje" / "Voor mijn cliënt"), across searches; only in this page's memory. */
  @state() private saved: SearchHit[] = [];
  /** The list (and the referral letter) is shown instead of the search. */
  @state() private listOpen = false;
  /** Hit ids from a shared list link (`sek-lijst`), fetched by the list. */
  private listIds: string[] = [];

  private readonly filterPanel = new LazyChunk(this, () => import('./views/filter-panel.js'));
  private readonly stepsChunk = new LazyChunk(this, () => import('./steps/sek-zoeker-stappen.js'));
  private readonly listChunk = new LazyChunk(this, () => import('./list/sek-zoeker-lijst.js'));

  private readonly localize = new LocalizeController(this);
  private readonly history = new UrlStateController(this, (offerId) => this.offerInUrl(offerId));
  private readonly searcher = new SearchController(
    this,
    {
      api: () => this.apiBase,
      request: (page) => toRequest(this.choices, this.config, page),
      attributeOf: (field) => ATTRIBUTE_OF[field] ?? field,
      starting: () => {
        this.detail.clear();
        this.spotHits = [];
        this.history.searched(this.choices);
      },
    },
    (response, page) => void this.resultsArrived(response, page),
  );
  private readonly detail = new DetailController(this, this.history, {
    api: () => this.apiBase,
    choices: () => this.choices,
    strings: () => this.t,
    lang: () => this.language,
    today: () => this.today,
    center: () => (this.searcher.response?.center && this.searcher.response.radiusKm !== null ? this.searcher.response.center : null),
  });
  private readonly where = new PlaceCombobox(
    this,
    (suggestion) => this.choose({ near: suggestion.near }, { reveal: true }),
    () => this.choose({ near: this.where.value.trim() }, { reveal: true }),
  );

  /** The offer a link holds, opened once its search has answered. */
  private pendingOffer = '';
  private restoredFromUrl = false;
  /** What the place field shows for a point: the place the service named, once known. */
  private pointLabel = '';
  /** The resident chose something (a theme, a place): bring the results into view when they come. */
  private revealResults = false;

  /** Also waits for an offer being opened whose code is still loading, so `updateComplete` means "what the resident sees". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    await Promise.all([this.detail.loaded, this.filterPanel.settled, this.stepsChunk.settled, this.listChunk.settled]);
    if (this.isUpdatePending) complete = await super.getUpdateComplete();
    return complete;
  }

  private get apiBase(): string {
    return apiOf(this);
  }

  private get config() {
    return { region: splitList(this.region), themes: hostList('themes', this.themes, THEME_SLUGS), kaart: this.kaart };
  }

  private get t(): Strings {
    const strings = this.localize.strings;
    return this.audience === 'professional'
      ? { ...strings, whereLabel: strings.whereLabelClient, whereHint: strings.whereHintClient, save: strings.saveClient }
      : strings;
  }

  private get language(): Lang {
    return this.localize.lang;
  }

  /** Today in the Netherlands, as the service said with the last results. */
  private get today(): string {
    return this.searcher.response?.today ?? new Date().toISOString().slice(0, 10);
  }

  private get shownThemes() {
    return themesOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const restored = this.history.restore(this.radius);
    if (restored) {
      this.choices = restored.choices;
      this.restoredFromUrl = true;
      this.where.setValue(isPoint(restored.choices.near) ? this.t.myLocation : restored.choices.near);
      this.pendingOffer = restored.offerId;
      this.listIds = restored.listIds;
      if (this.listIds.length) this.openList();
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // On the first update, a search restored from the URL wins over the radius attribute's default.
    if (changed.has('radius') && (this.hasUpdated || !this.restoredFromUrl)) {
      this.choices = { ...this.choices, radiusKm: clampRadiusKm(this.radius) };
    }
    if (changed.has('selectedThemes') && (this.hasUpdated || !this.restoredFromUrl)) {
      this.choices = { ...this.choices, themes: hostList('selected-themes', this.selectedThemes, THEME_SLUGS) };
    }
    if (changed.has('view')) this.setView(this.view === 'kaart' ? 'kaart' : 'lijst');
    // A shared link (a search, an offer) opens what it holds, also on a kaart that starts with the steps; a reload during the steps keeps them.
    if (changed.has('mode')) this.stepping = this.mode === 'stappen' && !(this.restoredFromUrl && !(history.state as { sekSteps?: unknown } | null)?.sekSteps);
    // The place in the URL the resident holds (a shared link, a reload) wins over the page's default.
    if (changed.has('postcode') && this.postcode && (this.hasUpdated || !(this.restoredFromUrl && this.choices.near))) {
      this.choices = { ...this.choices, near: this.postcode };
      this.where.setValue(this.postcode);
    }
    const inputs = ['postcode', 'radius', 'themes', 'selectedThemes', 'region', 'kaart', 'api'] as const;
    // The steps search once they are answered.
    if (inputs.some((name) => changed.has(name)) && this.canSearch && !(this.stepping && !this.stepsAnswered)) void this.searcher.search();
  }

  private get canSearch(): boolean {
    return Boolean(this.choices.near || splitList(this.region).length);
  }

  /** Applies a change to the resident's choices and searches when there is somewhere to search. */
  private choose(patch: Partial<SearchState>, { reveal = false } = {}): void {
    this.choices = { ...this.choices, ...patch };
    this.revealResults = reveal;
    if (this.canSearch) void this.searcher.search();
  }

  private async resultsArrived(response: SearchResponse, page: number): Promise<void> {
    if (page > 1) {
      if (this.mapShows?.search === response) this.showOnMap(response);
      return;
    }
    if (isPoint(this.choices.near) && response.center?.kind === 'coordinates' && this.where.value.trim() !== response.center.label) {
      this.pointLabel = response.center.label;
      this.where.setValue(response.center.label);
    }
    this.mapHits = this.searcher.results;
    if (this.mapChunk === 'ready') void this.showOnMap(response);
    if (this.pendingOffer) this.openPending();
    if (this.revealResults) {
      this.revealResults = false;
      await this.updateComplete;
      this.bringResultsIntoView();
    }
  }

  /**
   * After a tap on a theme or a chosen place on a phone, the list changes below the fold: scroll
   * the answer ("12 plekken gevonden", announced by its live region) to the top, so the resident
   * sees that something happened. Nothing moves when it is already in view.
   */
  private bringResultsIntoView(): void {
    const status = this.renderRoot.querySelector<HTMLElement>('.status');
    if (!status || this.detail.selected) return;
    const box = status.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    status.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  private openPending(): void {
    const offerId = this.pendingOffer;
    const hit = [...this.searcher.results, ...this.searcher.online].find((h) => h.offer.id === offerId);
    this.pendingOffer = '';
    // The link already holds the offer: opening it adds no history entry.
    if (hit) void this.detail.open(hit, '', { fromHistory: true });
    else void this.detail.openById(offerId);
  }

  /** Back or Forward changed which offer the URL holds. */
  private offerInUrl(offerId: string | null): void {
    if (!offerId) {
      void this.detail.close({ fromHistory: true });
      return;
    }
    const hit = [...this.searcher.results, ...this.searcher.online].find((h) => h.offer.id === offerId);
    if (hit && this.detail.selected?.offer.id !== offerId) void this.detail.open(hit, '', { fromHistory: true });
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.where.close();
    const typed = this.where.value.trim();
    // "Mijn locatie" (or the place name shown for a point) stands for the point already chosen.
    const near = isPoint(this.choices.near) && (typed === this.t.myLocation || typed === this.pointLabel) ? this.choices.near : typed;
    this.choose({ near }, { reveal: true });
  }

  /** Searches as the resident types a word, after a short pause; a newer search aborts the older one. */
  private handleTextInput = (event: InputEvent): void => {
    this.choices = { ...this.choices, q: (event.target as HTMLInputElement).value };
    if (this.canSearch) this.searcher.searchSoon();
  };

  private handleLocate(): void {
    if (!('geolocation' in navigator)) {
      this.locationMessage = this.t.locationDenied;
      return;
    }
    this.locationMessage = this.t.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locationMessage = '';
        // About 1 km: enough to find what is near, too coarse to show where someone lives, in the
        // request, the URL and a shared link alike. The field says "Mijn locatie", not coordinates.
        const near = `${position.coords.latitude.toFixed(LOCATION_DECIMALS)},${position.coords.longitude.toFixed(LOCATION_DECIMALS)}`;
        this.where.setValue(this.t.myLocation);
        this.choose({ near }, { reveal: true });
      },
      () => {
        this.locationMessage = this.t.locationDenied;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  private toggleTheme(slug: ThemeSlug): void {
    const themes = this.choices.themes.includes(slug) ? this.choices.themes.filter((s) => s !== slug) : [...this.choices.themes, slug];
    this.choose({ themes }, { reveal: true });
  }

  private async changeFilters(patch: Partial<SearchState>): Promise<void> {
    this.choose(patch);
    if (patch !== NO_FILTERS) return;
    // "Wis alle filters" is gone once nothing is chosen: focus stays on the filters.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.filters-button')?.focus();
  }

  private async loadMore(): Promise<void> {
    const before = this.searcher.results.length;
    await this.searcher.loadMore();
    await this.updateComplete;
    // Keyboard users continue at the first new result.
    this.renderRoot.querySelectorAll<HTMLElement>('.results .result-link')[before]?.focus();
  }

  private toggleSaved(hit: SearchHit): void {
    void this.listChunk.load();
    this.saved = this.saved.some((kept) => kept.id === hit.id) ? this.saved.filter((kept) => kept.id !== hit.id) : [...this.saved, hit];
  }

  private openList(): void {
    this.listOpen = true;
    void this.listChunk.load();
  }

  private async closeList(): Promise<void> {
    this.listOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.tray button, #results-heading, #where')?.focus();
  }

  /** The answers of the steps are a search like any other: the same request as the equivalent filters. */
  private stepsAnswer({ detail }: StepsAnswerEvent): void {
    this.stepsAnswered = true;
    this.where.setValue(detail.choices.near ?? '');
    this.choose({ ...initialState(this.radius), ...detail.choices });
  }

  private leaveSteps(): void {
    this.stepping = false;
    this.stepsAnswered = false;
  }

  /** Printing is rare: its code is a chunk of its own, loaded on the first print. */
  private async print(offers: WholeHit[]): Promise<void> {
    (await import('./actions/print-offers.js')).printOffers(this, this.heading || this.t.heading, offers, this.today, this.t, this.language);
  }

  /**
   * Prints the whole list, not just the pages loaded: every place (up to 200) and the online
   * offers, under what was searched and the day it was made.
   */
  private async printList(): Promise<void> {
    const response = this.searcher.response;
    if (!response) return;
    const [places, { printList }] = await Promise.all([this.searcher.allPlaces(), import('./actions/print-offers.js')]);
    await printList(this, this.apiBase, this.heading || this.t.heading, [...places, ...this.searcher.online], response, this.choices, this.today, this.t, this.language);
  }

  private setView(view: 'lijst' | 'kaart'): void {
    this.activeView = view;
    this.spotHits = [];
    if (view === 'kaart') void this.loadMap();
  }

  /** Loads the map chunk on first use; the list view never loads OpenLayers. */
  private async loadMap(): Promise<void> {
    if (this.mapChunk !== 'none') return;
    this.mapChunk = 'loading';
    try {
      await import('./map/sek-zoeker-kaart.js');
      this.mapChunk = 'ready';
    } catch {
      this.mapChunk = 'failed';
      return;
    }
    const response = this.searcher.status === 'results' ? this.searcher.response : undefined;
    if (response) await this.showOnMap(response);
    else await this.showRegionOnMap();
  }

  /** The map shows every place of the search, not only the pages of the list (fetched when there are more). */
  private async showOnMap(response: SearchResponse): Promise<void> {
    const center = response.center && response.radiusKm ? response.center : null;
    const shows = (hits: SearchHit[]) => {
      this.mapHits = hits;
      this.mapShows = { search: response, center, radiusKm: response.radiusKm, hits: mapPoints(hits) };
    };
    shows(this.searcher.results);
    if (response.total <= this.searcher.results.length) return;
    const all = await this.searcher.allPlaces();
    if (this.searcher.response === response) shows(all);
  }

  /** Before the first search, the map frames the configured region. */
  private async showRegionOnMap(): Promise<void> {
    const codes = splitList(this.region);
    if (!codes.length) return;
    try {
      const frame = await (await import('./map/sek-zoeker-kaart.js')).regionFrame(this.apiBase, codes);
      // Results may have arrived while the region was loading; they win over the frame.
      if (this.mapShows) return;
      this.mapShows = { search: frame, center: null, radiusKm: null, hits: [], frame };
    } catch {
      // The map stays on the Netherlands.
    }
  }

  private async handleMapSelect(event: MapSelectEvent): Promise<void> {
    const hits = event.detail.hitIds.map((id) => this.mapHits.find((hit) => hit.id === id)).filter((hit) => hit !== undefined);
    if (hits.length === 1) {
      void this.detail.open(hits[0]!, hits[0]!.id);
      return;
    }
    this.spotHits = hits;
    // Into the chooser, so a keyboard or screen-reader user is where the choice is.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.spot button')?.focus();
  }

  override render() {
    const t = this.t;
    const selected = this.detail.selected;
    const footer = html`<footer part="footer"><details><summary>${t.sources}</summary><p>${t.attribution}</p></details></footer>`;
    if (this.listOpen) return html`<h2 part="heading">${this.heading || t.heading}</h2>${this.renderList()}${footer}`;
    return html`
      <h2 part="heading">${this.heading || t.heading}</h2>
      ${selected
        ? this.detail.render((opened) => void this.print([opened]))
        : this.stepping ? this.renderSteps() : this.renderSearch()}
      ${this.renderMap()}
      ${selected || (this.stepping && !this.stepsAnswered) ? nothing : this.renderResults()}
      ${this.saved.length && !selected ? this.listChunk.value?.renderTray(this, this.saved.length, () => this.openList()) : nothing}
      ${footer}
    `;
  }

  /** "Stap voor stap": its own element in a lazy chunk; the results below it once answered. */
  private renderSteps() {
    if (!this.stepsChunk.value) {
      void this.stepsChunk.load();
      return html`<p class="loading">${this.t.loading}</p>`;
    }
    return html`<sek-zoeker-stappen
        .kaart=${this}
        .strings=${this.t}
        .center=${this.stepsAnswered && this.searcher.status === 'results' ? this.searcher.response?.center : undefined}
        @sek-steps-answer=${(event: StepsAnswerEvent) => this.stepsAnswer(event)}
        @sek-steps-question=${() => (this.stepsAnswered = false)}
        @sek-steps-leave=${() => this.leaveSteps()}
      ></sek-zoeker-stappen>
      ${this.stepsAnswered ? html`<div class="status" role="status" aria-live="polite">${this.renderStatus()}</div>${this.renderToolbar()}` : nothing}`;
  }

  /** The kept offers, to print, share or make a referral letter of: a lazy chunk. */
  private renderList() {
    if (!this.listChunk.value) return html`<p class="loading">${this.t.loading}</p>`;
    return html`<sek-zoeker-lijst
      .kaart=${this}
      .hits=${this.saved}
      .ids=${this.listIds}
      .strings=${this.t}
      .today=${this.today}
      @sek-list-change=${(event: ListChangeEvent) => {
        this.saved = event.detail.hits;
        this.listIds = [];
      }}
      @sek-list-close=${() => void this.closeList()}
    ></sek-zoeker-lijst>`;
  }

  private renderToolbar() {
    const t = this.t;
    const filters = this.searcher.status === 'results' || this.searcher.status === 'loading';
    return html`<div class="toolbar">
      ${filters ? renderFiltersButton(this.choices, this.showFilters, t, () => {
        this.showFilters = !this.showFilters;
        void this.filterPanel.load();
      }) : nothing}
      <div class="view-toggle" part="view-toggle" role="group" aria-label=${t.viewChoice}>
        <button type="button" aria-pressed=${this.activeView === 'lijst' ? 'true' : 'false'} @click=${() => this.setView('lijst')}>${t.viewList}</button>
        <button type="button" aria-pressed=${this.activeView === 'kaart' ? 'true' : 'false'} @click=${() => this.setView('kaart')}>${t.viewMap}</button>
      </div>
    </div>
    ${filters && this.showFilters && this.filterPanel.value
      ? this.filterPanel.value.renderFilters(this.choices, this.searcher.status === 'results' ? this.searcher.response?.facets : undefined, splitList(this.quickFilters), t, this.language, { onChange: (patch) => void this.changeFilters(patch) })
      : nothing}`;
  }

  private renderMap() {
    const t = this.t;
    const shown = this.activeView === 'kaart';
    const markers = this.mapShows?.hits.length ?? 0;
    return html`
      ${shown ? html`<button type="button" class="skip-map" @click=${() => ['#results-heading', '#detail-title', '#where'].map((s) => this.renderRoot.querySelector<HTMLElement>(s)).find(Boolean)?.focus()}>${t.skipMap}</button>` : nothing}
      <div id="map" class="map" part="map" role="region" aria-label=${t.mapName(markers, this.mapShows?.radiusKm)} ?hidden=${!shown}>
        ${this.mapChunk === 'ready'
          ? html`<sek-zoeker-kaart
              .tiles=${this.tiles}
              .api=${this.apiBase}
              .labels=${t}
              .shows=${this.mapShows}
              .selectedId=${this.detail.selected?.id}
              @sek-map-select=${(event: MapSelectEvent) => void this.handleMapSelect(event)}
            ></sek-zoeker-kaart>`
          : nothing}
      </div>
      ${shown && this.mapChunk === 'loading' ? html`<p class="hint">${t.mapLoading}</p>` : nothing}
      ${shown && this.mapChunk === 'failed' ? html`<p class="message" part="message">${t.mapFailed}</p>` : nothing}
      ${shown && this.spotHits.length > 1 && !this.detail.selected
        ? html`<div class="spot" role="group" aria-labelledby="spot-heading">
            <p id="spot-heading"><strong>${t.spotHeading(this.spotHits.length)}</strong></p>
            ${this.spotHits.map((hit) => html`<button type="button" class="secondary" @click=${() => void this.detail.open(hit, hit.id)}>${hit.offer.title}</button>`)}
          </div>`
        : nothing}`;
  }

  private renderSearch() {
    const t = this.t;
    const { status, response, fieldError } = this.searcher;
    const facets = status === 'results' ? response?.facets : undefined;
    const candidates = fieldError?.candidates ?? [];
    return html`
      <form part="form" role="search" aria-label=${t.heading} @submit=${this.handleSubmit} novalidate>
        ${renderThemeTiles(this.shownThemes, this.choices.themes, facets?.themes, t, this.language, (slug) => this.toggleTheme(slug))}
        ${status === 'results' && this.searcher.results.length ? html`<button type="button" class="skip-link" @click=${() => this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus()}>${t.skipToResults}</button>` : nothing}
        <div class="where-row">
          ${this.where.render(t, fieldError ? fieldError.message[this.language] : '')}
          <div class="field distance">
            <label for="distance">${t.distanceLabel}</label>
            <select id="distance" @change=${(e: Event) => this.choose({ radiusKm: Number((e.target as HTMLSelectElement).value) })}>
              ${[...new Set([...RADIUS_CHOICES_KM, this.choices.radiusKm])].sort((a, b) => a - b).map((km) => html`<option .value=${String(km)} ?selected=${km === this.choices.radiusKm}>${t.distanceOption(km)}</option>`)}
            </select>
          </div>
        </div>
        ${candidates.length
          ? html`<div class="candidates" role="group" aria-label=${t.chooseCandidate}>
              <p>${t.chooseCandidate}</p>
              ${candidates.map((c) => html`<button type="button" class="secondary" @click=${() => { this.where.setValue(c.near); this.choose({ near: c.near }, { reveal: true }); }}>${c.label}</button>`)}
            </div>`
          : nothing}
        <div class="locate-row">
          <button type="button" class="secondary" @click=${this.handleLocate}>${pictogram('location', 20)} ${t.useMyLocation}</button>
          ${this.locationMessage ? html`<span class="hint" role="status">${this.locationMessage}</span>` : nothing}
        </div>
        <div class="field">
          <label for="q">${t.textLabel}</label>
          <span class="hint" id="q-hint">${t.textHint}</span>
          <input id="q" type="search" aria-describedby="q-hint" .value=${this.choices.q} @input=${this.handleTextInput} />
        </div>
        ${renderQuickFilters(splitList(this.quickFilters), this.choices, t, this.language, (patch) => this.choose(patch))}
        <div class="actions">
          <button type="submit" part="button" class="primary">${t.search}</button>
          <button type="button" class="link-button steps-link" @click=${() => (this.stepping = true)}>${t.stepsLink}</button>
        </div>
      </form>
      <div class="status" role="status" aria-live="polite">${this.renderStatus()}</div>
      ${status === 'results' ? renderOrderChoice(this.choices, response, t, (patch) => this.choose(patch)) : nothing}
      ${this.renderToolbar()}
    `;
  }

  private renderStatus() {
    const t = this.t;
    const { status, response } = this.searcher;
    if (status === 'loading') return html`<p class="loading">${t.loading}</p>`;
    if (status !== 'results' || !response) return nothing;
    return response.total + response.online.total > 0
      ? html`<p class="count">${t.resultCount(response.total, response.online.total)} ${response.total > 1 ? t.order[response.order] : ''}</p>`
      : html`<p class="count">${t.empty}</p>`;
  }

  private renderContact() {
    if (!this.contact) return nothing;
    const isUrl = /^https?:\/\//.test(this.contact);
    const href = isUrl ? this.contact : `tel:${this.contact.replace(/[^\d+]/g, '')}`;
    return html`<p>${this.t.contactPrompt} <a href=${href}>${isUrl ? this.contact.replace(/^https?:\/\//, '') : this.contact}</a></p>`;
  }

  private renderResults() {
    const t = this.t;
    const { status, response, results, online } = this.searcher;
    if (status === 'error') {
      return html`<div class="message" part="message" role="alert">
        <p>${t.unavailable}</p>
        <button class="primary" type="button" @click=${() => void this.searcher.search()}>${t.retry}</button>
      </div>`;
    }
    if (status !== 'results' || !response) return nothing;
    if (response.total + response.online.total === 0) {
      return html`<div class="message" part="message">
        <ul>${t.emptyAdvice.map((advice) => html`<li>${advice}</li>`)}</ul>
        ${this.renderContact()}
      </div>`;
    }
    const open = (hit: SearchHit, trigger: HTMLElement, focus?: 'other-places') => void this.detail.open(hit, trigger.dataset.hit ?? hit.id, { focus });
    const item = (hit: SearchHit) => renderHit(hit, this.today, t, this.language, open, this.saved.some((kept) => kept.id === hit.id), (kept) => this.toggleSaved(kept));
    return html`
      ${results.length
        ? html`<section aria-labelledby="results-heading">
            <div class="list-header">
              <h3 id="results-heading" tabindex="-1">${!response.center ? t.heading : response.center.kind === 'region' ? t.inRegion(response.center.label) : t.nearLabel(response.center.label)}</h3>
              <button type="button" class="secondary small" @click=${() => void this.printList()}>${pictogram('print', 18)} ${t.printList}</button>
            </div>
            <ul class="results" part="results">${results.map(item)}</ul>
            ${this.searcher.page < response.totalPages
              ? html`<button type="button" class="secondary more ${this.searcher.loadingMore ? 'loading' : ''}" aria-disabled=${this.searcher.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>${this.searcher.loadingMore ? t.loading : t.loadMore}</button>`
              : nothing}
          </section>`
        : nothing}
      ${online.length
        ? html`<section aria-labelledby="online-heading">
            <h3 id="online-heading">${pictogram('online', 22)} ${t.onlineHeading}</h3>
            <ul class="results online" part="results">${online.map(item)}</ul>
          </section>`
        : nothing}
    `;
  }
}
