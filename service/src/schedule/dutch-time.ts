import { WEEKDAYS, type Weekday } from '@sek/contract';

/**
 * Calendar arithmetic in Dutch time (Europe/Amsterdam). Sessions are wall-clock times ("every
 * Wednesday at 13.30"), so everything is computed on local dates and times; only "now" is turned
 * from an instant into local time, by the platform's time-zone database (DST-safe).
 */

/** A moment as people in the Netherlands read it on the clock. */
export interface DutchMoment {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
}

const DUTCH_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The last moment asked for: a search asks for the same "now" once per hit. */
let last: { unixSeconds: number; moment: DutchMoment } | undefined;

/** The Dutch date and time at a unix time in seconds. */
export function dutchMoment(unixSeconds: number): DutchMoment {
  if (last?.unixSeconds === unixSeconds) return { ...last.moment };
  const parts = Object.fromEntries(DUTCH_CLOCK.formatToParts(new Date(unixSeconds * 1000)).map((part) => [part.type, part.value]));
  const moment = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  last = { unixSeconds, moment };
  return { ...moment };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (no time zone involved: a date is a date). */
export const epochDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => fromEpochDay(epochDay(date) + days);

/** The weekday of a date; 1970-01-01 was a Thursday. */
export const weekdayOf = (date: string): Weekday => WEEKDAYS[(((epochDay(date) + 3) % 7) + 7) % 7]!;

/** 0 or 1: which of two alternating weeks (Monday to Sunday) a date is in; "every other week" keeps one. */
export const weekParity = (date: string): 0 | 1 => (Math.floor((epochDay(date) + 3) / 7) % 2 === 0 ? 0 : 1);

/** Which occurrence of its weekday in the month a date is: 1 to 5. */
export const weekOfMonthOf = (date: string): number => Math.ceil(Number(date.slice(8, 10)) / 7);

/** Whether a date is the last of its weekday in its month. */
export const isLastOfMonth = (date: string): boolean => addDays(date, 7).slice(5, 7) !== date.slice(5, 7);

/** `20261125`: a date as a number, for filters that compare dates. */
export const dayNumber = (date: string): number => Number(date.replace(/-/g, ''));

/** The Sunday that ends the week (Monday to Sunday) of a date. */
export const endOfWeek = (date: string): string => addDays(date, 6 - WEEKDAYS.indexOf(weekdayOf(date)));

/** The unix time (seconds) at which a Dutch day starts: 00:00 in Amsterdam is 23:00 or 22:00 UTC the day before. */
export function dutchDayStart(date: string): number {
  const midnightUtc = epochDay(date) * 86_400;
  for (const offsetHours of [1, 2]) {
    const candidate = midnightUtc - offsetHours * 3600;
    const moment = dutchMoment(candidate);
    if (moment.date === date && moment.time === '00:00') return candidate;
  }
  throw new Error(`no Dutch midnight on ${date}`);
}
