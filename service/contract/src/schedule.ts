import { z } from 'zod';
import {
  DAY_PART_HOURS, DAY_PARTS, SESSION_FREQUENCIES, WEEKDAYS, WEEKS_OF_MONTH, type DayPart,
} from './vocabulary.js';

/**
 * When an offer takes place, aligned with Open Referral HSDS 3.0 `schedule` (one session here is
 * one HSDS schedule: `byday`, `opens_at`, `closes_at`, `freq` + `interval`, `dtstart`;
 * the schedule's start and end are `valid_from` / `valid_to`). All times are local Dutch time
 * (Europe/Amsterdam): a session at 13.30 is at 13.30 in summer and in winter.
 */

/** ISO date `YYYY-MM-DD` that exists on the calendar. */
export const IsoDate = z.iso.date('date');

/** A time of day: `13:30`, also written `13.30` or `9:30`; stored as `HH:MM`. */
export const ClockTime = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'time')
  .transform((value) => value.replace('.', ':').padStart(5, '0'));

/**
 * One recurring session: on these weekdays, from `opensAt` to `closesAt`.
 * `biweekly` needs a `referenceDate` (a day it takes place, which fixes the weeks: HSDS `dtstart`);
 * `monthly` needs `weekOfMonth` (HSDS `byday` such as `3WE`, or `-1FR` for the last Friday).
 */
export const Session = z
  .object({
    weekdays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
    opensAt: ClockTime,
    closesAt: ClockTime,
    frequency: z.enum(SESSION_FREQUENCIES).default('weekly'),
    referenceDate: IsoDate.optional(),
    weekOfMonth: z.literal(WEEKS_OF_MONTH).optional(),
  })
  .superRefine((session, ctx) => {
    if (session.closesAt <= session.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closes_before_opens' });
    if (session.frequency === 'biweekly' && !session.referenceDate) ctx.addIssue({ code: 'custom', path: ['referenceDate'], message: 'biweekly_needs_date' });
    if (session.frequency === 'monthly' && session.weekOfMonth === undefined) ctx.addIssue({ code: 'custom', path: ['weekOfMonth'], message: 'monthly_needs_week' });
  })
  // One meaning, one shape: a weekly session carries no reference date or week of the month.
  .transform(({ referenceDate, weekOfMonth, ...session }) => ({
    ...session,
    weekdays: WEEKDAYS.filter((day) => session.weekdays.includes(day)),
    ...(session.frequency === 'biweekly' ? { referenceDate } : {}),
    ...(session.frequency === 'monthly' ? { weekOfMonth } : {}),
  }));
export type Session = z.infer<typeof Session>;

/** A period without sessions, such as a school holiday; both days included. */
export const ClosedPeriod = z
  .object({
    from: IsoDate,
    to: IsoDate,
    reason: z.string().trim().min(2).max(80).optional(),
  })
  .refine((period) => period.to >= period.from, { message: 'end_before_start', path: ['to'] });
export type ClosedPeriod = z.infer<typeof ClosedPeriod>;

/** Closed periods together cover at most a year; an offer closed longer is inactive. */
export const MAX_CLOSED_DAYS = 366;

const DAY_MS = 86_400_000;
/** Days from `from` through `to`, both included. */
export const daysInPeriod = (period: Pick<ClosedPeriod, 'from' | 'to'>): number =>
  Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS) + 1;

/** The day parts a session's times overlap. */
export function dayPartsOf(session: Pick<Session, 'opensAt' | 'closesAt'>): DayPart[] {
  return DAY_PARTS.filter((part) => session.opensAt < DAY_PART_HOURS[part].to && session.closesAt > DAY_PART_HOURS[part].from);
}

export const Schedule = z
  .object({
    /** Fixed times. When given, `dayParts` and `weekdays` follow from them. */
    sessions: z.array(Session).max(14).default([]),
    /** Without fixed times ("op afspraak"): when it usually is. */
    dayParts: z.array(z.enum(DAY_PARTS)).max(3).default([]),
    weekdays: z.array(z.enum(WEEKDAYS)).max(7).default([]),
    /** The first day (a course's start); before it there are no sessions. */
    startDate: IsoDate.optional(),
    /** The last day; after it the offer is no longer shown. */
    endDate: IsoDate.optional(),
    /** No sessions in these periods (school holidays, a summer break). */
    closed: z.array(ClosedPeriod).max(30).default([]),
    /** Whether people must sign up first ("aanmelden nodig"); absent: not said. */
    registrationRequired: z.boolean().optional(),
    /** Whether people can join at any time, or only at the start; absent: not said. */
    joinAnytime: z.boolean().optional(),
    /** The times in words, for what the fields cannot say. */
    text: z.string().trim().max(300).optional(),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.startDate && schedule.endDate && schedule.endDate < schedule.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
    }
    const closedDays = schedule.closed.reduce((sum, period) => sum + Math.max(0, daysInPeriod(period)), 0);
    if (closedDays > MAX_CLOSED_DAYS) ctx.addIssue({ code: 'custom', path: ['closed'], message: 'closed_too_long' });
  })
  // Day parts and weekdays are derived from fixed times, never typed twice.
  .transform((schedule) => (schedule.sessions.length === 0 ? schedule : {
    ...schedule,
    dayParts: DAY_PARTS.filter((part) => schedule.sessions.some((session) => dayPartsOf(session).includes(part))),
    weekdays: WEEKDAYS.filter((day) => schedule.sessions.some((session) => session.weekdays.includes(day))),
  }));
export type Schedule = z.infer<typeof Schedule>;

/** A schedule that says nothing yet (a new object each time: callers may fill it). */
export const emptySchedule = (): Schedule => ({ sessions: [], dayParts: [], weekdays: [], closed: [] });

/** One upcoming session, in local time (Europe/Amsterdam). */
export const UpcomingSession = z.object({
  date: IsoDate,
  weekday: z.enum(WEEKDAYS),
  opensAt: z.string(),
  closesAt: z.string(),
});
export type UpcomingSession = z.infer<typeof UpcomingSession>;
