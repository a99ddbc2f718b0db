import type { Schedule, Session, WhenChoice } from '@sek/contract';
import {
  addDays, dayNumber, dutchMoment, endOfWeek, epochDay, fromEpochDay, isLastOfMonth, weekdayOf, weekOfMonthOf, weekParity,
} from '../schedule/dutch-time.js';

/**
 * "Vandaag" and "deze week" as Meilisearch filters that never go stale. A search document does not
 * list dates (those would need re-indexing every night); it lists each session's rule as a token,
 * and a search asks for the tokens that fall on the days it means:
 *   `wo` every Wednesday · `wo_w1` Wednesdays of odd weeks (every other week) · `wo_m3` the 3rd
 *   Wednesday of the month · `wo_mL` the last one.
 * Each token maps to the latest closing time of its sessions (`1530`), so "vandaag" can leave out
 * what has already ended. Start, end and closed days are plain numbers (`20261125`).
 */
export interface SessionFields {
  /** Token → latest closing time as HHMM. Empty without fixed times. */
  sessionEnds: Record<string, number>;
  /** First and last day with sessions as YYYYMMDD (0 and 99991231 when open-ended). */
  runsFrom: number;
  runsUntil: number;
  /** Every closed day as YYYYMMDD. */
  closedDays: number[];
}

const clockNumber = (time: string): number => Number(time.replace(':', ''));

function tokensOfSession(session: Session): string[] {
  return session.weekdays.map((day) => {
    if (session.frequency === 'biweekly') return `${day}_w${weekParity(session.referenceDate!)}`;
    if (session.frequency === 'monthly') return `${day}_m${session.weekOfMonth === -1 ? 'L' : session.weekOfMonth}`;
    return day;
  });
}

/** The tokens whose sessions fall on a date. */
export function tokensOfDate(date: string): string[] {
  const day = weekdayOf(date);
  const tokens = [day, `${day}_w${weekParity(date)}`];
  const nth = weekOfMonthOf(date);
  if (nth <= 4) tokens.push(`${day}_m${nth}`);
  if (isLastOfMonth(date)) tokens.push(`${day}_mL`);
  return tokens;
}

export function sessionFields(schedule: Schedule): SessionFields {
  const sessionEnds: Record<string, number> = {};
  for (const session of schedule.sessions) {
    for (const token of tokensOfSession(session)) sessionEnds[token] = Math.max(sessionEnds[token] ?? 0, clockNumber(session.closesAt));
  }
  const closedDays = new Set<number>();
  for (const period of schedule.closed) {
    for (let day = epochDay(period.from); day <= epochDay(period.to); day++) closedDays.add(dayNumber(fromEpochDay(day)));
  }
  return {
    sessionEnds,
    runsFrom: schedule.startDate ? dayNumber(schedule.startDate) : 0,
    runsUntil: schedule.endDate ? dayNumber(schedule.endDate) : 99_991_231,
    closedDays: [...closedDays].sort((a, b) => a - b),
  };
}

/** Sessions on `date`; on today only those that end after `afterTime`. */
function dayCondition(date: string, afterTime?: string): string {
  const day = dayNumber(date);
  const ends = tokensOfDate(date).map((token) => (afterTime ? `sessionEnds.${token} > ${clockNumber(afterTime)}` : `sessionEnds.${token} EXISTS`));
  return `(runsFrom <= ${day} AND runsUntil >= ${day} AND NOT closedDays = ${day} AND (${ends.join(' OR ')}))`;
}

/**
 * The filter for "vandaag" (a session today that has not ended) or "deze week" (that, or a session
 * on a later day through Sunday), at `nowSeconds` in Dutch time. Temporarily closed offers have none.
 */
export function whenFilter(choice: WhenChoice, nowSeconds: number): string[] {
  const now = dutchMoment(nowSeconds);
  const days = [dayCondition(now.date, now.time)];
  if (choice === 'deze-week') {
    for (let date = addDays(now.date, 1); date <= endOfWeek(now.date); date = addDays(date, 1)) days.push(dayCondition(date));
  }
  return ['status = "active"', `(${days.join(' OR ')})`];
}
