import type { BoundariesResponse, OfferLocation } from '@sek/contract';
import { svgNode } from './svg-node.js';

/** Half the map's height in degrees latitude (about 4 km): the streets around are not on it, the village and its neighbours are. */
const HALF_LAT = 0.036;
const VIEW = 100;

type Ring = [number, number][];

/** The outlines and place names around a place, for a map without tiles; null when the service does not answer. */
export async function fetchSurroundings(api: string, location: OfferLocation): Promise<BoundariesResponse | null> {
  const halfLng = HALF_LAT / Math.cos((location.lat * Math.PI) / 180);
  const bbox = [location.lng - halfLng, location.lat - HALF_LAT, location.lng + halfLng, location.lat + HALF_LAT].map((n) => n.toFixed(5)).join(',');
  try {
    const response = await fetch(`${api.replace(/\/$/, '')}/v1/boundaries?bbox=${bbox}`, { credentials: 'omit', signal: AbortSignal.timeout(8000) });
    return response.ok ? ((await response.json()) as BoundariesResponse) : null;
  } catch {
    return null;
  }
}

/**
 * A small square map as SVG, drawn like `tiles="none"`: gemeente borders, the largest place names
 * and a dot where the offer is. Offline (no tile server), crisp on paper, no image files.
 */
export function miniMapSvg(doc: Document, location: OfferLocation, surroundings: BoundariesResponse, label: string): SVGSVGElement {
  const halfLng = HALF_LAT / Math.cos((location.lat * Math.PI) / 180);
  const x = (lng: number) => ((lng - location.lng + halfLng) / (2 * halfLng)) * VIEW;
  const y = (lat: number) => ((location.lat + HALF_LAT - lat) / (2 * HALF_LAT)) * VIEW;
  const node = <K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent: Element) => svgNode(doc, tag, attributes, parent);
  const svg = svgNode(doc, 'svg', { viewBox: `0 0 ${VIEW} ${VIEW}`, class: 'mini-map', role: 'img', 'aria-label': label });
  node('rect', { width: VIEW, height: VIEW, fill: '#dfe9f2' }, svg);
  const rings: Ring[] = [];
  const labels: { name: string; lng: number; lat: number; people: number }[] = [];
  for (const feature of surroundings.features) {
    const geometry = feature.geometry as { type: string; coordinates: unknown };
    if (geometry.type === 'Polygon') rings.push(...(geometry.coordinates as Ring[]));
    else if (geometry.type === 'MultiPolygon') rings.push(...(geometry.coordinates as Ring[][]).flat());
    else if (geometry.type === 'Point' && 'naam' in feature.properties && 'inwoners' in feature.properties) {
      const [lng, lat] = geometry.coordinates as [number, number];
      labels.push({ name: feature.properties.naam, lng, lat, people: feature.properties.inwoners });
    }
  }
  const d = rings.map((ring) => `M${ring.map(([lng, lat]) => `${x(lng).toFixed(1)} ${y(lat).toFixed(1)}`).join('L')}Z`).join('');
  node('path', { d, fill: '#f4f1ea', stroke: '#7a7a7a', 'stroke-width': 0.6, 'fill-rule': 'evenodd' }, svg);
  // Names in view and not on the dot (the dot is what the map is for).
  const inView = labels.filter((place) => x(place.lng) > 12 && x(place.lng) < 88 && y(place.lat) > 8 && y(place.lat) < 96 && Math.hypot(x(place.lng) - VIEW / 2, y(place.lat) - VIEW / 2) > 12);
  for (const place of inView.sort((a, b) => b.people - a.people).slice(0, 4)) {
    node('text', { x: x(place.lng).toFixed(1), y: y(place.lat).toFixed(1), 'font-size': 6, 'text-anchor': 'middle', fill: '#333' }, svg).textContent = place.name;
  }
  node('circle', { cx: VIEW / 2, cy: VIEW / 2, r: 4, fill: '#c00', stroke: '#fff', 'stroke-width': 1.5 }, svg);
  return svg;
}
