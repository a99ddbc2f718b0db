import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Circle as CircleStyle, Fill, Stroke, Style, Text } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import { fromLonLat, transformExtent } from 'ol/proj.js';
import { buffer } from 'ol/extent.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import type { DistanceBand, WhiteSpots } from '@sek/contract';
import { OL_CSS } from '../../map/ol-css.generated.js';

/** The colour of each distance band (also in the legend): green near, red far; distinct in grey too. */
export const BAND_COLORS: Record<DistanceBand, string> = { 2: '#1b7837', 5: '#a6dba0', 10: '#f4a582', verder: '#b2182b' };

let olSheet: CSSStyleSheet | undefined;

export interface WhiteSpotMap {
  /** Resolves once the boundaries are loaded and everything is drawn (before printing). */
  ready: Promise<void>;
  destroy(): void;
}

/**
 * The white-spot map: the gemeente boundaries from SEK itself (no tile server, so it
 * works offline and prints), and a dot per PC4 area at its centre, coloured by how far the nearest
 * matching offer is. The shared geo data has PC4 centres, not PC4 outlines, so areas are dots.
 */
export function drawWhiteSpots(container: HTMLElement, root: ShadowRoot, spots: WhiteSpots, api: string, labels: { credit: string; zoomIn: string; zoomOut: string }): WhiteSpotMap {
  if (!olSheet) {
    olSheet = new CSSStyleSheet();
    olSheet.replaceSync(OL_CSS);
  }
  if (!root.adoptedStyleSheets.includes(olSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, olSheet];

  const frame = transformExtent(spots.bbox, 'EPSG:4326', 'EPSG:3857');
  const [west, south, east, north] = transformExtent(buffer(frame, 4000), 'EPSG:3857', 'EPSG:4326').map((n) => n.toFixed(4));
  const format = new GeoJSON();
  const land = new VectorSource({ attributions: labels.credit });
  const own = new Style({ fill: new Fill({ color: '#f7f4ec' }), stroke: new Stroke({ color: '#1f2d3d', width: 3 }), zIndex: 2 });
  const other = new Style({ fill: new Fill({ color: '#e9e6df' }), stroke: new Stroke({ color: '#8a8a8a', width: 1 }), zIndex: 1 });
  // Outlines only: the dots carry the postcodes, which the table lists too.
  const landStyle = (feature: FeatureLike) => {
    if (feature.getGeometry()?.getType() === 'Point') return undefined;
    return feature.get('code') === spots.gemeente.code ? own : other;
  };

  const dots = new VectorSource({
    features: spots.areas.map((area) => new Feature({ geometry: new Point(fromLonLat([area.lng, area.lat])), band: area.band, postcode: area.postcode4 })),
  });
  const white = new Stroke({ color: '#ffffff', width: 2 });
  const dotImages = Object.fromEntries(Object.entries(BAND_COLORS).map(([band, color]) => [band, new CircleStyle({ radius: 9, fill: new Fill({ color }), stroke: white })])) as Record<DistanceBand, CircleStyle>;
  const textFill = new Fill({ color: '#1b1b1f' });
  const halo = new Stroke({ color: '#ffffff', width: 3 });
  const dotStyle = (feature: FeatureLike) => new Style({
    image: dotImages[feature.get('band') as DistanceBand],
    text: new Text({ text: String(feature.get('postcode')), font: '600 11px system-ui, sans-serif', fill: textFill, stroke: halo, offsetY: 16 }),
  });

  const map = new OlMap({
    target: container,
    layers: [
      new VectorLayer({ source: land, style: landStyle, background: '#d4e6f1' }),
      new VectorLayer({ source: dots, style: dotStyle }),
    ],
    controls: defaultControls({ rotate: false, attributionOptions: { collapsible: false }, zoomOptions: { zoomInTipLabel: labels.zoomIn, zoomOutTipLabel: labels.zoomOut } }),
    view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7, maxZoom: 15 }),
  });
  map.getView().fit(frame, { padding: [24, 24, 24, 24] });

  const ready = fetch(`${api.replace(/\/$/, '')}/v1/boundaries?bbox=${west},${south},${east},${north}`, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : { type: 'FeatureCollection', features: [] }))
    .catch(() => ({ type: 'FeatureCollection', features: [] }))
    .then((collection) => {
      land.addFeatures(format.readFeatures(collection, { featureProjection: 'EPSG:3857' }));
      return new Promise<void>((resolve) => {
        map.once('rendercomplete', () => resolve());
        map.render();
      });
    });
  return { ready, destroy: () => map.setTarget(undefined) };
}
