import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Offer } from '@sek/contract';

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
}

/** Whether residents may see an offer: only `published` offers are projected into the search index. */
export const PUBLICATION_STATES = ['published', 'draft', 'submitted', 'hidden'] as const;
export type Publication = (typeof PUBLICATION_STATES)[number];

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
  /** `YYYY-MM-DD` */
  last_verified: string;
  /** The last day it is valid (validUntil or the schedule's end), `YYYY-MM-DD`. */
  expires_on: string | null;
  version: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
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
