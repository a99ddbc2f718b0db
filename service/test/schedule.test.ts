import { describe, expect, it } from 'vitest';
import { OFFER_FIELD_LABELS, Schedule, zodFieldErrors, type Schedule as ScheduleType } from '@sek/contract';
import { dutchDayStart, dutchMoment } from '../src/schedule/dutch-time.js';
import { upcomingSessions } from '../src/schedule/next-sessions.js';

/** Unix seconds of an instant written in UTC. */
const at = (iso: string) => Date.parse(iso) / 1000;
const schedule = (input: unknown): ScheduleType => Schedule.parse(input);
const dates = (s: ScheduleType, nowIso: string, count = 3) => upcomingSessions(s, at(nowIso), count).map((u) => `${u.date} ${u.opensAt}-${u.closesAt}`);

describe('Dutch time from an instant (Europe/Amsterdam, DST-safe)', () => {
  it.each([
    ['2026-03-28T23:30:00Z', '2026-03-29', '00:30'], // after midnight in NL, still Saturday in UTC
    ['2026-03-29T00:30:00Z', '2026-03-29', '01:30'], // CET, half an hour before summer time
    ['2026-03-29T01:30:00Z', '2026-03-29', '03:30'], // CEST: 02:00-03:00 does not exist
    ['2026-10-25T00:30:00Z', '2026-10-25', '02:30'], // CEST, the first 02:30
    ['2026-10-25T01:30:00Z', '2026-10-25', '02:30'], // CET, the second 02:30
    ['2026-07-01T22:15:00Z', '2026-07-02', '00:15'],
  ])('%s is %s %s in the Netherlands', (iso, date, time) => {
    expect(dutchMoment(at(iso))).toEqual({ date, time });
  });

  it('a Dutch day starts at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(new Date(dutchDayStart('2026-01-15') * 1000).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(dutchDayStart('2026-07-15') * 1000).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(new Date(dutchDayStart('2026-03-29') * 1000).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(dutchDayStart('2026-10-26') * 1000).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('the next sessions', () => {
  const sundayEvening = schedule({ sessions: [{ weekdays: ['zo'], opensAt: '18:00', closesAt: '19:00' }] });

  it('on the day summer time starts, a session that runs now counts and one that ended does not', () => {
    // 16:30 UTC is 18:30 CEST: the session runs. (Read as CET it would be 17:30.)
    expect(dates(sundayEvening, '2026-03-29T16:30:00Z', 1)).toEqual(['2026-03-29 18:00-19:00']);
    // 17:30 UTC is 19:30 CEST: ended, next week. (Read as CET, 18:30, it would still run.)
    expect(dates(sundayEvening, '2026-03-29T17:30:00Z', 1)).toEqual(['2026-04-05 18:00-19:00']);
  });

  it('on the day winter time starts, too', () => {
    // 17:30 UTC is 18:30 CET: runs. (Read as CEST, 19:30, it would have ended.)
    expect(dates(sundayEvening, '2026-10-25T17:30:00Z', 1)).toEqual(['2026-10-25 18:00-19:00']);
    expect(dates(sundayEvening, '2026-10-25T18:30:00Z', 1)).toEqual(['2026-11-01 18:00-19:00']);
  });

  it('skips the closed periods (Christmas holiday)', () => {
    const wednesday = schedule({
      sessions: [{ weekdays: ['wo'], opensAt: '13:30', closesAt: '15:30' }],
      closed: [{ from: '2026-12-19', to: '2027-01-03', reason: 'Kerstvakantie' }],
    });
    // Wednesday 16 December, 16:00: today's session has ended; 23 and 30 December are in the holiday.
    expect(dates(wednesday, '2026-12-16T15:00:00Z')).toEqual(['2027-01-06 13:30-15:30', '2027-01-13 13:30-15:30', '2027-01-20 13:30-15:30']);
    // The same Wednesday at 10:00: today's session is still to come.
    expect(dates(wednesday, '2026-12-16T09:00:00Z', 2)).toEqual(['2026-12-16 13:30-15:30', '2027-01-06 13:30-15:30']);
  });

  it('every other week keeps the weeks of its reference date', () => {
    const biweekly = schedule({ sessions: [{ weekdays: ['do'], opensAt: '19:00', closesAt: '21:00', frequency: 'biweekly', referenceDate: '2026-09-03' }] });
    const found = upcomingSessions(biweekly, at('2026-11-22T11:00:00Z'), 6).map((u) => u.date);
    expect(found[0]).toBe('2026-11-26');
    for (const date of found) {
      const weeks = (Date.parse(date) - Date.parse('2026-09-03')) / (7 * 86_400_000);
      expect(Number.isInteger(weeks) && weeks % 2 === 0).toBe(true);
    }
    expect(found).toEqual(['2026-11-26', '2026-12-10', '2026-12-24', '2027-01-07', '2027-01-21', '2027-02-04']);
  });

  it('monthly on the n-th weekday, and on the last one', () => {
    const firstSaturday = schedule({ sessions: [{ weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly', weekOfMonth: 1 }] });
    expect(dates(firstSaturday, '2026-11-22T11:00:00Z').map((d) => d.slice(0, 10))).toEqual(['2026-12-05', '2027-01-02', '2027-02-06']);
    const lastFriday = schedule({ sessions: [{ weekdays: ['vr'], opensAt: '14:00', closesAt: '16:00', frequency: 'monthly', weekOfMonth: -1 }] });
    expect(dates(lastFriday, '2026-11-22T11:00:00Z').map((d) => d.slice(0, 10))).toEqual(['2026-11-27', '2026-12-25', '2027-01-29']);
  });

  it('a course that starts later begins at its start date and stops after its end', () => {
    const course = schedule({ sessions: [{ weekdays: ['ma'], opensAt: '09:30', closesAt: '11:30' }], startDate: '2027-01-11', endDate: '2027-01-25' });
    expect(dates(course, '2026-11-22T11:00:00Z', 5).map((d) => d.slice(0, 10))).toEqual(['2027-01-11', '2027-01-18', '2027-01-25']);
    expect(dates(course, '2027-01-26T11:00:00Z')).toEqual([]);
  });

  it('several sessions on one day come in the order of the clock', () => {
    const twice = schedule({ sessions: [
      { weekdays: ['di'], opensAt: '19:00', closesAt: '21:00' },
      { weekdays: ['di', 'do'], opensAt: '09:30', closesAt: '11:30' },
    ] });
    expect(dates(twice, '2026-11-23T11:00:00Z', 3)).toEqual(['2026-11-24 09:30-11:30', '2026-11-24 19:00-21:00', '2026-11-26 09:30-11:30']);
  });

  it('no fixed times: nothing to compute', () => {
    expect(dates(schedule({ dayParts: ['avond'], text: 'Op afspraak.' }), '2026-11-22T11:00:00Z')).toEqual([]);
  });
});

describe('the schedule model', () => {
  it('derives day parts and weekdays from the times, never typed twice', () => {
    const parsed = schedule({
      sessions: [{ weekdays: ['vr', 'ma'], opensAt: '9.00', closesAt: '17:00' }, { weekdays: ['wo'], opensAt: '17:30', closesAt: '19:00' }],
      dayParts: ['ochtend'], weekdays: ['za'],
    });
    expect(parsed.dayParts).toEqual(['ochtend', 'middag', 'avond']);
    expect(parsed.weekdays).toEqual(['ma', 'wo', 'vr']);
    expect(parsed.sessions[0]).toEqual({ weekdays: ['ma', 'vr'], opensAt: '09:00', closesAt: '17:00', frequency: 'weekly' });
  });

  it('tells in plain words what is wrong with times', () => {
    const result = Schedule.safeParse({
      sessions: [
        { weekdays: ['wo'], opensAt: '15:30', closesAt: '13:30' },
        { weekdays: ['do'], opensAt: '19:00', closesAt: '21:00', frequency: 'biweekly' },
        { weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly' },
        { weekdays: ['vr'], opensAt: '25:00', closesAt: '26:00' },
      ],
      closed: [{ from: '2027-01-01', to: '2026-12-01' }],
    }, { reportInput: true });
    expect(result.success).toBe(false);
    const errors = zodFieldErrors(result.error!, OFFER_FIELD_LABELS, ['schedule']);
    const messages = Object.fromEntries(errors.map((e) => [e.field, e.message.nl]));
    expect(messages['schedule.sessions.0.closesAt']).toMatch(/eindtijd ligt vóór de begintijd/);
    expect(messages['schedule.sessions.1.referenceDate']).toMatch(/Om de week: geef een datum/);
    expect(messages['schedule.sessions.2.weekOfMonth']).toMatch(/welke week/);
    expect(messages['schedule.sessions.3.opensAt']).toBe('De begintijd is geen goede tijd. Schrijf uur:minuten, bijvoorbeeld 13:30 (kolom sessions).');
    expect(messages['schedule.closed.0.to']).toMatch(/einddatum ligt vóór de begindatum/);
  });

  it('closed periods of more than a year together are refused', () => {
    const result = Schedule.safeParse({ closed: [{ from: '2026-01-01', to: '2026-12-31' }, { from: '2027-01-01', to: '2027-01-02' }] });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!, OFFER_FIELD_LABELS, ['schedule'])[0]).toMatchObject({ field: 'schedule.closed', code: 'invalid' });
    expect(Schedule.safeParse({ closed: [{ from: '2026-01-01', to: '2027-01-01' }] }).success).toBe(true);
  });
});
