import type { BoundariesResponse } from '@sek/contract';
import type { WholeHit } from '../api/search-client.js';
import { adoptPrintStyles, element } from '../actions/print-offers.js';
import { costText, formatDate, label, TARGET_GROUP_LABELS, whenLines } from '../format/format-offer.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { ListStrings } from './list-strings.js';
import { miniMapSvg } from './mini-map.js';
import { qrSvg } from './qr-code.js';

/** What the professional typed: it stays in the browser and only ever reaches the printed page. */
export interface ClientFields {
  firstName: string;
  /** `YYYY-MM-DD`, and `HH:MM`. */
  date: string;
  time: string;
  note: string;
}

export interface Letter {
  kind: 'verwijsbrief' | 'lijstje';
  hits: WholeHit[];
  client: ClientFields;
  today: string;
  /** The link that opens each offer in this kaart (what its QR code holds). */
  links: Map<string, string>;
  /** The surroundings of each hit's place for its small map (null: no map for it). */
  maps: Map<string, BoundariesResponse | null>;
}

/** One A4 page for three offers (more flow onto a second): 9.5 pt, the map and the QR code beside each offer's facts. */
const LETTER_CSS = `
  @page { size: A4; margin: 1cm 1.2cm; }
  body { font: 9.5pt/1.3 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #000; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 0.1cm; }
  .intro p { margin: 0 0 0.05cm; }
  .note { white-space: pre-wrap; border-inline-start: 3px solid #000; padding-inline-start: 0.25cm; }
  section { break-inside: avoid; border-top: 1px solid #888; padding-top: 0.15cm; margin-top: 0.2cm; display: grid; grid-template-columns: 1fr 2.8cm 2.5cm; gap: 0.3cm; }
  h2 { font-size: 11.5pt; margin: 0 0 0.05cm; }
  dl { display: grid; grid-template-columns: 7.4em 1fr; gap: 0 0.25cm; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  figure { margin: 0; font-size: 7pt; text-align: center; }
  figure svg { width: 100%; height: auto; display: block; }
  footer { margin-top: 0.3cm; font-size: 7.5pt; color: #444; }
`;

/** "donderdag 3 december 2026": an appointment needs its weekday. */
const dayAndDate = (isoDate: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** Fills the print document of the referral letter (or a resident's list). Text goes through textContent only. */
export function fillLetter(doc: Document, letter: Letter, t: Strings, s: ListStrings, lang: Lang): void {
  const { client } = letter;
  const heading = letter.kind === 'lijstje' ? s.myList : client.firstName.trim() ? s.letterFor(client.firstName.trim()) : s.letterTitle;
  doc.documentElement.lang = lang;
  element(doc, 'title', heading, doc.head);
  adoptPrintStyles(doc, LETTER_CSS);
  element(doc, 'h1', heading, doc.body);
  const intro = element(doc, 'div', undefined, doc.body);
  intro.className = 'intro';
  element(doc, 'p', s.intro, intro);
  if (client.date) element(doc, 'p', s.appointmentOn(dayAndDate(client.date, lang), lang === 'nl' ? client.time.replace(':', '.') : client.time), intro);
  if (client.note.trim()) element(doc, 'p', client.note.trim(), intro).className = 'note';
  element(doc, 'p', s.made(formatDate(letter.today, lang)), intro);

  for (const hit of letter.hits) {
    const { offer, location } = hit;
    const section = element(doc, 'section', undefined, doc.body);
    section.className = 'offer';
    const facts = element(doc, 'div', undefined, section);
    element(doc, 'h2', offer.title, facts);
    const list = element(doc, 'dl', undefined, facts);
    const row = (term: string, value: string | string[] | undefined) => {
      const lines = (Array.isArray(value) ? value : [value]).filter((line) => line);
      if (!lines.length) return;
      element(doc, 'dt', term, list);
      const dd = element(doc, 'dd', undefined, list);
      for (const line of lines) element(doc, 'div', line, dd);
    };
    row(s.what, offer.summary);
    row(s.forWhom, offer.targetGroups.length && !offer.targetGroups.includes('iedereen') ? offer.targetGroups.map((group) => label(TARGET_GROUP_LABELS, group, lang)).join(', ') : s.everyone);
    row(s.where, location ? `${location.name ? `${location.name}, ` : ''}${location.address.street}, ${location.address.postcode} ${location.address.place}` : t.onlineHeading);
    row(s.when, whenLines(offer, hit.upcoming, letter.today, t, lang));
    row(s.cost, offer.cost.free ? t.freeCost : costText(offer.cost, t, lang));
    row(s.bring, offer.bring.join(', '));
    row(s.askFor, s.askForText(offer.title, offer.provider.name));
    row(s.contact, [offer.contact.phone, offer.contact.email, offer.contact.url].filter(Boolean).join(' · '));
    if (offer.alert) row(t.temporarilyClosed, offer.alert);

    const surroundings = letter.maps.get(hit.id);
    const mapFigure = element(doc, 'figure', undefined, section);
    if (location && surroundings) {
      mapFigure.append(miniMapSvg(doc, location, surroundings, s.mapOf(location.address.place)));
      element(doc, 'figcaption', s.mapCredit, mapFigure);
    }
    const qrFigure = element(doc, 'figure', undefined, section);
    qrFigure.append(qrSvg(doc, letter.links.get(offer.id) ?? '', s.scan));
    element(doc, 'figcaption', s.scan, qrFigure);
  }
  element(doc, 'footer', t.attribution, doc.body);
}
