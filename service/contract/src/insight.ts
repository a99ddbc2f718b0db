import { z } from 'zod';
import { GemeenteCode, OfferId } from './offer.js';
import { QueryBoolean, single } from './query-params.js';
import { IsoDate } from './schedule.js';
import { ThemeSlug } from './theme-schema.js';

/**
 * Insight for coordinators and gemeenten: what residents search for (counted per day, gemeente and
 * theme when the search happens; no query log), where nothing is near (white spots), what is on
 * offer, and which offers are handed over. Nothing here identifies a resident.
 */

/** A report period: a year (`2026`) or a quarter (`2026-K3`). */
export const ReportPeriod = z.string().regex(/^20\d\d(-K[1-4])?$/, 'period');

/** Distance bands of the white-spot map, in km; `verder` is further than the last (or nothing at all). */
export const DISTANCE_BANDS = ['2', '5', '10', 'verder'] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number];

/** The tables of the report, each downloadable as CSV. */
export const INSIGHT_TABLES = ['zoekvragen', 'zoekvragen-per-maand', 'zoekwoorden', 'witte-vlekken', 'aanbod', 'nieuw-gestopt', 'doorverwijzingen'] as const;
export type InsightTable = (typeof INSIGHT_TABLES)[number];

/** `GET /v1/admin/insight`: one gemeente (default: the coordinator's first) over one period (default: this quarter). */
export const InsightQuery = z.object({
  gemeente: single(GemeenteCode.optional()),
  periode: single(ReportPeriod.optional()),
}).strict();
export type InsightQuery = z.infer<typeof InsightQuery>;

/** `GET /v1/admin/insight/white-spots`: per PC4 area of the gemeente, how far the nearest matching offer is. */
export const WhiteSpotQuery = InsightQuery.extend({
  /** Only offers with this theme (absent: any theme). */
  theme: single(ThemeSlug.optional()),
  free: QueryBoolean,
  /** Only offers with an evening session. */
  evening: QueryBoolean,
}).strict();
export type WhiteSpotQuery = z.infer<typeof WhiteSpotQuery>;

/** `GET /v1/admin/insight/csv`: one table of the report as CSV. */
export const InsightCsvQuery = WhiteSpotQuery.extend({ table: single(z.enum(INSIGHT_TABLES)) }).strict();
export type InsightCsvQuery = z.infer<typeof InsightCsvQuery>;

export const NamedGemeente = z.object({ code: z.string(), name: z.string() });
export type NamedGemeente = z.infer<typeof NamedGemeente>;

export const PeriodInfo = z.object({ id: z.string(), label: z.string(), from: IsoDate, to: IsoDate });
export type PeriodInfo = z.infer<typeof PeriodInfo>;

const Count = z.number().int().min(0);

/** Searches, those that found nothing, and those that found fewer than 3 offers. */
export const SearchCounts = z.object({ searches: Count, zeroResults: Count, fewResults: Count });
export type SearchCounts = z.infer<typeof SearchCounts>;

export const Demand = SearchCounts.extend({
  /** Per theme chosen (`''`: no theme chosen); a search with two themes counts for both. */
  byTheme: z.array(SearchCounts.extend({ theme: z.string() })),
  byMonth: z.array(SearchCounts.extend({ month: z.string() })),
  /** Searches that asked for free offers, an evening, or online only. */
  filters: z.object({ free: Count, evening: Count, onlineOnly: Count }),
  /** Normalised search words with their count; only words searched often enough per week in the gemeente are ever stored. */
  words: z.array(z.object({ word: z.string(), searches: Count })),
});
export type Demand = z.infer<typeof Demand>;

export const SupplyCounts = z.object({
  /** Offers with a place in the gemeente. */
  located: Count,
  /** Online offers that serve the gemeente. */
  online: Count,
  free: Count,
  evening: Count,
});
export type SupplyCounts = z.infer<typeof SupplyCounts>;

export const Supply = SupplyCounts.extend({
  offers: Count,
  byTheme: z.array(SupplyCounts.extend({ theme: z.string(), offers: Count })),
  /** Organisations with at least one published offer here. */
  providers: Count,
  /** Published offers here, and those confirmed within their check interval; hidden: no answer to "Klopt dit nog?". */
  freshness: z.object({ offers: Count, current: Count, hidden: Count }),
  /** Per month of the period: offers added, stopped (removed, ended or set to stopped), and hidden for want of an answer. */
  byMonth: z.array(z.object({ month: z.string(), added: Count, stopped: Count, hidden: Count })),
});
export type Supply = z.infer<typeof Supply>;

export const Referrals = z.object({
  print: Count,
  share: Count,
  byOffer: z.array(z.object({ offerId: z.string(), title: z.string(), themes: z.array(z.string()), print: Count, share: Count })),
});
export type Referrals = z.infer<typeof Referrals>;

/** `GET /v1/admin/insight`: the report of one gemeente over one period. */
export const InsightReport = z.object({
  gemeente: NamedGemeente,
  /** The gemeenten this person may choose. */
  gemeenten: z.array(NamedGemeente),
  period: PeriodInfo,
  periods: z.array(PeriodInfo),
  /** A word is stored only once it was searched this many times in a week in one gemeente. */
  minWordSearches: z.number().int(),
  demand: Demand,
  supply: Supply,
  referrals: Referrals,
});
export type InsightReport = z.infer<typeof InsightReport>;

export const WhiteSpotArea = z.object({
  postcode4: z.string(),
  woonplaats: z.string(),
  lat: z.number(),
  lng: z.number(),
  /** Kilometres to the nearest matching offer (as the crow flies, from the area's centre); null: none at all. */
  km: z.number().nullable(),
  band: z.enum(DISTANCE_BANDS),
  nearest: z.object({ id: z.string(), title: z.string(), place: z.string() }).nullable(),
  /** Searches from this area in the period that found nothing (for this theme when one is chosen). */
  zeroResults: Count,
});
export type WhiteSpotArea = z.infer<typeof WhiteSpotArea>;

/** `GET /v1/admin/insight/white-spots`. */
export const WhiteSpots = z.object({
  gemeente: NamedGemeente,
  period: PeriodInfo,
  theme: z.string().nullable(),
  free: z.boolean(),
  evening: z.boolean(),
  /** Matching offers with a place, anywhere in the country (distances cross gemeente borders). */
  offers: Count,
  /** [west, south, east, north] of the gemeente. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  areas: z.array(WhiteSpotArea),
});
export type WhiteSpots = z.infer<typeof WhiteSpots>;

/** Referral actions the widget counts. */
export const REFERRAL_ACTIONS = ['print', 'share'] as const;

/** `POST /v1/referrals`: offers were printed or shared; counted per day, offer and gemeente, nothing about a person. */
export const ReferralEvent = z.object({
  action: z.enum(REFERRAL_ACTIONS),
  offers: z.array(OfferId).min(1).max(200),
}).strict();
export type ReferralEvent = z.infer<typeof ReferralEvent>;
