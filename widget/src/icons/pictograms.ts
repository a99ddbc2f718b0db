import { svg, type SVGTemplateResult } from 'lit';

/**
 * Inline line pictograms (24×24, stroke = currentColor): no icon font, no CDN, and they follow the
 * text colour, also in forced-colors mode. Names match `pictogram` in the theme list.
 */
const PATHS: Record<string, SVGTemplateResult> = {
  book: svg`<path d="M4 5.5C4 4.7 4.7 4 5.5 4H11v15H5.5A1.5 1.5 0 0 1 4 17.5z"/><path d="M20 5.5c0-.8-.7-1.5-1.5-1.5H13v15h5.5c.8 0 1.5-.7 1.5-1.5z"/><path d="M7 8h2M15 8h2M7 11h2M15 11h2"/>`,
  laptop: svg`<rect x="5" y="5" width="14" height="10" rx="1"/><path d="M3 19h18l-2-4H5z"/>`,
  calculator: svg`<rect x="6" y="3" width="12" height="18" rx="2"/><path d="M9 7h6M9 12h.01M12 12h.01M15 12h.01M9 15h.01M12 15h.01M15 15h.01M9 18h.01M12 18h.01M15 18h.01"/>`,
  coins: svg`<ellipse cx="9" cy="7" rx="5" ry="2.5"/><path d="M4 7v4c0 1.4 2.2 2.5 5 2.5s5-1.1 5-2.5V7"/><ellipse cx="15" cy="14" rx="5" ry="2.5"/><path d="M10 14v3.5c0 1.4 2.2 2.5 5 2.5s5-1.1 5-2.5V14"/>`,
  briefcase: svg`<rect x="3" y="7" width="18" height="12" rx="2"/><path d="M9 7V5.5C9 4.7 9.7 4 10.5 4h3c.8 0 1.5.7 1.5 1.5V7M3 12h18"/>`,
  heart: svg`<path d="M12 20s-7-4.4-8.5-9A4.5 4.5 0 0 1 12 7.5 4.5 4.5 0 0 1 20.5 11C19 15.6 12 20 12 20z"/>`,
  family: svg`<circle cx="8" cy="6" r="2.5"/><circle cx="16" cy="6" r="2.5"/><circle cx="12" cy="12" r="1.8"/><path d="M4 20v-5c0-2 1.8-3.5 4-3.5M20 20v-5c0-2-1.8-3.5-4-3.5M9.5 20v-2.5c0-1.4 1.1-2.5 2.5-2.5s2.5 1.1 2.5 2.5V20"/>`,
  house: svg`<path d="M4 11 12 4l8 7"/><path d="M6 9.5V20h12V9.5"/><path d="M10 20v-5h4v5"/>`,
  people: svg`<circle cx="9" cy="8" r="3"/><path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6"/><path d="M15.5 5.5a3 3 0 0 1 0 5.5M18 14.5c1.8.9 3 2.9 3 5.5"/>`,
  flag: svg`<path d="M5 21V4"/><path d="M5 4h12l-2 4 2 4H5"/>`,
  letter: svg`<rect x="3" y="6" width="18" height="13" rx="1.5"/><path d="m3.5 7 8.5 6.5L20.5 7"/>`,
  location: svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v4M12 18v4M2 12h4M18 12h4"/><circle cx="12" cy="12" r="7"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  check: svg`<path d="m5 12 5 5 9-10"/>`,
  print: svg`<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="1.5"/><path d="M7 14h10v7H7z"/>`,
  online: svg`<rect x="4" y="4" width="16" height="12" rx="1.5"/><path d="M9 20h6M12 16v4"/><path d="M8 10h.01M12 10h.01M16 10h.01"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`,
  alert: svg`<path d="M12 3 2 20h20z"/><path d="M12 10v4M12 17h.01"/>`,
};

/**
 * A decorative pictogram (hidden from screen readers: the label next to it carries the meaning).
 * @example html`<button>${pictogram('book')} Taal</button>`
 */
export function pictogram(name: string, size = 24) {
  return svg`<svg class="pictogram" part="pictogram" width=${size} height=${size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[name] ?? PATHS.book}</svg>`;
}

/** Adds pictograms that only a lazy chunk draws (the detail, the steps, the list), so the core bundle does not carry them. */
export function addPictograms(paths: Record<string, SVGTemplateResult>): void {
  Object.assign(PATHS, paths);
}
