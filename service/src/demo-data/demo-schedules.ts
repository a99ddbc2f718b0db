import type { DayPart, OfferInput, Weekday } from '@sek/contract';
import type { OfferTemplate } from './offer-templates.js';

type ScheduleInput = NonNullable<OfferInput['schedule']>;
type SessionInput = NonNullable<ScheduleInput['sessions']>[number];

/** What a schedule is built from: draws from the generator's main stream (kept as before) and from the offer's own. */
interface Draws {
  dayParts: readonly DayPart[];
  weekdays: Weekday[];
  /** Random numbers of this offer alone (seeded by its id), so adding detail here never shifts other offers. */
  own: { next: () => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean };
}

/** School holidays of 2026-2027 (fictitious kaart, realistic pattern): many groups stop then. */
const HOLIDAYS = [
  { from: '2026-12-19', to: '2027-01-03', reason: 'Kerstvakantie' },
  { from: '2027-02-13', to: '2027-02-21', reason: 'Voorjaarsvakantie' },
  { from: '2027-04-24', to: '2027-05-02', reason: 'Meivakantie' },
  { from: '2027-07-10', to: '2027-08-22', reason: 'Zomervakantie' },
];

const TIMES: Record<DayPart, [string, string][]> = {
  ochtend: [['09:30', '11:30'], ['10:00', '12:00'], ['09:00', '11:00']],
  middag: [['13:30', '15:30'], ['14:00', '16:00'], ['13:00', '15:00']],
  avond: [['19:00', '21:00'], ['19:30', '21:30'], ['18:30', '20:30']],
};

/** A Monday-to-Sunday week in which the offer runs, to fix "every other week". */
const REFERENCE_MONDAYS = ['2026-09-07', '2026-09-14'];
const referenceDate = (monday: string, day: Weekday): string => {
  const offset = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'].indexOf(day);
  return new Date(Date.parse(`${monday}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
};

/** A short extra the times cannot say, by kind of offer. */
const EXTRA_TEXT: Partial<Record<OfferTemplate['kind'], string>> = {
  groep: 'U kunt gewoon binnenlopen.',
  spreekuur: 'U hoeft geen afspraak te maken.',
  informatie: 'U kunt zonder afspraak langskomen.',
};

/**
 * A realistic schedule for a demo offer: fixed times for groups, desk hours and courses (mostly
 * weekly, some every other week or monthly), breaks in the school holidays, courses with a start
 * date and sign-up; one-to-one help "op afspraak" without fixed times.
 */
export function demoSchedule(template: OfferTemplate, draws: Draws): ScheduleInput {
  const { dayParts, weekdays, own } = draws;
  if (template.kind === 'begeleiding' || template.kind === 'online') {
    return {
      dayParts: [...dayParts],
      text: template.kind === 'online' ? 'Wanneer het u uitkomt.' : `U spreekt samen een tijd af, meestal in de ${dayParts.join(' of ')}.`,
      registrationRequired: true,
    };
  }
  const roll = own.next();
  const frequency = template.kind === 'cursus' ? 'weekly' : roll < 0.12 ? 'biweekly' : roll < 0.2 ? 'monthly' : 'weekly';
  const monday = own.pick(REFERENCE_MONDAYS);
  const sessions: SessionInput[] = dayParts.map((part) => {
    const [opensAt, closesAt] = own.pick(TIMES[part]);
    if (frequency === 'biweekly') return { weekdays, opensAt, closesAt, frequency, referenceDate: referenceDate(monday, weekdays[0]!) };
    if (frequency === 'monthly') return { weekdays, opensAt, closesAt, frequency, weekOfMonth: own.pick([1, 2, 3, -1] as const) };
    return { weekdays, opensAt, closesAt };
  });
  const closed = own.chance(0.6) ? HOLIDAYS.filter((h) => h.reason !== 'Meivakantie' || own.chance(0.5)) : own.chance(0.5) ? [HOLIDAYS[0]!] : [];
  if (template.kind === 'cursus') {
    // Klik & Tik-like courses take people in any week; others start in September or January.
    const anytime = template.key === 'klik-tik' || own.chance(0.3);
    const startsInJanuary = !anytime && own.chance(0.4);
    return {
      sessions,
      startDate: startsInJanuary ? '2027-01-11' : '2026-09-01',
      endDate: '2027-07-09',
      closed: closed.filter((h) => h.to < '2027-07-10'),
      registrationRequired: true,
      joinAnytime: anytime,
    };
  }
  return { sessions, closed, registrationRequired: false, text: EXTRA_TEXT[template.kind] };
}
