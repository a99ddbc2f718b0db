import { WEEKDAYS, type PeriodInfo } from '@sek/contract';
import { addDays, epochDay, weekdayOf } from '../schedule/dutch-time.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINALS = ['1e', '2e', '3e', '4e'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A report period by its id: a year (`2026`) or a quarter (`2026-K3`), with its first and last day and
 * a Dutch name ("3e kwartaal 2026").
 */
export function reportPeriod(id: string): PeriodInfo {
  const [yearText, quarterText] = id.split('-K');
  const year = Number(yearText);
  if (!quarterText) return { id, label: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
  const quarter = Number(quarterText);
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    id, label: `${ORDINALS[quarter - 1]} kwartaal ${year}`,
    from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${pad(lastDayOf(year, firstMonth + 2))}`,
  };
}

/** The quarter a day is in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-K${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** What a coordinator can choose: this quarter and the three before it, this year and last year. */
export function recentPeriods(today: string): PeriodInfo[] {
  const quarters: string[] = [];
  let day = today;
  for (let i = 0; i < 4; i++) {
    const quarter = quarterOf(day);
    quarters.push(quarter);
    day = addDays(reportPeriod(quarter).from, -1);
  }
  const year = Number(today.slice(0, 4));
  return [...quarters, String(year), String(year - 1)].map(reportPeriod);
}

/** The months of a period, `YYYY-MM`, with their Dutch names. */
export function monthsOf(period: PeriodInfo): { month: string; label: string }[] {
  const months: { month: string; label: string }[] = [];
  for (let date = period.from; date <= period.to; date = addDays(`${date.slice(0, 7)}-${pad(lastDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`, 1)) {
    months.push({ month: date.slice(0, 7), label: `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` });
  }
  return months;
}

/**
 * The ISO week of a day (`2026-W48`): weeks start on Monday, week 1 holds the year's first Thursday.
 * Search words are counted per week.
 */
export function isoWeek(date: string): string {
  const weekday = WEEKDAYS.indexOf(weekdayOf(date));
  const thursday = addDays(date, 3 - weekday);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((epochDay(thursday) - epochDay(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The ISO weeks that overlap a period (a week across its edge counts in both periods). */
export function weeksOf(period: PeriodInfo): string[] {
  const weeks = new Set<string>();
  for (let date = period.from; date <= period.to; date = addDays(date, 1)) weeks.add(isoWeek(date));
  return [...weeks];
}
