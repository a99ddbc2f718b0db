import type { Schedule, Session, UpcomingSession } from '@sek/contract';
import { addDays, dutchMoment, isLastOfMonth, weekdayOf, weekOfMonthOf, weekParity } from './dutch-time.js';

/** How far ahead to look for a next session: beyond a summer break and a course that starts next year. */
export const LOOK_AHEAD_DAYS = 400;

/** Whether a session takes place on a date by its own rule (weekday, every other week, n-th of the month). */
export function sessionOccursOn(session: Session, date: string): boolean {
  const weekday = weekdayOf(date);
  if (!session.weekdays.includes(weekday)) return false;
  switch (session.frequency) {
    case 'weekly': return true;
    case 'biweekly': return weekParity(date) === weekParity(session.referenceDate!);
    case 'monthly': return session.weekOfMonth === -1 ? isLastOfMonth(date) : weekOfMonthOf(date) === session.weekOfMonth;
  }
}

/** Whether the schedule allows sessions on a date: within its start and end, and not in a closed period. */
export function scheduleRunsOn(schedule: Schedule, date: string): boolean {
  if (schedule.startDate && date < schedule.startDate) return false;
  if (schedule.endDate && date > schedule.endDate) return false;
  return !schedule.closed.some((period) => date >= period.from && date <= period.to);
}

/**
 * The next sessions that have not ended at `nowSeconds`, in Dutch time, earliest first.
 * A session that runs now counts ("vandaag tot 15.30"); one that ended today does not.
 */
export function upcomingSessions(schedule: Schedule, nowSeconds: number, count: number): UpcomingSession[] {
  if (schedule.sessions.length === 0 || count <= 0) return [];
  const now = dutchMoment(nowSeconds);
  const found: UpcomingSession[] = [];
  const first = schedule.startDate && schedule.startDate > now.date ? schedule.startDate : now.date;
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS && found.length < count; offset++) {
    const date = addDays(first, offset);
    if (schedule.endDate && date > schedule.endDate) break;
    if (!scheduleRunsOn(schedule, date)) continue;
    const today = schedule.sessions
      .filter((session) => sessionOccursOn(session, date) && (date > now.date || session.closesAt > now.time))
      .map((session) => ({ date, weekday: weekdayOf(date), opensAt: session.opensAt, closesAt: session.closesAt }))
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt));
    for (const session of today) {
      if (found.length < count && !found.some((f) => f.date === session.date && f.opensAt === session.opensAt && f.closesAt === session.closesAt)) found.push(session);
    }
  }
  return found;
}
