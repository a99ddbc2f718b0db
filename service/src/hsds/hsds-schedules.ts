import type { Offer } from '@sek/contract';
import { hsdsId } from './hsds-ids.js';

/** HSDS objects are loose JSON; we read them defensively and let zod judge the result. */
export type Json = Record<string, unknown>;

const WEEKDAY_TO_RRULE = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' } as const;
export const RRULE_TO_WEEKDAY: Record<string, string> = Object.fromEntries(Object.entries(WEEKDAY_TO_RRULE).map(([k, v]) => [v, k]));

export const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as Json[]) : []);
export const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
/** A trimmed non-empty string; numbers (CSV cells, loose feeds) as their text. */
export const str = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * HSDS schedules: one per session (RFC 5545 style: `freq` + `interval`, `byday` such as `WE` or
 * `3WE`, `dtstart` fixing the weeks of "every other week"; `opens_at`/`closes_at` in Dutch local
 * time). Without fixed times, one schedule with the dates and the text.
 */
export function offerSchedulesToHsds(offer: Offer, serviceId: string): Json[] {
  const { schedule } = offer;
  const common = { service_id: serviceId, valid_from: schedule.startDate, valid_to: schedule.endDate, until: schedule.endDate };
  if (schedule.sessions.length === 0) {
    const weekdays = schedule.weekdays.length ? schedule.weekdays.map((d) => WEEKDAY_TO_RRULE[d]).join(',') : undefined;
    if (!weekdays && !schedule.text && !schedule.startDate && !schedule.endDate) return [];
    return [{ id: hsdsId('schedule', offer.id, 0), ...common, freq: weekdays ? 'WEEKLY' : undefined, byday: weekdays, description: schedule.text }];
  }
  return schedule.sessions.map((session, i) => ({
    id: hsdsId('schedule', offer.id, i + 1),
    ...common,
    freq: session.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY',
    interval: session.frequency === 'biweekly' ? 2 : 1,
    wkst: 'MO',
    dtstart: session.referenceDate,
    byday: session.weekdays.map((d) => `${session.frequency === 'monthly' ? session.weekOfMonth : ''}${WEEKDAY_TO_RRULE[d]}`).join(','),
    opens_at: session.opensAt,
    closes_at: session.closesAt,
    description: i === 0 ? schedule.text : undefined,
  }));
}

/** HSDS times (`10:00`, `10:00:00`, `10:00Z`, `13:30+01:00`) as the wall-clock time they name. */
const clockOf = (value: unknown): string | undefined => str(value)?.match(/^\d{1,2}[:.]\d{2}/)?.[0];

/**
 * SEK sessions from HSDS schedules that have days and times; a monthly `byday` such as `1SA,3SA`
 * becomes one session per week of the month. Anything SEK cannot express (`interval` 3) is passed
 * on as it is, so validation reports it instead of guessing.
 */
export function sessionsFromHsds(schedules: Json[]): Record<string, unknown>[] {
  return schedules.flatMap((schedule) => {
    const byday = (str(schedule.byday) ?? '').split(',').map((d) => d.trim().toUpperCase()).filter(Boolean);
    const opensAt = clockOf(schedule.opens_at);
    const closesAt = clockOf(schedule.closes_at);
    if (byday.length === 0 || !opensAt || !closesAt) return [];
    const interval = typeof schedule.interval === 'number' ? schedule.interval : Number(str(schedule.interval) ?? 1);
    if (str(schedule.freq)?.toUpperCase() === 'MONTHLY') {
      const byWeek = new Map<string, string[]>();
      for (const part of byday) {
        const [, nth = '', day = ''] = /^([+-]?\d)?([A-Z]{2})$/.exec(part) ?? [];
        byWeek.set(nth, [...(byWeek.get(nth) ?? []), RRULE_TO_WEEKDAY[day] ?? day]);
      }
      return [...byWeek].map(([nth, weekdays]) => ({ weekdays, opensAt, closesAt, frequency: 'monthly', weekOfMonth: nth === '' ? undefined : Number(nth) }));
    }
    const weekdays = byday.map((d) => RRULE_TO_WEEKDAY[d] ?? d);
    if (interval === 2) return [{ weekdays, opensAt, closesAt, frequency: 'biweekly', referenceDate: str(schedule.dtstart) }];
    return [{ weekdays, opensAt, closesAt, frequency: interval === 1 || !Number.isFinite(interval) ? 'weekly' : `every ${interval} weeks` }];
  });
}
