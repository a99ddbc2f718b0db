import type { FieldError } from './errors.js';
import type { ClosedPeriod, Session } from './schedule.js';
import { WEEKDAYS, type Weekday } from './vocabulary.js';

/**
 * Fixed times and closed periods in one spreadsheet cell each, in words a coordinator can type
 * (docs/import-csv.md). Several values are separated by `|`:
 *
 *   sessions:  `wo 13:30-15:30` · `di,do 09:30-11:30` · `do 19:00-21:00 om de week vanaf 2026-09-03`
 *              · `za 10:00-12:00 1e van de maand` · `vr 14:00-16:00 laatste van de maand`
 *   closed:    `2026-12-19 t/m 2027-01-03 Kerstvakantie`
 */

/** A cell that does not follow the syntax: reported for the record, with an example of what works. */
export class ScheduleCellError extends Error {
  constructor(readonly fieldError: FieldError) {
    super(fieldError.message.en);
  }
}

const TIME = String.raw`(\d{1,2}[:.]\d{2})`;
const SESSION = new RegExp(
  String.raw`^([a-z]{2}(?:\s*,\s*[a-z]{2})*)\s+${TIME}\s*-\s*${TIME}` +
  String.raw`(?:\s+(?:om de week vanaf (\d{4}-\d{2}-\d{2})|(?:(\d)e|(laatste)) van de maand))?$`,
  'i',
);
const CLOSED = /^(\d{4}-\d{2}-\d{2})\s*(?:t\/m|tot en met|\/)\s*(\d{4}-\d{2}-\d{2})(?:\s+(.+))?$/i;

/** The input shape of a session (times as typed; the schema normalises and checks them). */
type SessionInput = Omit<Session, 'weekOfMonth'> & { weekOfMonth?: number };

function cellError(column: 'sessions' | 'closed', value: string): ScheduleCellError {
  const example = column === 'sessions'
    ? { nl: 'wo 13:30-15:30, of: do 19:00-21:00 om de week vanaf 2026-09-03, of: za 10:00-12:00 1e van de maand', en: 'wo 13:30-15:30, or: do 19:00-21:00 om de week vanaf 2026-09-03, or: za 10:00-12:00 1e van de maand' }
    : { nl: '2026-12-19 t/m 2027-01-03 Kerstvakantie', en: '2026-12-19 t/m 2027-01-03 Kerstvakantie' };
  return new ScheduleCellError({
    field: column === 'sessions' ? 'schedule.sessions' : 'schedule.closed',
    code: 'invalid_format',
    message: {
      nl: `Deze tijden kunnen we niet lezen: "${value}". Schrijf bijvoorbeeld: ${example.nl} (kolom ${column}).`,
      en: `These times cannot be read: "${value}". Write for example: ${example.en} (column ${column}).`,
    },
  });
}

export function parseSessions(parts: string[]): SessionInput[] {
  return parts.map((part) => {
    const match = SESSION.exec(part.trim());
    const days = match?.[1]!.toLowerCase().split(',').map((day) => day.trim());
    if (!match || !days!.every((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day))) throw cellError('sessions', part);
    const [, , opensAt, closesAt, referenceDate, nth, last] = match;
    const base = { weekdays: days as Weekday[], opensAt: opensAt!, closesAt: closesAt! };
    if (referenceDate) return { ...base, frequency: 'biweekly', referenceDate };
    if (nth || last) return { ...base, frequency: 'monthly', weekOfMonth: last ? -1 : Number(nth) };
    return { ...base, frequency: 'weekly' };
  });
}

export function parseClosedPeriods(parts: string[]): Partial<ClosedPeriod>[] {
  return parts.map((part) => {
    const match = CLOSED.exec(part.trim());
    if (!match) throw cellError('closed', part);
    return { from: match[1], to: match[2], ...(match[3] ? { reason: match[3].trim() } : {}) };
  });
}

export function formatSession(session: Session): string {
  const base = `${session.weekdays.join(',')} ${session.opensAt}-${session.closesAt}`;
  if (session.frequency === 'biweekly') return `${base} om de week vanaf ${session.referenceDate}`;
  if (session.frequency === 'monthly') return `${base} ${session.weekOfMonth === -1 ? 'laatste' : `${session.weekOfMonth}e`} van de maand`;
  return base;
}

export function formatClosedPeriod(period: ClosedPeriod): string {
  return `${period.from} t/m ${period.to}${period.reason ? ` ${period.reason}` : ''}`;
}
