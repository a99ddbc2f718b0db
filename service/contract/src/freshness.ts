import { z } from 'zod';
import { OutboxMail } from './beheer.js';
import { GemeenteCode, Offer, OfferId } from './offer.js';
import { IsoDate } from './schedule.js';

/**
 * Freshness: every published offer is confirmed by its provider ("Klopt dit nog?") once per
 * interval, or hidden from residents. The policy is set per kaart (`*`) and can be overridden per
 * gemeente; an offer follows the policy of the gemeente of its first place (an online offer: the
 * first gemeente it serves), else the kaart's.
 */
export const FreshnessPolicy = z.object({
  /** How long a confirmation counts: after this, the provider is asked again. */
  intervalMonths: z.number({ error: 'whole_number' }).int('whole_number').min(1).max(36),
  /** Days after the question without an answer: a reminder. */
  reminderDays: z.number({ error: 'whole_number' }).int('whole_number').min(1).max(90),
  /** Days after the question without an answer: the offer is hidden from search (never deleted). */
  graceDays: z.number({ error: 'whole_number' }).int('whole_number').min(2).max(180),
}).strict().refine((policy) => policy.reminderDays < policy.graceDays, { path: ['reminderDays'], message: 'reminder_before_grace' });
export type FreshnessPolicy = z.infer<typeof FreshnessPolicy>;

export const DEFAULT_FRESHNESS_POLICY: FreshnessPolicy = { intervalMonths: 6, reminderDays: 14, graceDays: 28 };

/** `*`: the whole kaart (the beheerder); a gemeente code: that gemeente (its coordinator or the beheerder). */
export const PolicyScope = z.union([z.literal('*'), GemeenteCode]);
export const PolicyParams = z.object({ scope: PolicyScope });

/**
 * Where an offer is in its check:
 * - `due`: its interval passed and no one could be mailed yet (no e-mail address: call them);
 * - `asked`: "Klopt dit nog?" was mailed; `reminded`: the reminder too;
 * - `changing`: the provider chose "Ik wil iets aanpassen" (the change goes to review);
 * - `hidden`: no answer within the grace period; residents no longer see it.
 */
export const FRESHNESS_STATES = ['due', 'asked', 'reminded', 'changing', 'hidden'] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

export const FRESHNESS_EVENTS = ['asked', 'reminded', 'hidden', 'confirmed', 'change', 'stops', 'called', 'no_email'] as const;
export type FreshnessEvent = (typeof FRESHNESS_EVENTS)[number];

/** One offer in the coordinator's view. */
export const FreshnessOffer = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.object({ id: z.string(), name: z.string() }),
  gemeenten: z.array(z.string()),
  /** null: never checked. */
  lastVerified: IsoDate.nullable(),
  state: z.enum(FRESHNESS_STATES),
  /** When "Klopt dit nog?" was mailed (or found without an address). */
  askedAt: z.string().nullable(),
  /** The day it is hidden without an answer (`hidden`: the day it was). */
  hideOn: IsoDate.nullable(),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
});
export type FreshnessOffer = z.infer<typeof FreshnessOffer>;

/** One thing that happened: a mail sent, an answer, a call, an offer hidden. */
export const FreshnessLogEntry = z.object({
  at: z.string(),
  event: z.enum(FRESHNESS_EVENTS),
  offerId: z.string(),
  title: z.string(),
  /** Who: `controle-link` (the provider's answer), `controle` (the job), or a person. */
  by: z.string(),
  mail: OutboxMail.nullable(),
});
export type FreshnessLogEntry = z.infer<typeof FreshnessLogEntry>;

/** Per gemeente: how many published offers there are and how many were confirmed within their interval. */
export const FreshnessShare = z.object({
  gemeente: z.string(),
  name: z.string(),
  offers: z.number().int(),
  current: z.number().int(),
  hidden: z.number().int(),
});
export type FreshnessShare = z.infer<typeof FreshnessShare>;

/** `GET /v1/admin/freshness`: a coordinator's view of their gemeenten (the beheerder: everything). */
export const FreshnessOverview = z.object({
  today: IsoDate,
  smtp: z.boolean(),
  policies: z.array(z.object({ scope: z.string(), name: z.string(), policy: FreshnessPolicy, own: z.boolean() })),
  shares: z.array(FreshnessShare),
  offers: z.array(FreshnessOffer),
  log: z.array(FreshnessLogEntry),
});
export type FreshnessOverview = z.infer<typeof FreshnessOverview>;

export const FreshnessQuery = z.object({ gemeente: GemeenteCode.optional() }).strict();
/** `POST /v1/admin/freshness/send`: "verstuur nu" to one provider (their open offers in scope). */
export const SendNowRequest = z.object({ organizationId: OfferId }).strict();
/** `POST /v1/admin/freshness/called`: the coordinator phoned and the offer is still right. */
export const CalledRequest = z.object({ offerId: OfferId }).strict();
export const FreshnessResult = z.object({ mails: z.number().int(), offers: z.number().int() });
export type FreshnessResult = z.infer<typeof FreshnessResult>;
/** What one run of the job did. */
export const FreshnessRun = z.object({ ran: z.boolean(), asked: z.number().int(), reminded: z.number().int(), hidden: z.number().int(), mails: z.number().int() });
export type FreshnessRun = z.infer<typeof FreshnessRun>;

// ---- The provider's side: the page a "Klopt dit nog?" link opens ----

const CheckToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'submission_link');
export const CHECK_ANSWERS = ['yes', 'change', 'stops'] as const;
export type CheckAnswerKind = (typeof CHECK_ANSWERS)[number];

/** `POST /v1/checks/open`: what the link shows (nothing changes). */
export const CheckLink = z.object({ token: CheckToken }).strict();
/** `POST /v1/checks/answer`: the provider's answer; "stops" needs the last day. */
export const CheckAnswer = z.object({
  token: CheckToken,
  answer: z.enum(CHECK_ANSWERS),
  endDate: IsoDate.optional(),
}).strict().refine((body) => body.answer !== 'stops' || body.endDate, { path: ['endDate'], message: 'end_date_needed' });
export type CheckAnswer = z.infer<typeof CheckAnswer>;

export const OpenedCheck = z.object({ offer: Offer, today: IsoDate, hidden: z.boolean() });
export type OpenedCheck = z.infer<typeof OpenedCheck>;

export const CheckResult = z.object({
  answer: z.enum(CHECK_ANSWERS),
  message: z.object({ nl: z.string(), en: z.string() }),
  /** "change": the secret of the form's change link (`/aanmelden/#wijzigen=`). */
  changeToken: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;
