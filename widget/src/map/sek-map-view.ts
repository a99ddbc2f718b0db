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
import { Circle as CircleStyle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { bbox as bboxStrategy } from 'ol/loadingstrategy.js';
import { createEmpty, extend, getHeight, getWidth, isEmpty, type Extent } from 'ol/extent.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import { getDistance } from 'ol/sphere.js';
import type { FeatureLike } from 'ol/Feature.js';
import { OL_CSS } from './ol-css.generated.js';

/** The official Dutch base map (Kadaster, PDOK), Web Mercator. */
export const PDOK_BRT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
const PDOK_ATTRIBUTION = 'Kaart: © Kadaster (BRT-Achtergrondkaart, PDOK)';
const BOUNDARY_ATTRIBUTION = 'Gemeentegrenzen: CBS / Kadaster (CC BY 4.0)';

export interface MapHit {
  id: string;
  title: string;
  lat: number;
  lng: number;
}

export interface MapLabels {
  name: string;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
}

export interface MapViewOptions {
  container: HTMLElement;
  shadowRoot: ShadowRoot;
  /** `pdok` (default), an XYZ template with {z}/{x}/{y}, or `none` (gemeente boundaries from the service). */
  tiles: string;
  api: string;
  labels: MapLabels;
  colors: { primary: string; selected: string; text: string };
  /** Called with the hits under a clicked marker (several when they share one spot). */
  onSelect: (hitIds: string[]) => void;
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
 * The map of `<sek-zoeker>`: search centre, radius circle, clustered markers per result location,
 * the selected offer highlighted. Lives in the lazy map chunk; the list view never loads it.
 */
export class SekMapView {
  private readonly map: OlMap;
  private readonly points = new VectorSource<Feature<Point>>();
  private readonly clusters: Cluster<Feature<Point>>;
  private readonly overlay = new VectorSource();
  private selectedId?: string;
  private radiusMeters = 0;

  constructor(private readonly options: MapViewOptions) {
    adoptCss(options.shadowRoot);
    const { colors } = options;
    const clusters = new Cluster({ distance: 36, minDistance: 12, source: this.points });
    this.clusters = clusters;
    const markerStyle = (feature: FeatureLike) => {
      const members = feature.get('features') as Feature[];
      const selected = members.some((member) => member.getId() === this.selectedId);
      const count = members.length;
      return new Style({
        image: new CircleStyle({
          radius: selected ? 13 : count > 1 ? 14 : 9,
          fill: new Fill({ color: selected ? colors.selected : colors.primary }),
          stroke: new Stroke({ color: '#ffffff', width: 3 }),
        }),
        ...(count > 1 ? { text: new Text({ text: String(count), fill: new Fill({ color: '#ffffff' }), font: 'bold 13px system-ui, sans-serif' }) } : {}),
        zIndex: selected ? 2 : 1,
      });
    };
    this.map = new OlMap({
      target: options.container,
      layers: [
        this.backgroundLayer(),
        new VectorLayer({
          source: this.overlay,
          style: (feature) => feature.get('kind') === 'centre'
            ? new Style({ image: new CircleStyle({ radius: 6, fill: new Fill({ color: colors.text }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }) })
            : new Style({ stroke: new Stroke({ color: colors.primary, width: 2, lineDash: [8, 6] }), fill: new Fill({ color: 'rgba(11, 92, 173, 0.06)' }) }),
        }),
        new VectorLayer({ source: clusters, style: markerStyle }),
      ],
      view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7, maxZoom: 18 }),
      controls: defaultControls({
        zoomOptions: { zoomInTipLabel: options.labels.zoomIn, zoomOutTipLabel: options.labels.zoomOut },
        rotate: false,
        attributionOptions: { collapsible: false },
      }),
    });
    // Name the zoom buttons for screen readers too (OpenLayers only sets a title).
    for (const [selector, label] of [['.ol-zoom-in', options.labels.zoomIn], ['.ol-zoom-out', options.labels.zoomOut]] as const) {
      options.container.querySelector(selector)?.setAttribute('aria-label', label);
    }
    this.map.on('singleclick', (event) => {
      const hit = this.map.forEachFeatureAtPixel(event.pixel, (feature) => feature, { layerFilter: (layer) => layer.getSource() === clusters });
      const members = (hit?.get('features') as Feature[] | undefined) ?? [];
      if (members.length === 0) return;
      const extent = createEmpty();
      for (const member of members) extend(extent, member.getGeometry()!.getExtent());
      if (members.length > 1 && Math.max(getWidth(extent), getHeight(extent)) > 80) {
        this.map.getView().fit(extent, { padding: [60, 60, 60, 60], duration: 250, maxZoom: 17 });
        return;
      }
      options.onSelect(members.map((member) => String(member.getId())));
    });
  }

  private backgroundLayer() {
    const { tiles } = this.options;
    if (tiles === 'none') {
      const format = new GeoJSON();
      const api = this.options.api.replace(/\/$/, '');
      const source = new VectorSource({
        format,
        strategy: bboxStrategy,
        attributions: BOUNDARY_ATTRIBUTION,
        loader: (extent, _resolution, projection, success, failure) => {
          const [west, south, east, north] = transformExtent(extent, projection, 'EPSG:4326').map((n) => n.toFixed(4));
          fetch(`${api}/v1/boundaries?bbox=${west},${south},${east},${north}`, { credentials: 'omit' })
            .then((response) => response.json())
            .then((collection) => {
              const features = format.readFeatures(collection, { featureProjection: projection });
              source.addFeatures(features);
              success?.(features);
            })
            .catch(() => failure?.());
        },
      });
      return new VectorLayer({
        source,
        style: new Style({ fill: new Fill({ color: '#f4f1ea' }), stroke: new Stroke({ color: '#9a8f7a', width: 1 }) }),
        background: '#dfe9f0',
      });
    }
    const url = tiles === 'pdok' || tiles === '' ? PDOK_BRT_TILES : tiles;
    return new TileLayer({ source: new XYZ({ url, attributions: tiles === 'pdok' || tiles === '' ? PDOK_ATTRIBUTION : this.options.labels.attribution, maxZoom: 19, crossOrigin: null }) });
  }

  /** Shows a new search: centre, radius, markers; fits the view to them. */
  show(content: MapContent): void {
    this.selectedId = content.selectedId;
    this.options.container.dataset.selected = content.selectedId ?? '';
    this.overlay.clear();
    this.points.clear();
    this.radiusMeters = 0;
    if (content.center && content.radiusKm) {
      this.radiusMeters = content.radiusKm * 1000;
      const ring = circular([content.center.lng, content.center.lat], this.radiusMeters, 96).transform('EPSG:4326', 'EPSG:3857');
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
    this.options.container.dataset.markers = String(this.points.getFeatures().length);
    this.options.container.dataset.radiusMeters = String(Math.round(this.measuredRadius()));
  }

  /** Highlights a hit and centres the map on it. */
  select(hitId: string | undefined): void {
    if (hitId === this.selectedId && this.options.container.dataset.selected === (hitId ?? '')) return;
    this.selectedId = hitId;
    this.options.container.dataset.selected = hitId ?? '';
    this.points.changed();
    const feature = hitId ? this.points.getFeatureById(hitId) : null;
    if (feature) this.map.getView().animate({ center: feature.getGeometry()!.getCoordinates(), duration: 250 });
  }

  /** The drawn radius, measured on the sphere from the centre to the circle (0 without one). */
  measuredRadius(): number {
    const ring = this.overlay.getFeatures().find((f) => f.get('kind') === 'radius');
    const centre = this.overlay.getFeatures().find((f) => f.get('kind') === 'centre');
    if (!ring || !centre) return 0;
    const vertex = (ring.getGeometry() as unknown as { getFirstCoordinate(): number[] }).getFirstCoordinate();
    const middle = (centre.getGeometry() as Point).getCoordinates();
    return getDistance(toLonLat(middle), toLonLat(vertex));
  }

  /**
   * Screen position (inside the map) of the marker that shows a hit (its cluster's marker when it is
   * clustered), or of the hit's own location. For tests and host integrations.
   */
  pixelOf(hitId: string, of: 'marker' | 'location' = 'marker'): [number, number] | undefined {
    this.map.renderSync();
    const feature = this.points.getFeatureById(hitId);
    if (!feature) return undefined;
    const cluster = of === 'marker' ? this.clusters.getFeatures().find((c) => (c.get('features') as Feature[]).includes(feature)) : undefined;
    const geometry = (cluster ?? feature).getGeometry() as Point;
    const pixel = this.map.getPixelFromCoordinate(geometry.getCoordinates());
    return pixel ? [pixel[0]!, pixel[1]!] : undefined;
  }

  /** Resolves after the next complete render (tiles or boundaries and markers drawn). */
  whenRendered(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('rendercomplete', () => resolve());
      this.map.render();
    });
  }

  /** Call when the container was hidden and is shown again. */
  resize(): void {
    this.map.updateSize();
  }

  destroy(): void {
    this.map.setTarget(undefined);
  }
}

export function createMapView(options: MapViewOptions): SekMapView {
  return new SekMapView(options);
}
