import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { circular } from 'ol/geom/Polygon.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import VectorSource from 'ol/source/Vector.js';
import Cluster from 'ol/source/Cluster.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import Overlay from 'ol/Overlay.js';
import { Circle as CircleStyle, Fill, Stroke, Style, Text } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import { fromLonLat, transformExtent } from 'ol/proj.js';
import { bbox as bboxStrategy } from 'ol/loadingstrategy.js';
import { createEmpty, extend, getHeight, getWidth, isEmpty, type Extent } from 'ol/extent.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import { OL_CSS } from './ol-css.generated.js';

/** The official Dutch base map (Kadaster, PDOK), Web Mercator. */
export const PDOK_BRT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

export interface MapHit {
  id: string;
  title: string;
  lat: number;
  lng: number;
}

export interface MapLabels {
  zoomIn: string;
  zoomOut: string;
  /** Credit for a custom tile server. */
  attribution: string;
  /** Credit for the Dutch base map (PDOK). */
  creditTiles: string;
  /** Credit for the boundaries and place names from SEK. */
  creditBoundaries: string;
  /** The tooltip of the credits button. */
  attributionTip: string;
  /** Said when the tile server does not answer and the map falls back to boundaries. */
  tilesFailed: string;
}

export interface MapViewOptions {
  container: HTMLElement;
  shadowRoot: ShadowRoot;
  /** `pdok` (default), an XYZ template with {z}/{x}/{y}, or `none` (gemeente boundaries from the service). */
  tiles: string;
  api: string;
  labels: MapLabels;
  /** Colours drawn on the canvas (markers are DOM elements styled by the widget's CSS). */
  colors: { primary: string; text: string; radiusFill: string; land: string; border: string; water: string };
  /** Called with the hits under a clicked marker (several when they share one spot). */
  onSelect: (hitIds: string[]) => void;
  /** Called once when the tile server does not answer (the map then shows boundaries and place names). */
  onTilesFailed: () => void;
}

/** Tiles failing before one loads: the tile server is down or blocked (a single missing tile is not). */
const FAILED_TILES_BEFORE_FALLBACK = 4;

/** Which place names to write at a map resolution (metres per pixel): only large places when zoomed out. */
function minimumPopulation(resolution: number): number {
  if (resolution > 600) return 40_000;
  if (resolution > 150) return 5_000;
  return 0;
}

export interface MapContent {
  center: { lat: number; lng: number } | null;
  radiusKm: number | null;
  hits: MapHit[];
  selectedId?: string;
  /** [west, south, east, north] to show when there is nothing else to fit (a region before the first search). */
  frame?: [number, number, number, number];
}

let olSheet: CSSStyleSheet | undefined;
/** OpenLayers' stylesheet, adopted into this widget's shadow root (once per root). */
function adoptCss(root: ShadowRoot): void {
  if (!olSheet) {
    olSheet = new CSSStyleSheet();
    olSheet.replaceSync(OL_CSS);
  }
  if (!root.adoptedStyleSheets.includes(olSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, olSheet];
}

/**
 * The map of `<sek-zoeker>`: search centre, radius circle, and a marker per result location,
 * clustered when dense; the selected offer highlighted. Markers are real DOM elements (OpenLayers
 * overlays) styled by the widget's CSS: what a person clicks is an element, not a pixel on a canvas.
 * Lives in the lazy map chunk; the list view never loads it.
 */
export class SekMapView {
  private readonly map: OlMap;
  private readonly points = new VectorSource<Feature<Point>>();
  private readonly clusters: Cluster<Feature<Point>>;
  private readonly overlay = new VectorSource();
  private readonly markers: Overlay[] = [];
  private selectedId?: string;

  constructor(private readonly options: MapViewOptions) {
    adoptCss(options.shadowRoot);
    const { colors } = options;
    // The selected hit always has its own marker, never hidden in a cluster.
    this.clusters = new Cluster({
      distance: 36,
      minDistance: 12,
      source: this.points,
      geometryFunction: (feature) => (feature.getId() === this.selectedId ? null : (feature.getGeometry() as Point)),
    });
    this.clusters.on('change', () => this.drawMarkers());
    this.map = new OlMap({
      target: options.container,
      layers: [
        this.backgroundLayer(options.tiles),
        new VectorLayer({
          source: this.overlay,
          style: (feature) => feature.get('kind') === 'centre'
            ? new Style({ image: new CircleStyle({ radius: 6, fill: new Fill({ color: colors.text }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }) })
            : new Style({ stroke: new Stroke({ color: colors.primary, width: 2, lineDash: [8, 6] }), fill: new Fill({ color: colors.radiusFill }) }),
        }),
        // Draws nothing itself: it makes OpenLayers compute the clusters for the current zoom; the markers are overlays.
        new VectorLayer({ source: this.clusters, style: null }),
      ],
      view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7, maxZoom: 18 }),
      controls: defaultControls({
        zoomOptions: { zoomInTipLabel: options.labels.zoomIn, zoomOutTipLabel: options.labels.zoomOut },
        rotate: false,
        attributionOptions: { collapsible: false, tipLabel: options.labels.attributionTip },
      }),
    });
    // Name the zoom buttons for screen readers too (OpenLayers only sets a title).
    for (const [selector, label] of [['.ol-zoom-in', options.labels.zoomIn], ['.ol-zoom-out', options.labels.zoomOut]] as const) {
      options.container.querySelector(selector)?.setAttribute('aria-label', label);
    }
  }

  /** One marker element per cluster (a count when several), and one for the selected hit. */
  private drawMarkers(): void {
    for (const marker of this.markers.splice(0)) this.map.removeOverlay(marker);
    const groups = this.clusters.getFeatures().map((cluster) => ({ members: cluster.get('features') as Feature<Point>[], at: (cluster.getGeometry() as Point).getCoordinates() }));
    const selected = this.selectedId ? this.points.getFeatureById(this.selectedId) : null;
    if (selected) groups.push({ members: [selected], at: selected.getGeometry()!.getCoordinates() });
    for (const { members, at } of groups) {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = `marker${members.length > 1 ? ' cluster' : ''}${members.includes(selected!) ? ' selected' : ''}`;
      // A tooltip for the mouse: the offers under this marker, one per line.
      element.title = members.map((member) => String(member.get('title'))).join('\n');
      element.textContent = members.length > 1 ? String(members.length) : '';
      // Everything on the map is also in the list: markers are for the mouse and the finger, not a second tab order.
      element.tabIndex = -1;
      element.setAttribute('aria-hidden', 'true');
      element.addEventListener('click', () => this.handleMarker(members));
      const marker = new Overlay({ element, position: at, positioning: 'center-center', stopEvent: true });
      this.map.addOverlay(marker);
      this.markers.push(marker);
    }
  }

  /** A spread-out cluster zooms in; markers at one spot (or one marker) open their offers. */
  private handleMarker(members: Feature<Point>[]): void {
    const extent = createEmpty();
    for (const member of members) extend(extent, member.getGeometry()!.getExtent());
    if (members.length > 1 && Math.max(getWidth(extent), getHeight(extent)) > 80) {
      this.map.getView().fit(extent, { padding: [60, 60, 60, 60], duration: 250, maxZoom: 17 });
      return;
    }
    this.options.onSelect(members.map((member) => String(member.getId())));
  }
  /** Tiles from a server, or (`none`, or when the server fails) gemeente boundaries and place names from SEK. */
  private backgroundLayer(tiles: string) {
    if (tiles === 'none') return this.boundariesLayer();
    const pdok = tiles === 'pdok' || tiles === '';
    const source = new XYZ({ url: pdok ? PDOK_BRT_TILES : tiles, attributions: pdok ? this.options.labels.creditTiles : this.options.labels.attribution, maxZoom: 19, crossOrigin: null });
    let loaded = 0;
    let failed = 0;
    source.on('tileloadend', () => loaded++);
    source.on('tileloaderror', () => {
      if (loaded > 0 || ++failed !== FAILED_TILES_BEFORE_FALLBACK) return;
      // No blank box: the map goes on with SEK's own boundaries and names, and says why it looks plain.
      this.map.getLayers().setAt(0, this.boundariesLayer());
      this.options.onTilesFailed();
    });
    return new TileLayer({ source });
  }

  private boundariesLayer() {
    const { colors } = this.options;
    const format = new GeoJSON();
    const api = this.options.api.replace(/\/$/, '');
    const source = new VectorSource({
      format,
      strategy: bboxStrategy,
      attributions: this.options.labels.creditBoundaries,
      loader: (extent, _resolution, projection, success, failure) => {
        const [west, south, east, north] = transformExtent(extent, projection, 'EPSG:4326').map((n) => n.toFixed(4));
        fetch(`${api}/v1/boundaries?bbox=${west},${south},${east},${north}`, { credentials: 'omit' })
          .then((response) => response.json())
          .then((collection) => {
            // Features keep their ids: a place already loaded for another view is not added twice.
            const features = format.readFeatures(collection, { featureProjection: projection });
            source.addFeatures(features);
            success?.(features);
          })
          .catch(() => failure?.());
      },
    });
    const area = new Style({ fill: new Fill({ color: colors.land }), stroke: new Stroke({ color: colors.border, width: 1 }) });
    const nameFill = new Fill({ color: colors.text });
    const halo = new Stroke({ color: colors.land, width: 3 });
    const style = (feature: FeatureLike, resolution: number) => {
      if (feature.getGeometry()?.getType() !== 'Point') return area;
      if (Number(feature.get('inwoners')) < minimumPopulation(resolution)) return undefined;
      return new Style({ text: new Text({ text: String(feature.get('naam')), font: '600 13px system-ui, sans-serif', fill: nameFill, stroke: halo }) });
    };
    // Names that would overlap are left out (larger places come first in the answer, so they win).
    return new VectorLayer({ source, style, background: colors.water, declutter: true });
  }

  /** Shows a new search: centre, radius, markers; fits the view to them. */
  show(content: MapContent): void {
    this.selectedId = content.selectedId;
    this.overlay.clear();
    this.points.clear();
    if (content.center && content.radiusKm) {
      const ring = circular([content.center.lng, content.center.lat], content.radiusKm * 1000, 96).transform('EPSG:4326', 'EPSG:3857');
      const circle = new Feature(ring);
      circle.set('kind', 'radius');
      const centre = new Feature(new Point(fromLonLat([content.center.lng, content.center.lat])));
      centre.set('kind', 'centre');
      this.overlay.addFeatures([circle, centre]);
    }
    this.points.addFeatures(content.hits.map((hit) => {
      const feature = new Feature(new Point(fromLonLat([hit.lng, hit.lat])));
      feature.setId(hit.id);
      feature.set('title', hit.title);
      return feature;
    }));
    const extent: Extent = createEmpty();
    for (const source of [this.overlay, this.points] as VectorSource[]) if (source.getFeatures().length) extend(extent, source.getExtent()!);
    if (!isEmpty(extent)) this.map.getView().fit(extent, { padding: [30, 30, 30, 30], maxZoom: 15 });
    else if (content.frame) this.map.getView().fit(transformExtent(content.frame, 'EPSG:4326', 'EPSG:3857'), { padding: [20, 20, 20, 20] });
  }

  /** More places of the search already shown (the pages the list has not loaded): added without moving the view. */
  addHits(hits: MapContent['hits']): void {
    const fresh = hits.filter((hit) => !this.points.getFeatureById(hit.id));
    this.points.addFeatures(fresh.map((hit) => {
      const feature = new Feature(new Point(fromLonLat([hit.lng, hit.lat])));
      feature.setId(hit.id);
      feature.set('title', hit.title);
      return feature;
    }));
  }

  /** Highlights a hit (its own marker) and centres the map on it. */
  select(hitId: string | undefined): void {
    if (hitId === this.selectedId) return;
    this.selectedId = hitId;
    this.clusters.refresh();
    const feature = hitId ? this.points.getFeatureById(hitId) : null;
    if (feature) this.map.getView().animate({ center: feature.getGeometry()!.getCoordinates(), duration: 250 });
  }

  /** Call when the container was hidden and is shown again. */
  resize(): void {
    this.map.updateSize();
  }

  destroy(): void {
    this.map.setTarget(undefined);
  }
}
