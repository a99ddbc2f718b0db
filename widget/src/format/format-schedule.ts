import type { Schedule, UpcomingSession } from '@sek/contract';
import { intlFormat } from './intl-formats.js';
import { WEEKDAY_LABELS } from '@sek/contract/vocabulary';
import type { Lang, Strings } from '../i18n/strings.js';
import { formatDate } from './format-date.js';

/**
 * "When can I go?" in plain sentences. The service computes the next session in Dutch time and
 * says what day it is there (`today`); the widget only words it, so a resident's wrong clock or
 * time zone never moves a session.
 */

const dayName = (day: keyof typeof WEEKDAY_LABELS, lang: Lang) => (lang === 'nl' ? WEEKDAY_LABELS[day].nl.toLowerCase() : WEEKDAY_LABELS[day].en);

const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "woensdag 25 november" (with the year when it is not this year's). */
function dayAndDate(date: string, today: string, lang: Lang): string {
  return intlFormat(Intl.DateTimeFormat, lang, {
    weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC', ...(date.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "Vandaag, 13.30–15.30 uur" · "Morgen, …" · "Volgende keer: woensdag 25 november, 13.30–15.30 uur". */
export function formatNextSession(session: UpcomingSession, today: string, t: Strings, lang: Lang): string {
  const times = t.timeRange(session.opensAt, session.closesAt);
  if (session.date === today) return t.nextToday(times);
  if (session.date === nextDay(today)) return t.nextTomorrow(times);
  return t.nextOn(dayAndDate(session.date, today, lang), times);
}

/** One sentence per fixed time: "Elke woensdag, 13.30–15.30 uur." · "Om de week op donderdag, …" · "Elke 1e zaterdag van de maand, …". */
export function formatSessions(schedule: Schedule, t: Strings, lang: Lang): string[] {
  return schedule.sessions.map((session) => {
    const days = t.dayList(session.weekdays.map((day) => dayName(day, lang)));
    const times = t.timeRange(session.opensAt, session.closesAt);
    if (session.frequency === 'biweekly') return t.everyOtherWeek(days, times);
    if (session.frequency === 'monthly') return t.monthly(session.weekOfMonth ?? 1, days, times);
    return t.everyWeek(days, times);
  });
}

/** Closed periods that are not over yet: "Gesloten van 19 december 2026 tot en met 3 januari 2027 (Kerstvakantie)." */
export function formatClosed(schedule: Schedule, today: string, t: Strings, lang: Lang): string[] {
  return schedule.closed
    .filter((period) => period.to >= today)
    .slice(0, 2)
    .map((period) => t.closedPeriod(formatDate(period.from, lang), formatDate(period.to, lang), period.reason));
}

/** Whether and when people can join, and whether they must sign up. */
export function formatJoining(schedule: Schedule, today: string, t: Strings, lang: Lang): string[] {
  const lines: string[] = [];
  if (schedule.joinAnytime) lines.push(t.joinAnytime);
  else if (schedule.joinAnytime === false && schedule.startDate) {
    lines.push(schedule.startDate > today ? t.startsOn(formatDate(schedule.startDate, lang)) : t.startedOn(formatDate(schedule.startDate, lang)));
  }
  if (schedule.registrationRequired !== undefined) lines.push(schedule.registrationRequired ? t.registrationRequired : t.registrationNotNeeded);
  return lines;
}
