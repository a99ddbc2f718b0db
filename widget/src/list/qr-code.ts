import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code as an SVG element (one path of dark modules on white, with the quiet zone), made with
 * DOM calls so it works under a strict Content-Security-Policy. Error correction M: a creased or
 * slightly smudged printout still scans.
 */
export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = doc.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = doc.createElementNS(SVG, 'path');
  modules.setAttribute('fill', '#000');
  modules.setAttribute('d', data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join(''));
  svg.append(background, modules);
  return svg;
}
