import type { SearchHit } from '../api/search-client.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { formatDate, formatEuro, whenLines } from '../format/format-offer.js';

const PRINT_CSS = `
  body { font: 12pt/1.45 system-ui, sans-serif; color: #000; margin: 1.5cm; }
  h1 { font-size: 16pt; margin: 0 0 0.5cm; }
  h2 { font-size: 13pt; margin: 0.6cm 0 0.15cm; }
  section { break-inside: avoid; border-top: 1px solid #999; padding-top: 0.3cm; }
  dl { display: grid; grid-template-columns: 9em 1fr; gap: 0.1cm 0.4cm; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  footer { margin-top: 1cm; font-size: 9pt; color: #444; }
`;

function element(doc: Document, tag: string, text?: string, parent?: Element): HTMLElement {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

/** Fills a print document with one offer per section. All text goes through textContent: nothing is parsed as HTML. */
export function fillPrintDocument(doc: Document, heading: string, hits: SearchHit[], today: string, t: Strings, lang: Lang): void {
  doc.documentElement.lang = lang;
  element(doc, 'title', heading, doc.head);
  element(doc, 'style', PRINT_CSS, doc.head);
  element(doc, 'h1', heading, doc.body);
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
    row(t.what, offer.provider.name);
    row(t.where, location ? `${location.name ? `${location.name}, ` : ''}${location.address.street}, ${location.address.postcode} ${location.address.place}` : t.onlineHeading);
    row(t.when, whenLines(offer, upcoming, today, t, lang).join(' '));
    row(t.cost, offer.cost.free ? t.freeCost : `${offer.cost.amountEur !== undefined ? t.paidCost(formatEuro(offer.cost.amountEur, lang)) : ''} ${offer.cost.description ?? ''}`.trim());
    row(t.bring, offer.bring.join(', '));
    row(t.contact, [offer.contact.phone, offer.contact.email, offer.contact.url].filter(Boolean).join(' · '));
    if (offer.alert) row(t.temporarilyClosed, offer.alert);
    element(doc, 'p', t.verified(formatDate(offer.lastVerified, lang)), section);
  }
  element(doc, 'footer', t.attribution, doc.body);
}

/**
 * Prints a clean page with the given offers, from a hidden iframe, so the host page and the
 * widget's controls stay out of the print. The iframe removes itself after printing.
 */
export function printOffers(heading: string, hits: SearchHit[], today: string, t: Strings, lang: Lang): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0;visibility:hidden';
  frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
  frame.addEventListener('load', () => {
    const win = frame.contentWindow;
    if (!win) return;
    fillPrintDocument(win.document, heading, hits, today, t, lang);
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
  }, { once: true });
  document.body.append(frame);
  return frame;
}
