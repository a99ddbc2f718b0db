import type { Offer } from '../api/search-client.js';
import type { UpcomingSession } from '@sek/contract';
import type { Lang, Strings } from '../i18n/strings.js';
import { formatDate } from './format-date.js';
import { formatClosed, formatJoining, formatNextSession, formatSessions } from './format-schedule.js';
import { DAY_PART_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS, WEEKDAY_LABELS } from '@sek/contract/vocabulary';

export { DAY_PART_LABELS, KAART_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS };
export { formatDate };

type LabelMap = Readonly<Record<string, { readonly nl: string; readonly en: string }>>;

/** The label of a vocabulary value in the UI language; the raw value if unknown. */
export function label(map: LabelMap, value: string, lang: Lang): string {
  return map[value]?.[lang] ?? value;
}

/**
 * When, in one line for the list: the next session ("Vandaag, 13.30–15.30 uur"); without one, the
 * schedule's own words or its days and day parts ("Dinsdag · 's avonds").
 */
export function formatWhen(offer: Pick<Offer, 'schedule'>, upcoming: readonly UpcomingSession[], today: string, t: Strings, lang: Lang): string {
  const next = upcoming[0];
  if (next) return formatNextSession(next, today, t, lang);
  const fixed = formatSessions(offer.schedule, t, lang);
  if (fixed.length) return fixed.join(' ');
  if (offer.schedule.text) return offer.schedule.text;
  const days = offer.schedule.weekdays.map((d) => label(WEEKDAY_LABELS, d, lang));
  const parts = offer.schedule.dayParts.map((d) => label(DAY_PART_LABELS, d, lang).toLowerCase());
  return [days.join(', '), parts.join(', ')].filter(Boolean).join(' · ');
}

/** Everything about when, for the detail and the print: next session, fixed times, breaks, joining, the schedule's own words. */
export function whenLines(offer: Offer, upcoming: readonly UpcomingSession[], today: string, t: Strings, lang: Lang): string[] {
  const { schedule } = offer;
  const fixed = formatSessions(schedule, t, lang);
  return [
    ...(upcoming[0] ? [formatNextSession(upcoming[0], today, t, lang)] : []),
    ...(fixed.length ? fixed : [formatWhen(offer, [], today, t, lang)].filter((line) => line !== schedule.text)),
    ...formatClosed(schedule, today, t, lang),
    ...formatJoining(schedule, today, t, lang),
    ...(schedule.text ? [schedule.text] : []),
  ].filter(Boolean);
}

/** "€ 10" / "€ 2,50" */
export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}

/** "€ 10 voor de hele cursus", without saying the amount twice when the description already does. */
export function costText(cost: Offer['cost'], t: Strings, lang: Lang): string {
  const amount = cost.amountEur !== undefined ? t.paidCost(formatEuro(cost.amountEur, lang)) : '';
  const description = cost.description ?? '';
  if (amount && description.replace(/\s/g, '').includes(amount.replace(/\s/g, ''))) return description;
  return `${amount} ${description}`.trim();
}

/** The alert after a "Tijdelijk gesloten" label, without saying it twice ("Tijdelijk gesloten tot 1 januari"). */
export function alertText(offer: Offer, t: Strings): { label: string; text: string } {
  const text = offer.alert ?? '';
  const label = offer.status === 'temporarily-closed' && !text.toLowerCase().startsWith(t.temporarilyClosed.toLowerCase()) ? `${t.temporarilyClosed}: ` : '';
  return { label, text };
}
