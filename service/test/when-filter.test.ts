import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer, WhenChoice } from '@sek/contract';
import { dutchMoment, endOfWeek } from '../src/schedule/dutch-time.js';
import { upcomingSessions } from '../src/schedule/next-sessions.js';
import { FIXTURE_GEMEENTEN, fixtureOffers, isVisible } from './helpers/fixture.js';
import { startTestService, type TestService } from './helpers/test-service.js';

/**
 * "Vandaag" and "deze week" run as Meilisearch filters on tokens (no dates in the index); the
 * oracle is the plain next-session computation over the same offers, at moments chosen to be hard:
 * DST days, a school holiday, a course that starts that day, a session that ends at that minute.
 */
const MOMENTS = [
  '2026-11-22T12:00:00Z', // Sunday 13:00
  '2026-11-25T08:00:00Z', // Wednesday 09:00
  '2026-11-25T14:00:00Z', // Wednesday 15:00: sessions until 15:00 have ended, until 15:30 still run
  '2026-11-27T20:30:00Z', // Friday 21:30: an evening that ends at 21:30 has ended
  '2026-12-21T10:00:00Z', // Monday in the Christmas holiday
  '2027-01-11T07:00:00Z', // Monday 08:00: the January courses start today
  '2027-03-28T18:30:00Z', // Sunday, first day of summer time, 20:30 CEST
  '2027-10-31T17:30:00Z', // Sunday, first day of winter time, 18:30 CET
];

let offers: Offer[];
let service: TestService;
let clock = 0;
beforeAll(async () => {
  offers = await fixtureOffers();
  service = await startTestService(offers, { now: () => clock });
});
afterAll(() => service.close());

/** Every search document id the filter should find, computed from the offers themselves. */
function expectedIds(choice: WhenChoice, nowSeconds: number): string[] {
  const today = dutchMoment(nowSeconds).date;
  const lastDay = choice === 'vandaag' ? today : endOfWeek(today);
  return offers
    .filter((offer) => isVisible(offer, today) && offer.status === 'active')
    .filter((offer) => {
      const next = upcomingSessions(offer.schedule, nowSeconds, 1)[0];
      return next !== undefined && next.date <= lastDay;
    })
    .flatMap((offer) => (offer.locations.length ? offer.locations.map((l) => `${offer.id}__${l.id}`) : [`${offer.id}__online`]))
    .sort();
}

async function foundIds(choice: WhenChoice): Promise<{ ids: string[]; today: string; upcomingDates: string[] }> {
  const ids: string[] = [];
  const upcomingDates: string[] = [];
  let today = '';
  for (let page = 1; ; page++) {
    const { status, body } = await service.get(`/v1/search?region=${FIXTURE_GEMEENTEN.join(',')}&when=${choice}&limit=50&page=${page}`);
    expect(status).toBe(200);
    today = body.today;
    const hits = [...body.results, ...(page === 1 ? body.online.results : [])];
    if (page === 1) expect(body.online.results.length).toBe(body.online.total);
    for (const hit of hits) {
      ids.push(hit.id);
      upcomingDates.push(hit.upcoming[0]?.date ?? 'none');
    }
    if (page >= body.totalPages) break;
  }
  return { ids: ids.sort(), today, upcomingDates };
}

describe('"vandaag" and "deze week" find exactly the offers with a session then', () => {
  for (const moment of MOMENTS) {
    for (const choice of ['vandaag', 'deze-week'] as const) {
      it(`${choice} at ${moment}`, async () => {
        clock = Date.parse(moment) / 1000;
        const expected = expectedIds(choice, clock);
        const { ids, today, upcomingDates } = await foundIds(choice);
        expect(today).toBe(dutchMoment(clock).date);
        expect(ids).toEqual(expected);
        // The sentence each hit shows agrees with the filter.
        const lastDay = choice === 'vandaag' ? today : endOfWeek(today);
        for (const date of upcomingDates) expect(date <= lastDay).toBe(true);
      });
    }
  }

  it('the moments are not trivial: together they find offers and leave offers out', async () => {
    let found = 0;
    let left = 0;
    for (const moment of MOMENTS) {
      const now = Date.parse(moment) / 1000;
      found += expectedIds('vandaag', now).length;
      left += offers.length - expectedIds('deze-week', now).length;
    }
    expect(found).toBeGreaterThan(20);
    expect(left).toBeGreaterThan(100);
    // In the Christmas holiday most groups are closed.
    const holiday = expectedIds('vandaag', Date.parse('2026-12-21T10:00:00Z') / 1000).length;
    const normal = expectedIds('vandaag', Date.parse('2026-11-23T10:00:00Z') / 1000).length;
    expect(holiday).toBeLessThan(normal);
  });
});

describe('the next session in the answers', () => {
  it('a hit and the offer detail tell the same next session, in Dutch time', async () => {
    clock = Date.parse('2026-11-25T08:00:00Z') / 1000;
    const { body } = await service.get(`/v1/search?region=${FIXTURE_GEMEENTEN.join(',')}&when=vandaag&limit=5`);
    const hit = body.results[0];
    expect(hit.upcoming[0].date).toBe('2026-11-25');
    const detail = await service.get(`/v1/offers/${hit.offer.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.today).toBe('2026-11-25');
    const offer = offers.find((o) => o.id === hit.offer.id)!;
    expect(detail.body.upcoming).toEqual(upcomingSessions(offer.schedule, clock, 3));
    expect(detail.body.upcoming[0]).toEqual(hit.upcoming[0]);
  });
});
