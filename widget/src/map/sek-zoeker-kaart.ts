import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SekMapView, type MapContent, type MapLabels } from './sek-map-view.js';
import { regionBoundingBox } from '../api/search-client.js';

/** What the map shows. A new `search` (another object) fits the view; the same one with more hits only adds them. */
export interface MapShows extends MapContent {
  search: object;
}

/** The box around the configured gemeenten [west, south, east, north], to frame the map before a search. */
export async function regionFrame(api: string, codes: string[]): Promise<[number, number, number, number]> {
  const boxes = await Promise.all(codes.map((code) => regionBoundingBox(api, code)));
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** The event the map fires when a marker is chosen: the hits under it (several when they share one spot). */
export type MapSelectEvent = CustomEvent<{ hitIds: string[] }>;

/**
 * `<sek-zoeker-kaart>`: the map inside `<sek-zoeker>`, in the lazy map chunk. It takes what to
 * show (centre, radius, hits, selection) as properties and fires `sek-map-select`; it never
 * searches itself. It lives in a shadow root of its own, with OpenLayers' stylesheet adopted there.
 */
export class SekZoekerKaart extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; height: 100%; }
    .canvas { position: absolute; inset: 0; }
    .notice {
      position: absolute; inset-inline: 8px; top: 8px; z-index: 3; margin: 0; padding: 0.5em 0.75em;
      background: var(--_bg); color: var(--_text); border: 1px solid var(--_muted); border-radius: var(--_radius); font-size: 0.9em;
    }
    /* Markers are buttons placed by OpenLayers: a 44 px target around a smaller dot. */
    button.marker {
      display: block; min-width: 0; min-height: 0; width: 44px; height: 44px; padding: 0; border: 0; background: transparent;
      color: var(--_on-primary); cursor: pointer; font: 700 13px/1 var(--_font); position: relative; isolation: isolate;
    }
    button.marker::before {
      content: ''; position: absolute; inset: 11px; border-radius: 50%; z-index: -1;
      border: 3px solid #ffffff; background: var(--_primary); box-shadow: 0 1px 3px rgb(0 0 0 / 0.4);
    }
    button.marker.cluster::before { inset: 6px; }
    button.marker.selected::before { inset: 7px; background: var(--_alert); }
    button.marker.selected { z-index: 2; }
    @media (forced-colors: active) {
      button.marker::before { background: ButtonText; border-color: Canvas; }
      button.marker.selected::before { background: Highlight; }
    }
  `;

  /** `pdok`, an XYZ template with {z}/{x}/{y}, or `none` (gemeente boundaries and place names from the service). */
  @property() tiles = 'pdok';
  @property() api = '';
  @property({ attribute: false }) labels!: MapLabels;
  @property({ attribute: false }) shows?: MapShows;
  @property({ attribute: false }) selectedId?: string;
  /** The tile server did not answer: the map shows boundaries and names instead, and says so. */
  @state() private tilesFailed = false;

  private view?: SekMapView;
  private shown?: object;
  private readonly resizing = new ResizeObserver(() => this.view?.resize());

  override render() {
    return html`<div class="canvas"></div>${this.tilesFailed ? html`<p class="notice" role="status">${this.labels.tilesFailed}</p>` : nothing}`;
  }

  override firstUpdated(): void {
    // The canvas cannot read CSS variables: take the resolved theme colours once.
    const style = getComputedStyle(this);
    const color = (name: string) => style.getPropertyValue(name).trim();
    this.view = new SekMapView({
      container: this.renderRoot.querySelector<HTMLElement>('.canvas')!,
      shadowRoot: this.renderRoot as ShadowRoot,
      tiles: this.tiles,
      api: this.api,
      labels: this.labels,
      colors: {
        primary: color('--_primary'), text: color('--_text'), radiusFill: color('--_map-radius-fill'),
        land: color('--_map-land'), border: color('--_map-border'), water: color('--_map-water'),
      },
      onSelect: (hitIds) => this.dispatchEvent(new CustomEvent('sek-map-select', { detail: { hitIds } })),
      onTilesFailed: () => (this.tilesFailed = true),
    });
    this.resizing.observe(this);
  }

  override updated(changed: PropertyValues<this>): void {
    const view = this.view;
    if (!view) return;
    if (changed.has('shows') && this.shows) {
      if (this.shows.search === this.shown) view.addHits(this.shows.hits);
      else view.show({ ...this.shows, selectedId: this.selectedId });
      this.shown = this.shows.search;
    }
    if (changed.has('selectedId')) view.select(this.selectedId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizing.disconnect();
    this.view?.destroy();
    this.view = undefined;
    this.shown = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: make the map again, showing what it showed.
    if (!this.hasUpdated || this.view) return;
    this.firstUpdated();
    if (this.shows) {
      this.view!.show({ ...this.shows, selectedId: this.selectedId });
      this.shown = this.shows.search;
    }
  }
}

if (!customElements.get('sek-zoeker-kaart')) customElements.define('sek-zoeker-kaart', SekZoekerKaart);

declare global {
  interface HTMLElementTagNameMap {
    'sek-zoeker-kaart': SekZoekerKaart;
  }
}
