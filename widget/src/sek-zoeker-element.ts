import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { regionBoundingBox, search, SearchError, type FieldError, type SearchHit, type SearchResponse } from './api/search-client.js';
import { DUTCH, loadStrings, type Lang, type Strings } from './i18n/strings.js';
import { pictogram } from './icons/pictograms.js';
import { sekZoekerStyles } from './styles/sek-zoeker-styles.js';
import { initialState, shareUrl, stateFromParams, toRequest, type SearchState } from './state/search-state.js';
import { hostList } from './state/host-list.js';
import { emit } from './events.js';
import { RADIUS_CHOICES_KM, clampRadiusKm } from '@sek/contract/vocabulary';
import { THEMES, THEME_SLUGS } from '@sek/contract/themes';
import { PlaceCombobox } from './views/place-combobox.js';
import { renderThemeTiles } from './views/theme-tiles.js';
import { renderFilters, renderOrderChoice, renderQuickFilters } from './views/filters.js';
import { renderHit } from './views/result-list.js';
import { detailText, renderDetail } from './views/offer-detail.js';
import type { KaartChoice, ThemeSlug } from '@sek/contract';
import { shareLink } from './actions/share-link.js';
import { canReadAloud, readAloud } from './actions/read-aloud.js';
import type { SekMapView } from './map/sek-map-view.js';

type Status = 'idle' | 'loading' | 'results' | 'error';

const splitList = (value: string): string[] => value.split(',').map((part) => part.trim()).filter(Boolean);
const OFFER_PARAM = 'sek-aanbod';
/** Decimals of a shared device location: 2 is about 1 km. */
const LOCATION_DECIMALS = 2;
/** A `near` value that is a point (the device location, or a shared link holding one). */
const isPoint = (near: string) => /^-?\d+(\.\d+)?,\s*-?\d+(\.\d+)?$/.test(near.trim());
/** The map and a printed list hold at most this many places, fetched this many at a time. */
const ALL_PLACES_MAX = 200;
const ALL_PLACES_PAGE = 50;

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

  @state() private choices: SearchState = initialState(5);
  @state() private status: Status = 'idle';
  @state() private response?: SearchResponse;
  /** The texts in use: Dutch until another language's texts have loaded, so a page never mixes two. */
  @state() private words: { lang: Lang; strings: Strings } = { lang: 'nl', strings: DUTCH };
  @state() private results: SearchHit[] = [];
  /** The places on the map: every place of the search (up to ALL_PLACES_MAX), not only the pages of the list. */
  @state() private mapHits: SearchHit[] = [];
  /** The online offers: answered with page 1 only, kept while more pages of places load. */
  @state() private onlineResults: SearchHit[] = [];
  @state() private page = 1;
  @state() private fieldMessage = '';
  @state() private candidates: NonNullable<FieldError['candidates']> = [];
  @state() private showMoreFilters = false;
  @state() private locationMessage = '';
  @state() private selected?: SearchHit;
  @state() private reading = false;
  @state() private shareMessage = '';
  @state() private shareFallbackUrl = '';
  @state() private activeView: 'lijst' | 'kaart' = 'lijst';
  @state() private mapStatus: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  @state() private spotHits: SearchHit[] = [];
  private mapView?: SekMapView;
  private mapShows?: SearchResponse | 'frame';

  private controller?: AbortController;
  /** Whether the open detail has a history entry of its own (opened here with `url-state`). */
  private detailEntryPushed = false;
  private readonly handlePopState = (): void => {
    if (!this.urlState) return;
    const id = new URL(window.location.href).searchParams.get(OFFER_PARAM);
    if (!id) {
      this.detailEntryPushed = false;
      void this.closeDetail({ fromHistory: true });
      return;
    }
    const hit = [...this.results, ...this.onlineResults].find((h) => h.offer.id === id);
    if (hit && this.selected?.offer.id !== id) void this.openDetail(hit, '', { fromHistory: true });
  };
  private returnFocusTo = '';
  private pendingOffer = '';
  private restoredFromUrl = false;
  private stopReading?: () => void;
  private readonly where = new PlaceCombobox(
    this,
    (suggestion) => this.choose({ near: suggestion.near }),
    () => this.choose({ near: this.where.value.trim() }),
  );

  private get t(): Strings {
    const strings = this.words.strings;
    return this.audience === 'professional' ? { ...strings, whereLabel: strings.whereLabelClient, whereHint: strings.whereHintClient } : strings;
  }

  /** Today in the Netherlands, as the service said with the last results. */
  private get today(): string {
    return this.response?.today ?? new Date().toISOString().slice(0, 10);
  }

  private get language(): Lang {
    return this.words.lang;
  }

  private get shownThemes() {
    const wanted = hostList('themes', this.themes, THEME_SLUGS);
    if (wanted.length === 0) return THEMES;
    return wanted.map((slug) => THEMES.find((theme) => theme.slug === slug)).filter((theme) => theme !== undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    if (this.urlState) {
      const params = new URLSearchParams(window.location.search);
      const restored = stateFromParams(params, this.radius);
      if (restored) {
        this.choices = restored;
        this.restoredFromUrl = true;
        this.where.setValue(isPoint(restored.near) ? this.t.myLocation : restored.near);
        this.pendingOffer = params.get(OFFER_PARAM) ?? '';
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    this.controller?.abort();
    clearTimeout(this.textTimer);
    this.stopReading?.();
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapStatus = 'none';
    this.mapShows = undefined;
  }

  override updated(): void {
    if (this.activeView === 'kaart') void this.syncMap();
  }

  /** Loads the map chunk on first use, then keeps the map in step with the results and the selection. */
  private async syncMap(): Promise<void> {
    if (this.mapStatus === 'none') {
      this.mapStatus = 'loading';
      try {
        const { createMapView } = await import('./map/sek-map-view.js');
        const container = this.renderRoot.querySelector<HTMLElement>('#map')!;
        // The canvas cannot read CSS variables: take the resolved theme colours once.
        const style = getComputedStyle(container);
        const color = (name: string) => style.getPropertyValue(name).trim();
        const t = this.t;
        this.mapView = createMapView({
          container,
          shadowRoot: this.renderRoot as ShadowRoot,
          tiles: this.tiles,
          api: this.api || window.location.origin,
          labels: { name: t.mapName(0), zoomIn: t.zoomIn, zoomOut: t.zoomOut, attribution: t.attribution },
          colors: {
            primary: color('--_primary'), text: color('--_text'), radiusFill: color('--_map-radius-fill'),
            land: color('--_map-land'), border: color('--_map-border'), water: color('--_map-water'),
          },
          onSelect: (ids) => this.handleMapSelect(ids),
        });
        this.mapStatus = 'ready';
      } catch {
        this.mapStatus = 'failed';
        return;
      }
    }
    const map = this.mapView;
    if (this.mapStatus !== 'ready' || !map) return;
    map.resize();
    const response = this.status === 'results' ? this.response : undefined;
    if (response && this.mapShows !== response) {
      this.mapShows = response;
      const points = (hits: SearchHit[]) => hits.filter((hit) => hit.location).map((hit) => ({ id: hit.id, title: hit.offer.title, lat: hit.location!.lat, lng: hit.location!.lng }));
      this.mapHits = this.results;
      map.show({ center: response.center && response.radiusKm ? response.center : null, radiusKm: response.radiusKm, hits: points(this.results), selectedId: this.selected?.id });
      // The map shows every place of the search, not only the page of the list.
      if (response.total > this.results.length) {
        const all = await this.allPlaces(response);
        if (this.mapShows !== response) return;
        this.mapHits = all;
        map.addHits(points(all));
      }
    } else if (!response && !this.mapShows) {
      this.mapShows = 'frame';
      const frame = await this.regionFrame();
      // Results may have arrived while the region was loading; they win over the frame.
      if (frame && this.mapShows === 'frame') map.show({ center: null, radiusKm: null, hits: [], frame });
    }
    map.select(this.selected?.id);
  }

  /** The bounding box of the configured region, to frame the map before the first search. */
  private async regionFrame(): Promise<[number, number, number, number] | undefined> {
    const codes = splitList(this.region);
    if (!codes.length) return undefined;
    try {
      const boxes = await Promise.all(codes.map((code) => regionBoundingBox(this.api || window.location.origin, code)));
      return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
    } catch {
      return undefined;
    }
  }

  private handleMapSelect(ids: string[]): void {
    const hits = ids.map((id) => this.mapHits.find((hit) => hit.id === id)).filter((hit) => hit !== undefined);
    if (hits.length === 1) void this.openDetail(hits[0]!, hits[0]!.id);
    else this.spotHits = hits;
  }

  private setView(view: 'lijst' | 'kaart'): void {
    this.activeView = view;
    this.spotHits = [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      const wanted: Lang = this.lang === 'en' ? 'en' : 'nl';
      if (wanted !== this.words.lang) {
        void loadStrings(wanted).then((strings) => {
          if ((this.lang === 'en' ? 'en' : 'nl') === wanted) this.words = { lang: wanted, strings };
        });
      }
    }
    // On the first update, a search restored from the URL wins over the radius attribute's default.
    if (changed.has('radius') && (this.hasUpdated || !this.restoredFromUrl)) {
      this.choices = { ...this.choices, radiusKm: clampRadiusKm(this.radius) };
    }
    if (changed.has('selectedThemes') && (this.hasUpdated || !this.restoredFromUrl)) {
      this.choices = { ...this.choices, themes: hostList('selected-themes', this.selectedThemes, THEME_SLUGS) };
    }
    if (changed.has('view')) this.activeView = this.view === 'kaart' ? 'kaart' : 'lijst';
    // The place in the URL the resident holds (a shared link, a reload) wins over the page's default.
    if (changed.has('postcode') && this.postcode && (this.hasUpdated || !(this.restoredFromUrl && this.choices.near))) {
      this.choices = { ...this.choices, near: this.postcode };
      this.where.setValue(this.postcode);
    }
    // A changed attribute searches again in this same update (runSearch only sets state synchronously).
    const inputs = ['postcode', 'radius', 'themes', 'selectedThemes', 'region', 'kaart', 'api'] as const;
    if (inputs.some((name) => changed.has(name)) && this.canSearch) void this.runSearch(1);
  }

  private get canSearch(): boolean {
    return Boolean(this.choices.near || splitList(this.region).length);
  }

  /** Applies a change to the resident's choices and searches when there is somewhere to search. */
  private choose(patch: Partial<SearchState>): void {
    this.choices = { ...this.choices, ...patch };
    if ('near' in patch) this.candidates = [];
    if (this.canSearch) void this.runSearch(1);
  }

  private async runSearch(page: number): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const request = toRequest(this.choices, { region: splitList(this.region), themes: hostList('themes', this.themes, THEME_SLUGS), kaart: this.kaart }, page);
    this.status = 'loading';
    this.fieldMessage = '';
    if (page === 1) {
      this.selected = undefined;
      this.detailEntryPushed = false;
    }
    emit(this, 'sek-search', request);
    if (this.urlState) window.history.replaceState(window.history.state, '', shareUrl(window.location, this.choices));
    try {
      const response = await search(this.api || window.location.origin, request, controller.signal);
      if (controller.signal.aborted) return;
      this.response = response;
      if (isPoint(this.choices.near) && response.center?.kind === 'coordinates' && this.where.value.trim() !== response.center.label) {
        this.pointLabel = response.center.label;
        this.where.setValue(response.center.label);
      }
      this.page = page;
      const known = new Set(page === 1 ? [] : this.results.map((hit) => hit.id));
      this.results = page === 1 ? response.results : [...this.results, ...response.results.filter((hit) => !known.has(hit.id))];
      if (page === 1) this.onlineResults = response.online.results;
      this.status = 'results';
      this.spotHits = [];
      this.mapShows = undefined;
      if (this.pendingOffer) this.openPending();
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof SearchError && error.kind === 'invalid') {
        const field = error.body?.error.fields?.[0];
        this.fieldMessage = field ? field.message[this.language] : this.t.unavailable;
        this.candidates = field?.candidates ?? [];
        this.status = 'idle';
        emit(this, 'sek-error', { kind: 'invalid' });
      } else {
        this.status = 'error';
        emit(this, 'sek-error', { kind: 'unavailable' });
      }
    }
  }

  private openPending(): void {
    const hit = [...this.results, ...this.onlineResults].find((h) => h.offer.id === this.pendingOffer);
    this.pendingOffer = '';
    // The link already holds the offer: opening it adds no history entry.
    if (hit) void this.openDetail(hit, '', { fromHistory: true });
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.where.close();
    const typed = this.where.value.trim();
    // "Mijn locatie" (or the place name shown for a point) stands for the point already chosen.
    if (isPoint(this.choices.near) && (typed === this.t.myLocation || typed === this.pointLabel)) {
      this.choose({ near: this.choices.near });
      return;
    }
    this.choose({ near: typed });
  }

  /** What the place field shows for a point: the place the service named, once known. */
  private pointLabel = '';

  private textTimer?: ReturnType<typeof setTimeout>;

  /** Searches as the resident types a word, after a short pause; a newer search aborts the older one. */
  private handleTextInput = (event: InputEvent): void => {
    this.choices = { ...this.choices, q: (event.target as HTMLInputElement).value };
    clearTimeout(this.textTimer);
    if (this.canSearch) this.textTimer = setTimeout(() => void this.runSearch(1), 350);
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
        this.choose({ near });
      },
      () => {
        this.locationMessage = this.t.locationDenied;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  private toggleTheme(slug: ThemeSlug): void {
    const themes = this.choices.themes.includes(slug) ? this.choices.themes.filter((s) => s !== slug) : [...this.choices.themes, slug];
    this.choose({ themes });
  }

  private async loadMore(): Promise<void> {
    const before = this.results.length;
    await this.runSearch(this.page + 1);
    await this.updateComplete;
    // Keyboard users continue at the first new result.
    this.renderRoot.querySelectorAll<HTMLElement>('.results .result-link')[before]?.focus();
  }

  /**
   * Opens an offer in place of the list. With `url-state` the offer gets its own history entry
   * (`sek-aanbod=<id>`), so the phone's Back button closes it instead of leaving the site.
   */
  private async openDetail(hit: SearchHit, triggerId: string, { fromHistory = false } = {}): Promise<void> {
    this.returnFocusTo = triggerId || hit.id;
    if (this.urlState && !fromHistory) {
      const url = new URL(shareUrl(window.location, this.choices));
      url.searchParams.set(OFFER_PARAM, hit.offer.id);
      window.history.pushState({ ...(window.history.state ?? {}), sekOffer: hit.offer.id }, '', url);
      this.detailEntryPushed = true;
    }
    this.selected = hit;
    this.shareMessage = '';
    this.shareFallbackUrl = '';
    emit(this, 'sek-select', { offerId: hit.offer.id, hitId: hit.id });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  /** Closes the detail: "Terug", Escape, or Back. An entry this widget pushed is left with Back, so history stays in step. */
  private async closeDetail({ fromHistory = false } = {}): Promise<void> {
    if (!this.selected) return;
    if (this.urlState && !fromHistory) {
      if (this.detailEntryPushed) {
        window.history.back();
        return; // popstate closes it
      }
      window.history.replaceState(window.history.state, '', shareUrl(window.location, this.choices));
    }
    this.detailEntryPushed = false;
    this.stopReading?.();
    this.selected = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.result-link[data-hit="${CSS.escape(this.returnFocusTo)}"]`)?.focus();
  }

  private toggleReading(): void {
    if (this.reading) {
      this.stopReading?.();
      return;
    }
    if (!this.selected) return;
    this.reading = true;
    this.stopReading = readAloud(detailText(this.selected, this.today, this.t, this.language), this.language, () => {
      this.reading = false;
      this.stopReading = undefined;
    });
  }

  private async share(): Promise<void> {
    if (!this.selected) return;
    const url = new URL(shareUrl(window.location, this.choices));
    url.searchParams.set(OFFER_PARAM, this.selected.offer.id);
    const outcome = await shareLink(this.selected.offer.title, url.toString());
    this.shareMessage = outcome === 'copied' ? this.t.linkCopied : '';
    this.shareFallbackUrl = outcome === 'failed' ? url.toString() : '';
  }

  /** Printing is rare: its code is a chunk of its own, loaded on the first print. */
  private async print(offers: SearchHit[], list?: { response: SearchResponse; places: number }): Promise<void> {
    const { printOffers, searchSummary } = await import('./actions/print-offers.js');
    const context = list ? { lines: searchSummary(list.response, this.choices, list.places, this.today, this.t, this.language) } : undefined;
    printOffers(this.heading || this.t.heading, offers, this.today, this.t, this.language, context);
  }

  /**
   * Prints the whole list, not just the pages loaded: every place (up to PRINT_MAX) and the online
   * offers, under what was searched and the day it was made.
   */
  private async printList(): Promise<void> {
    const response = this.response;
    if (!response) return;
    const places = await this.allPlaces(response);
    await this.print([...places, ...this.onlineResults], { response, places: places.length });
  }

  /**
   * Every place of the search (up to ALL_PLACES_MAX), not only the pages loaded: for the map and
   * the printed list. On a failure, what is there (the caller says how many of how many).
   */
  private async allPlaces(response: SearchResponse): Promise<SearchHit[]> {
    const located = [...this.results];
    const config = { region: splitList(this.region), themes: hostList('themes', this.themes, THEME_SLUGS), kaart: this.kaart };
    try {
      for (let page = 1; located.length < Math.min(response.total, ALL_PLACES_MAX); page++) {
        const more = await search(this.api || window.location.origin, { ...toRequest(this.choices, config, page), limit: ALL_PLACES_PAGE }, undefined);
        const known = new Set(located.map((hit) => hit.id));
        located.push(...more.results.filter((hit) => !known.has(hit.id)));
        if (page >= more.totalPages) break;
      }
    } catch {
      // Keep what is there.
    }
    return located.slice(0, ALL_PLACES_MAX);
  }

  override render() {
    const t = this.t;
    return html`
      <h2 part="heading">${this.heading || t.heading}</h2>
      ${this.selected
        ? renderDetail(this.selected, this.today, t, this.language, {
            onBack: () => void this.closeDetail(),
            onPrint: () => void this.print([this.selected!]),
            onShare: () => void this.share(),
            onReadAloud: () => this.toggleReading(),
            reading: this.reading,
            canReadAloud: canReadAloud(),
            shareMessage: this.shareMessage,
            shareUrl: this.shareFallbackUrl,
          })
        : this.renderSearch()}
      ${this.renderMap()}
      ${this.selected ? nothing : this.renderResults()}
      <footer part="footer"><details><summary>${t.sources}</summary><p>${t.attribution}</p></details></footer>
    `;
  }

  private renderViewToggle() {
    const t = this.t;
    return html`<div class="view-toggle" part="view-toggle" role="group" aria-label=${t.viewChoice}>
      <button type="button" aria-pressed=${this.activeView === 'lijst' ? 'true' : 'false'} @click=${() => this.setView('lijst')}>${t.viewList}</button>
      <button type="button" aria-pressed=${this.activeView === 'kaart' ? 'true' : 'false'} @click=${() => this.setView('kaart')}>${t.viewMap}</button>
    </div>`;
  }

  private renderMap() {
    const t = this.t;
    const shown = this.activeView === 'kaart';
    const markers = this.mapHits.filter((hit) => hit.location).length;
    return html`
      ${shown ? html`<button type="button" class="skip-map" @click=${() => ['#results-heading', '#detail-title', '#where'].map((s) => this.renderRoot.querySelector<HTMLElement>(s)).find(Boolean)?.focus()}>${t.skipMap}</button>` : nothing}
      <div id="map" class="map" part="map" role="region" aria-label=${t.mapName(markers, this.status === 'results' ? this.response?.radiusKm : null)} ?hidden=${!shown}></div>
      ${shown && this.mapStatus === 'loading' ? html`<p class="hint">${t.mapLoading}</p>` : nothing}
      ${shown && this.mapStatus === 'failed' ? html`<p class="message" part="message">${t.mapFailed}</p>` : nothing}
      ${shown && this.spotHits.length > 1 && !this.selected
        ? html`<div class="spot" role="group" aria-labelledby="spot-heading">
            <p id="spot-heading"><strong>${t.spotHeading(this.spotHits.length)}</strong></p>
            ${this.spotHits.map((hit) => html`<button type="button" class="secondary" @click=${() => void this.openDetail(hit, hit.id)}>${hit.offer.title}</button>`)}
          </div>`
        : nothing}`;
  }

  private renderSearch() {
    const t = this.t;
    const facets = this.status === 'results' ? this.response?.facets : undefined;
    return html`
      <form part="form" role="search" aria-label=${t.heading} @submit=${this.handleSubmit} novalidate>
        ${renderThemeTiles(this.shownThemes, this.choices.themes, facets?.themes, t, this.language, (slug) => this.toggleTheme(slug))}
        ${this.status === 'results' && this.results.length ? html`<button type="button" class="skip-link" @click=${() => this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus()}>${t.skipToResults}</button>` : nothing}
        <div class="where-row">
          ${this.where.render(t, this.fieldMessage)}
          <div class="field distance">
            <label for="distance">${t.distanceLabel}</label>
            <select id="distance" @change=${(e: Event) => this.choose({ radiusKm: Number((e.target as HTMLSelectElement).value) })}>
              ${[...new Set([...RADIUS_CHOICES_KM, this.choices.radiusKm])].sort((a, b) => a - b).map((km) => html`<option .value=${String(km)} ?selected=${km === this.choices.radiusKm}>${t.distanceOption(km)}</option>`)}
            </select>
          </div>
        </div>
        ${this.candidates.length
          ? html`<div class="candidates" role="group" aria-label=${t.chooseCandidate}>
              <p>${t.chooseCandidate}</p>
              ${this.candidates.map((c) => html`<button type="button" class="secondary" @click=${() => { this.where.setValue(c.near); this.choose({ near: c.near }); }}>${c.label}</button>`)}
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
        <button type="submit" part="button" class="primary">${t.search}</button>
        ${this.status === 'results' || this.status === 'loading'
          ? renderFilters(this.choices, facets, this.showMoreFilters, splitList(this.quickFilters), t, this.language, {
              onChange: (patch) => this.choose(patch),
              onToggleMore: () => (this.showMoreFilters = !this.showMoreFilters),
            })
          : nothing}
      </form>
      <div class="status" role="status" aria-live="polite">${this.renderStatus()}</div>
      ${this.status === 'results' ? renderOrderChoice(this.choices, this.response, t, (patch) => this.choose(patch)) : nothing}
      ${this.renderViewToggle()}
    `;
  }

  private renderStatus() {
    const t = this.t;
    switch (this.status) {
      case 'loading':
        return html`<p class="loading">${t.loading}</p>`;
      case 'results':
        return this.response && this.response.total + this.response.online.total > 0
          ? html`<p class="count">${t.resultCount(this.response.total, this.response.online.total)} ${this.response.total > 1 ? t.order[this.response.order] : ''}</p>`
          : html`<p class="count">${t.empty}</p>`;
      default:
        return nothing;
    }
  }

  private renderContact() {
    if (!this.contact) return nothing;
    const isUrl = /^https?:\/\//.test(this.contact);
    const href = isUrl ? this.contact : `tel:${this.contact.replace(/[^\d+]/g, '')}`;
    return html`<p>${this.t.contactPrompt} <a href=${href}>${isUrl ? this.contact.replace(/^https?:\/\//, '') : this.contact}</a></p>`;
  }

  private renderResults() {
    const t = this.t;
    if (this.status === 'error') {
      return html`<div class="message" part="message" role="alert">
        <p>${t.unavailable}</p>
        <button class="primary" type="button" @click=${() => void this.runSearch(1)}>${t.retry}</button>
      </div>`;
    }
    if (this.status !== 'results' || !this.response) return nothing;
    const response = this.response;
    if (response.total + response.online.total === 0) {
      return html`<div class="message" part="message">
        <ul>${t.emptyAdvice.map((advice) => html`<li>${advice}</li>`)}</ul>
        ${this.renderContact()}
      </div>`;
    }
    const open = (hit: SearchHit, trigger: HTMLElement) => void this.openDetail(hit, trigger.dataset.hit ?? hit.id);
    return html`
      ${this.results.length
        ? html`<section aria-labelledby="results-heading">
            <div class="list-header">
              <h3 id="results-heading" tabindex="-1">${!response.center ? t.heading : response.center.kind === 'region' ? t.inRegion(response.center.label) : t.nearLabel(response.center.label)}</h3>
              <button type="button" class="secondary small" @click=${() => void this.printList()}>${pictogram('print', 18)} ${t.printList}</button>
            </div>
            <ul class="results" part="results">${this.results.map((hit) => renderHit(hit, this.today, t, this.language, open))}</ul>
            ${this.page < response.totalPages ? html`<button type="button" class="secondary more" @click=${() => void this.loadMore()}>${t.loadMore}</button>` : nothing}
          </section>`
        : nothing}
      ${this.onlineResults.length
        ? html`<section aria-labelledby="online-heading">
            <h3 id="online-heading">${pictogram('online', 22)} ${t.onlineHeading}</h3>
            <ul class="results online" part="results">${this.onlineResults.map((hit) => renderHit(hit, this.today, t, this.language, open))}</ul>
          </section>`
        : nothing}
    `;
  }
}
