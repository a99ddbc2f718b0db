import type { Offer } from '../api/search-client.js';
import type { Lang } from '../i18n/strings.js';
import { DAY_PART_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS, WEEKDAY_LABELS } from '@sek/contract/vocabulary';

export { DAY_PART_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS };

type LabelMap = Readonly<Record<string, { readonly nl: string; readonly en: string }>>;

/** The label of a vocabulary value in the UI language; the raw value if unknown. */
export function label(map: LabelMap, value: string, lang: Lang): string {
  return map[value]?.[lang] ?? value;
}

/** "Elke dinsdag van 19.00 tot 21.00 uur." or, without text, "Dinsdag · 's Avonds". */
export function formatWhen(offer: Offer, lang: Lang): string {
  if (offer.schedule.text) return offer.schedule.text;
  const days = offer.schedule.weekdays.map((d) => label(WEEKDAY_LABELS, d, lang));
  const parts = offer.schedule.dayParts.map((d) => label(DAY_PART_LABELS, d, lang).toLowerCase());
  return [days.join(', '), parts.join(', ')].filter(Boolean).join(' · ');
}

/** A date for residents: "6 maart 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "€ 10" / "€ 2,50" */
export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}
