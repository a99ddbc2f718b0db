const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes, made with DOM calls (nothing parsed: fine under a strict CSP), appended to `parent` if given. */
export function svgNode<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.append(element);
  return element;
}
