import { encode } from 'uqr';
import { svgNode } from './svg-node.js';

/**
 * A QR code as an SVG element (one path of dark modules on white, with the quiet zone), made with
 * DOM calls so it works under a strict Content-Security-Policy. Error correction M: a creased or
 * slightly smudged printout still scans.
 */
export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const svg = svgNode(doc, 'svg', { viewBox: `0 0 ${size} ${size}`, class: 'qr', role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' });
  svgNode(doc, 'rect', { width: size, height: size, fill: '#fff' }, svg);
  svgNode(doc, 'path', { fill: '#000', d: data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('') }, svg);
  return svg;
}
