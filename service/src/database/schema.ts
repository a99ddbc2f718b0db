import type { ColumnType, Generated, GeneratedAlways, JSONColumnType } from 'kysely';
import type { FreshnessEvent, FreshnessState, Offer, Publication, Role, StepAnswer, SubmissionKind, SubmissionState } from '@sek/contract';
import { HISTORY_ACTIONS } from '@sek/contract';

export { HISTORY_ACTIONS };
export type { Publication };

/**
 * The tables as Kysely sees them. The offer itself is one jsonb column validated by the contract's
 * zod schema (the single definition of an offer); the other columns are what SEK selects and filters on.
 */
export interface DatabaseSchema {
  organizations: OrganizationsTable;
  offers: OffersTable;
  offer_history: OfferHistoryTable;
  projection_outbox: ProjectionOutboxTable;
  search_index_state: SearchIndexStateTable;
  projected_offers: ProjectedOffersTable;
  users: UsersTable;
  login_tokens: LoginTokensTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  mail_outbox: MailOutboxTable;
  audit_log: AuditLogTable;
  submissions: SubmissionsTable;
  freshness_policies: FreshnessPoliciesTable;
  verifications: VerificationsTable;
  check_links: CheckLinksTable;
  freshness_log: FreshnessLogTable;
  search_stats: SearchStatsTable;
  search_words: SearchWordsTable;
  referral_counts: ReferralCountsTable;
  step_overrides: StepOverridesTable;
}


export interface OrganizationsTable {
  id: string;
  name: string;
  website: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OffersTable {
  id: string;
  data: JSONColumnType<Offer>;
  source: string;
  organization_id: string;
  /** The offer's own status: active, temporarily-closed, inactive. */
  status: Offer['status'];
  publication: ColumnType<Publication, Publication | undefined, Publication>;
  /** The gemeenten of its locations. */
  gemeenten: string[];
  /** An online offer's service area. */
  service_gemeenten: string[];
  service_national: boolean;
  has_location: boolean;
  /** `YYYY-MM-DD`; null: not checked yet (an HSDS record without `assured_date`). */
  last_verified: string | null;
  /** Its HSDS ids (UUIDv5 of SEK's ids): the service, its organization, its service_at_locations. */
  hsds_id: string;
  hsds_organization_id: string;
  hsds_location_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** The last day it is valid (validUntil or the schedule's end), `YYYY-MM-DD`. */
  expires_on: string | null;
  version: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Copied from the offer by PostgreSQL, for the management list. */
  title: GeneratedAlways<string>;
  provider_name: GeneratedAlways<string>;
}

export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** Append-only: every change of an offer, who made it, when, why, and the offer before and after. */
export interface OfferHistoryTable {
  id: Generated<string>;
  offer_id: string;
  version: number;
  action: HistoryAction;
  changed_at: Generated<Date>;
  /** `import:<source>`, `admin-token`, `upgrade`, later a user id. */
  changed_by: string;
  reason: string | null;
  before: JSONColumnType<Offer | null, string | null, never>;
  after: JSONColumnType<Offer | null, string | null, never>;
}

/** Offers whose search documents must be written or removed; filled in the same transaction as the change. */
export interface ProjectionOutboxTable {
  id: Generated<string>;
  offer_id: string;
  enqueued_at: Generated<Date>;
}

/** What the search index was built from: the settings and document layout, to rebuild when they change. */
export interface SearchIndexStateTable {
  name: string;
  settings_hash: string;
  built_at: Date;
}

/**
 * The search documents each offer has in the index now, written by the projector once Meilisearch
 * confirms: the next change of the offer deletes the ones it no longer has, without reading the index.
 */
export interface ProjectedOffersTable {
  offer_id: string;
  document_ids: string[];
}

export interface UsersTable {
  id: Generated<string>;
  /** Lower case. */
  email: string;
  name: string;
  role: Role;
  gemeenten: ColumnType<string[], string[] | undefined, string[]>;
  organization_id: string | null;
  created_at: Generated<Date>;
  created_by: string;
  disabled_at: Date | null;
  last_login_at: Date | null;
  /** An aanbieder whose changes are published without review. */
  trusted: ColumnType<boolean, boolean | undefined, boolean>;
}

/** A mailed login link: single use, short-lived; only its hash is kept. */
export interface LoginTokensTable {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

/** A logged-in browser: the hash of the cookie's value, with idle (`last_seen_at`) and absolute expiry. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Every mail SEK writes; without SMTP they wait here for the beheerder (`sent_at` stays empty). */
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
  error: string | null;
}

/** Append-only: every change that is not an offer change (people, tokens, logins, imports). */
export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor: string;
  action: string;
  target: string | null;
  detail: JSONColumnType<Record<string, unknown> | null, string | null, never>;
}

/**
 * An offer a provider proposes (new, a change, a claim), until a coordinator publishes it or sends
 * it back. `offer` is unchecked while it is a draft, checked from `pending` on.
 */
export interface SubmissionsTable {
  id: Generated<string>;
  offer_id: string;
  kind: SubmissionKind;
  /** The version of the stored offer it was made from (a change or claim). */
  base_version: number | null;
  state: SubmissionState;
  offer: JSONColumnType<Record<string, unknown>, string, string>;
  organization_name: string;
  submitter_name: string;
  submitter_email: string;
  submitter_user_id: string | null;
  /** The hash of the secret in the last mailed link; null once used. */
  token_hash: string | null;
  token_purpose: 'confirm' | 'change' | null;
  token_expires_at: Date | null;
  /** The coordinator's message when sending it back. */
  message: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  /** Why an import put it here: SEK could not choose its theme. */
  needs: ColumnType<'onderwerp-kiezen' | null, 'onderwerp-kiezen' | null | undefined, 'onderwerp-kiezen' | null>;
}

/** The check policy of the kaart (`*`) and of gemeenten that override it. */
export interface FreshnessPoliciesTable {
  scope: string;
  interval_months: number;
  reminder_days: number;
  grace_days: number;
  updated_at: Generated<Date>;
  updated_by: string;
}

/** An offer in its "Klopt dit nog?" check; `cycle` is its last_verified when the check began. */
export interface VerificationsTable {
  offer_id: string;
  cycle: string;
  state: FreshnessState;
  /** Where the question went (lower case); null: no address, the coordinator calls. */
  contact_email: string | null;
  asked_at: Date;
  reminded_at: Date | null;
  hidden_at: Date | null;
  /** `YYYY-MM-DD` */
  remind_on: string;
  /** `YYYY-MM-DD`: hidden from this day on without an answer. */
  hide_on: string;
}

/** A link in a "Klopt dit nog?" mail: only its hash; one answer uses every link of the offer. */
export interface CheckLinksTable {
  token_hash: string;
  offer_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

/** What the check sent and what came back, for the coordinator (the mail itself is in mail_outbox). */
export interface FreshnessLogTable {
  id: Generated<string>;
  at: Date;
  offer_id: string;
  title: string;
  gemeenten: string[];
  event: FreshnessEvent;
  actor: string;
  mail_id: string | null;
}

/** Searches counted per day × gemeente × PC4 of the search centre × what was filtered (`''`: not chosen / unknown). */
export interface SearchStatsTable {
  day: string;
  gemeente: string;
  pc4: string;
  theme: string;
  day_part: string;
  free: boolean;
  online: string;
  searches: number;
  zero_results: number;
  few_results: number;
}

/** A normalised search word per ISO week (`2026-W48`) and gemeente, written only once it reached the minimum. */
export interface SearchWordsTable {
  week: string;
  gemeente: string;
  word: string;
  searches: number;
}

/** Offers printed or shared from the widget, per day and gemeente of the offer. */
export interface ReferralCountsTable {
  day: string;
  offer_id: string;
  gemeente: string;
  action: 'print' | 'share';
  count: number;
}

export interface StepOverridesTable {
  gemeente: string;
  theme: string;
  answers: JSONColumnType<StepAnswer[], string, string>;
  updated_by: string;
  updated_at: Generated<Date>;
}
