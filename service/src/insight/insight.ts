import { sql, type Kysely } from 'kysely';
import type {
  Demand, InsightQuery, InsightReport, NamedGemeente, PeriodInfo, ReferralEvent, Referrals, Supply, WhiteSpotQuery, WhiteSpots,
} from '@sek/contract';
import { outsideScope } from '../accounts/authenticate.js';
import type { Principal } from '../accounts/principal.js';
import { guardedDb } from '../database/database-errors.js';
import type { DatabaseSchema } from '../database/schema.js';
import { InvalidInputError } from '../domain-errors.js';
import type { Freshness } from '../freshness/freshness.js';
import type { GeoData } from '../geo/geo-data.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import { monthsOf, quarterOf, recentPeriods, reportPeriod, weeksOf } from './report-period.js';
import { areasOf, matchingOfferPoints, nearestPoints } from './white-spots.js';

export interface InsightDeps {
  db: Kysely<DatabaseSchema>;
  geo: GeoData;
  freshness: Pick<Freshness, 'shares'>;
  /** Unix seconds. */
  now: () => number;
  minWordSearches: number;
}

/** How many search words and referred offers a report lists at most (the CSV has the same). */
const TOP = 50;

const n = (value: string | number | null | undefined) => Number(value ?? 0);
/** The gemeenten an offer counts for: its places, else (online) the gemeenten it serves. */
const areaOf = sql`case when o.has_location then o.gemeenten else o.service_gemeenten end`;

/**
 * The coordinator's evidence: what residents searched for and did not find, where nothing is near,
 * what is on offer, which offers were handed over. Everything for one gemeente, which a coordinator
 * must hold (a beheerder may pick any); read from aggregates only.
 */
export class Insight {
  constructor(private readonly deps: InsightDeps) {}

  private today(): string {
    return dutchMoment(this.deps.now()).date;
  }

  private name(code: string): string {
    return this.deps.geo.gemeenten.get(code)?.name ?? code;
  }

  /** Which gemeente and period are asked for, checked against what this person may see. */
  private async scope(who: Principal, query: InsightQuery): Promise<{ gemeente: NamedGemeente; gemeenten: NamedGemeente[]; period: PeriodInfo }> {
    if (who.role === 'aanbieder') throw outsideScope();
    if (query.gemeente && who.role === 'coordinator' && !who.gemeenten.includes(query.gemeente)) throw outsideScope();
    if (query.gemeente && !this.deps.geo.gemeenten.has(query.gemeente)) {
      throw new InvalidInputError([{ field: 'gemeente', code: 'unknown_region', message: { nl: `Deze gemeentecode kennen we niet: ${query.gemeente}.`, en: `Unknown gemeente code: ${query.gemeente}.` } }]);
    }
    const codes = who.role === 'coordinator' ? who.gemeenten : await this.gemeentenWithOffers();
    const gemeenten = codes.map((code) => ({ code, name: this.name(code) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const code = query.gemeente ?? gemeenten[0]?.code;
    if (!code) {
      throw new InvalidInputError([{ field: 'gemeente', code: 'required', message: { nl: 'Kies een gemeente.', en: 'Choose a gemeente.' } }]);
    }
    return { gemeente: { code, name: this.name(code) }, gemeenten, period: reportPeriod(query.periode ?? quarterOf(this.today())) };
  }

  private async gemeentenWithOffers(): Promise<string[]> {
    const result = await guardedDb(() => sql<{ code: string }>`
      select distinct g as code from offers o, unnest(${areaOf}) as g where o.publication = 'published' order by 1 limit 400`.execute(this.deps.db));
    return result.rows.map((row) => row.code);
  }

  /** The report of one gemeente over one period. */
  async report(who: Principal, query: InsightQuery): Promise<InsightReport> {
    const { gemeente, gemeenten, period } = await this.scope(who, query);
    const [demand, supply, referrals] = await Promise.all([this.demand(gemeente.code, period), this.supply(gemeente.code, period), this.referrals(gemeente.code, period)]);
    return { gemeente, gemeenten, period, periods: recentPeriods(this.today()), minWordSearches: this.deps.minWordSearches, demand, supply, referrals };
  }

  private async demand(gemeente: string, period: PeriodInfo): Promise<Demand> {
    const { db } = this.deps;
    const inPeriod = sql`s.gemeente = ${gemeente} and s.day between ${period.from}::date and ${period.to}::date`;
    const sums = sql`sum(s.searches) as searches, sum(s.zero_results) as zero, sum(s.few_results) as few`;
    const counts = (row: { searches: string | null; zero: string | null; few: string | null }) => ({ searches: n(row.searches), zeroResults: n(row.zero), fewResults: n(row.few) });
    type Sums = { searches: string | null; zero: string | null; few: string | null };
    const [totals, byTheme, byMonth, words] = await guardedDb(() => Promise.all([
      sql<Sums & { free: string | null; evening: string | null; online_only: string | null }>`
        select ${sums},
          sum(s.searches) filter (where s.free) as free,
          sum(s.searches) filter (where 'avond' = any(string_to_array(s.day_part, ','))) as evening,
          sum(s.searches) filter (where s.online = 'only') as online_only
        from search_stats s where ${inPeriod}`.execute(db),
      sql<Sums & { theme: string }>`
        select t as theme, ${sums}
        from search_stats s, unnest(case when s.theme = '' then array[''] else string_to_array(s.theme, ',') end) as t
        where ${inPeriod} group by t order by sum(s.searches) desc, t`.execute(db),
      sql<Sums & { month: string }>`
        select to_char(s.day, 'YYYY-MM') as month, ${sums} from search_stats s where ${inPeriod} group by 1 order by 1`.execute(db),
      sql<{ word: string; searches: string }>`
        select w.word, sum(w.searches) as searches from search_words w
        where w.gemeente = ${gemeente} and w.week = any(${weeksOf(period)}::text[])
        group by w.word order by sum(w.searches) desc, w.word limit ${TOP}`.execute(db),
    ]));
    const total = totals.rows[0]!;
    const months = new Map(byMonth.rows.map((row) => [row.month, counts(row)]));
    return {
      ...counts(total),
      byTheme: byTheme.rows.map((row) => ({ theme: row.theme, ...counts(row) })),
      byMonth: monthsOf(period).map(({ month }) => ({ month, ...(months.get(month) ?? { searches: 0, zeroResults: 0, fewResults: 0 }) })),
      filters: { free: n(total.free), evening: n(total.evening), onlineOnly: n(total.online_only) },
      words: words.rows.map((row) => ({ word: row.word, searches: n(row.searches) })),
    };
  }

  private async supply(gemeente: string, period: PeriodInfo): Promise<Supply> {
    const { db } = this.deps;
    const today = this.today();
    const here = sql`(
      select o.id, o.organization_id, o.data,
        o.gemeenten && ${[gemeente]}::text[] as located,
        coalesce((o.data->>'online')::boolean, false) and (o.service_national or o.service_gemeenten && ${[gemeente]}::text[]) as online,
        coalesce((o.data->'cost'->>'free')::boolean, false) as free,
        coalesce(o.data->'schedule'->'dayParts' ? 'avond', false) as evening
      from offers o
      where o.publication = 'published' and o.status <> 'inactive' and (o.expires_on is null or o.expires_on >= ${today}::date)
    )`;
    const counts = sql`count(*) as offers, count(*) filter (where h.located) as located, count(*) filter (where h.online) as online,
      count(*) filter (where h.free) as free, count(*) filter (where h.evening) as evening`;
    type Counts = { offers: string; located: string; online: string; free: string; evening: string };
    const supplyCounts = (row: Counts) => ({ located: n(row.located), online: n(row.online), free: n(row.free), evening: n(row.evening) });
    const inGemeente = (column: string) => sql`(jsonb_path_exists(${sql.ref(column)}, '$.locations[*].address.gemeenteCode ? (@ == $g)', jsonb_build_object('g', ${gemeente}::text))
      or coalesce(${sql.ref(column)}->'serviceArea'->'gemeenten' ? ${gemeente}, false))`;
    const month = (column: string) => sql`to_char((${sql.ref(column)} at time zone 'Europe/Amsterdam'), 'YYYY-MM')`;
    const within = (column: string) => sql`(${sql.ref(column)} at time zone 'Europe/Amsterdam')::date between ${period.from}::date and ${period.to}::date`;

    const [totals, byTheme, added, stopped, ended, hidden, shares] = await guardedDb(() => Promise.all([
      sql<Counts & { providers: string }>`select ${counts}, count(distinct h.organization_id) as providers from ${here} as h where h.located or h.online`.execute(db),
      sql<Counts & { theme: string }>`
        select t as theme, ${counts} from ${here} as h, jsonb_array_elements_text(h.data->'themes') as t
        where h.located or h.online group by t order by count(*) desc, t`.execute(db),
      sql<{ month: string; count: string }>`
        select ${month('h.changed_at')} as month, count(distinct h.offer_id) as count from offer_history h
        where h.action = 'create' and ${within('h.changed_at')} and ${inGemeente('h.after')} group by 1`.execute(db),
      sql<{ month: string; count: string }>`
        select ${month('h.changed_at')} as month, count(distinct h.offer_id) as count from offer_history h
        where ${within('h.changed_at')} and (
          (h.action = 'delete' and ${inGemeente('h.before')})
          or (h.action = 'update' and h.after->>'status' = 'inactive' and h.before->>'status' <> 'inactive' and ${inGemeente('h.after')}))
        group by 1`.execute(db),
      sql<{ month: string; count: string }>`
        select to_char(o.expires_on, 'YYYY-MM') as month, count(*) as count from offers o
        where o.expires_on between ${period.from}::date and least(${period.to}::date, ${today}::date) and ${areaOf} && ${[gemeente]}::text[] group by 1`.execute(db),
      sql<{ month: string; count: string }>`
        select ${month('l.at')} as month, count(distinct l.offer_id) as count from freshness_log l
        where l.event = 'hidden' and ${within('l.at')} and l.gemeenten && ${[gemeente]}::text[] group by 1`.execute(db),
      this.deps.freshness.shares([gemeente]),
    ]));
    const byMonth = (rows: { month: string; count: string }[]) => new Map(rows.map((row) => [row.month, n(row.count)]));
    const [addedBy, stoppedBy, endedBy, hiddenBy] = [added.rows, stopped.rows, ended.rows, hidden.rows].map(byMonth) as [Map<string, number>, Map<string, number>, Map<string, number>, Map<string, number>];
    const total = totals.rows[0]!;
    const share = shares[0];
    return {
      offers: n(total.offers),
      ...supplyCounts(total),
      byTheme: byTheme.rows.map((row) => ({ theme: row.theme, offers: n(row.offers), ...supplyCounts(row) })),
      providers: n(total.providers),
      freshness: { offers: share?.offers ?? 0, current: share?.current ?? 0, hidden: share?.hidden ?? 0 },
      byMonth: monthsOf(period).map(({ month: m }) => ({
        month: m, added: addedBy.get(m) ?? 0, stopped: (stoppedBy.get(m) ?? 0) + (endedBy.get(m) ?? 0), hidden: hiddenBy.get(m) ?? 0,
      })),
    };
  }

  private async referrals(gemeente: string, period: PeriodInfo): Promise<Referrals> {
    const rows = await guardedDb(() => sql<{ offer_id: string; title: string | null; themes: string[] | null; print: string; share: string }>`
      select r.offer_id, o.data->>'title' as title, array(select jsonb_array_elements_text(o.data->'themes')) as themes,
        coalesce(sum(r.count) filter (where r.action = 'print'), 0) as print, coalesce(sum(r.count) filter (where r.action = 'share'), 0) as share
      from referral_counts r left join offers o on o.id = r.offer_id
      where r.gemeente = ${gemeente} and r.day between ${period.from}::date and ${period.to}::date
      group by r.offer_id, o.data order by sum(r.count) desc, r.offer_id`.execute(this.deps.db));
    const byOffer = rows.rows.map((row) => ({
      offerId: row.offer_id, title: row.title ?? '(niet meer in de kaart)', themes: row.themes ?? [], print: n(row.print), share: n(row.share),
    }));
    return { print: byOffer.reduce((sum, row) => sum + row.print, 0), share: byOffer.reduce((sum, row) => sum + row.share, 0), byOffer: byOffer.slice(0, TOP) };
  }

  /** Per PC4 area of the gemeente: the nearest matching offer, across gemeente borders, and the searches from there that found nothing. */
  async whiteSpots(who: Principal, query: WhiteSpotQuery): Promise<WhiteSpots> {
    const { gemeente, period } = await this.scope(who, query);
    const free = query.free === true;
    const evening = query.evening === true;
    const areas = areasOf(this.deps.geo, [gemeente.code]);
    const postcodes = areas.map((area) => area.postcode4);
    const [points, zero] = await Promise.all([
      matchingOfferPoints(this.deps.db, { ...(query.theme ? { theme: query.theme } : {}), free, evening, today: this.today() }),
      guardedDb(() => sql<{ pc4: string; zero: string }>`
        select s.pc4, sum(s.zero_results) as zero from search_stats s
        where s.pc4 = any(${postcodes}::text[]) and s.day between ${period.from}::date and ${period.to}::date
          ${query.theme ? sql`and ${query.theme} = any(string_to_array(s.theme, ','))` : sql``}
        group by s.pc4`.execute(this.deps.db)),
    ]);
    const [south, west, north, east] = this.deps.geo.gemeenten.get(gemeente.code)!.bbox;
    return {
      gemeente, period, theme: query.theme ?? null, free, evening, offers: new Set(points.map((point) => point.id)).size,
      bbox: [west, south, east, north],
      areas: nearestPoints(areas, points, new Map(zero.rows.map((row) => [row.pc4, n(row.zero)]))),
    };
  }

  /**
   * Counts a print or share from the widget: per day, offer and each gemeente it counts for
   * (`''`: nationwide). Unknown or unpublished offers are not counted. Nothing about the person.
   */
  async countReferral(event: ReferralEvent): Promise<void> {
    const day = this.today();
    await guardedDb(() => sql`
      insert into referral_counts as r (day, offer_id, gemeente, action, count)
      select ${day}::date, o.id, g, ${event.action}, 1
      from offers o, unnest(case when cardinality(${areaOf}) = 0 then array[''] else ${areaOf} end) as g
      where o.id = any(${[...new Set(event.offers)]}::text[]) and o.publication = 'published'
      on conflict (day, offer_id, gemeente, action) do update set count = r.count + 1`.execute(this.deps.db));
  }
}
