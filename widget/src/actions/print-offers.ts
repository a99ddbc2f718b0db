import type { SearchHit, SearchResponse, WholeHit } from '../api/search-client.js';
import { wholeHits } from '../api/hit-from-offer.js';
import type { SearchState } from '../state/search-state.js';
import { THEMES } from '@sek/contract/themes';
import { WHEN_LABELS } from '@sek/contract/vocabulary';
import type { Lang, Strings } from '../i18n/strings.js';
import { costText, DAY_PART_LABELS, formatDate, label, OFFER_KIND_LABELS, TARGET_GROUP_LABELS, whenLines } from '../format/format-offer.js';

import { countReferral } from './count-referral.js';

const PRINT_CSS = `
  body { font: 12pt/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #000; margin: 1.5cm; }
  h1 { font-size: 16pt; margin: 0 0 0.2cm; }
  .searched { margin: 0 0 0.5cm; }
  .searched p { margin: 0; }
  h2 { font-size: 13pt; margin: 0.6cm 0 0.15cm; }
  section { break-inside: avoid; border-top: 1px solid #999; padding-top: 0.3cm; }
  dl { display: grid; grid-template-columns: 9em 1fr; gap: 0.1cm 0.4cm; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  footer { margin-top: 1cm; font-size: 9pt; color: #444; }
`;

/** What the printed page says at the top: where, what was chosen, and the day it was made. */
export interface PrintContext {
  lines: string[];
}

export function element(doc: Document, tag: string, text?: string, parent?: Element): HTMLElement {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

/**
 * Styles the print document with a constructed stylesheet: a strict Content-Security-Policy
 * (`style-src 'self'`, which the srcdoc frame inherits from the host page) blocks a `<style>` element
 * but not a stylesheet built through the CSSOM.
 */
export function adoptPrintStyles(doc: Document, css = PRINT_CSS): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}

/** Fills a print document with one offer per section. All text goes through textContent: nothing is parsed as HTML. */
export function fillPrintDocument(doc: Document, heading: string, hits: WholeHit[], today: string, t: Strings, lang: Lang, context?: PrintContext): void {
  doc.documentElement.lang = lang;
  element(doc, 'title', heading, doc.head);
  adoptPrintStyles(doc);
  element(doc, 'h1', heading, doc.body);
  if (context?.lines.length) {
    const searched = element(doc, 'div', undefined, doc.body);
    searched.className = 'searched';
    for (const line of context.lines) element(doc, 'p', line, searched);
  }
  for (const { offer, location, upcoming } of hits) {
    const section = element(doc, 'section', undefined, doc.body);
    element(doc, 'h2', offer.title, section);
    element(doc, 'p', offer.summary, section);
    const list = element(doc, 'dl', undefined, section);
    const row = (term: string, value: string | undefined) => {
      if (!value) return;
      element(doc, 'dt', term, list);
      element(doc, 'dd', value, list);
    };
    row(t.provider, offer.provider.name);
    row(t.where, location ? `${location.name ? `${location.name}, ` : ''}${location.address.street}, ${location.address.postcode} ${location.address.place}` : t.onlineHeading);
    row(t.when, whenLines(offer, upcoming, today, t, lang).join(' '));
    row(t.cost, offer.cost.free ? t.freeCost : costText(offer.cost, t, lang));
    row(t.bring, offer.bring.join(', '));
    row(t.contact, [offer.contact.phone, offer.contact.email, offer.contact.url].filter(Boolean).join(' · '));
    if (offer.alert) row(t.temporarilyClosed, offer.alert);
    element(doc, 'p', t.verified(offer.lastVerified && formatDate(offer.lastVerified, lang)), section);
  }
  element(doc, 'footer', t.attribution, doc.body);
}

/**
 * Prints a document from a hidden iframe, so the host page and the widget's controls stay out of
 * the print; `fill` builds it (with DOM calls only: nothing is parsed as HTML). The iframe removes
 * itself after printing.
 */
export function printFrame(fill: (doc: Document) => void): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0;visibility:hidden';
  frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
  frame.addEventListener('load', () => {
    const win = frame.contentWindow;
    if (!win) return;
    fill(win.document);
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
  }, { once: true });
  document.body.append(frame);
  return frame;
}

/**
 * Prints a clean page with the given offers. The print is counted for the coordinators (offer ids
 * only) unless `host` says `referral-count="off"`.
 */
export function printOffers(host: Element, heading: string, hits: WholeHit[], today: string, t: Strings, lang: Lang, context?: PrintContext): HTMLIFrameElement {
  countReferral(host, 'print', hits.map((hit) => hit.offer.id));
  return printFrame((doc) => fillPrintDocument(doc, heading, hits, today, t, lang, context));
}

/**
 * Prints a search's whole list (the places and the online offers given) with their whole offers,
 * fetched by id (a search hit holds only what the list shows), under what was searched.
 */
export async function printList(host: Element, api: string, heading: string, hits: SearchHit[], response: SearchResponse, choices: SearchState, today: string, t: Strings, lang: Lang): Promise<void> {
  const whole = await wholeHits(api, hits);
  const lines = searchSummary(response, choices, whole.filter((hit) => hit.location).length, today, t, lang);
  printOffers(host, heading, whole, today, t, lang, { lines });
}

/** What was searched, in plain words, for the top of a printed list. */
export function searchSummary(response: SearchResponse, choices: SearchState, printed: number, today: string, t: Strings, lang: Lang): string[] {
  const place = response.center ? (response.center.kind === 'region' ? t.inRegion(response.center.label) : t.nearLabel(response.center.label)) : '';
  const themes = choices.themes.map((slug) => THEMES.find((theme) => theme.slug === slug)?.label[lang] ?? slug);
  const filters = [
    ...(choices.free ? [t.free] : []),
    ...(choices.when ? [label(WHEN_LABELS, choices.when, lang)] : []),
    ...choices.dayParts.map((part) => label(DAY_PART_LABELS, part, lang)),
    ...(choices.online === 'only' ? [t.onlineOnly] : choices.online === 'exclude' ? [t.onlineExclude] : []),
    ...choices.targetGroups.map((group) => label(TARGET_GROUP_LABELS, group, lang)),
    ...choices.kinds.map((kind) => label(OFFER_KIND_LABELS, kind, lang)),
    ...(choices.q.trim() ? [`"${choices.q.trim()}"`] : []),
  ];
  return [
    ...(place ? [t.printSearchedNear(place, response.radiusKm)] : []),
    ...(themes.length ? [t.printThemes(themes.join(', '))] : []),
    ...(filters.length ? [t.printFilters(filters.join(', '))] : []),
    t.resultCount(response.total, response.online.total),
    ...(printed < response.total ? [t.printFirst(printed, response.total)] : []),
    t.printMade(formatDate(today, lang)),
  ];
}
