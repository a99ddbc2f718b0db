import { hsdsId } from '../hsds/hsds-ids.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Offer } from '@sek/contract';
import type { DatabaseSchema, HistoryAction, Publication } from './schema.js';
import { guardedDb } from './database-errors.js';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface StoredOffer {
  offer: Offer;
  version: number;
  publication: Publication;
}

/** One offer written: the new state, the one before (absent for a new offer), and why. */
export interface OfferChange {
  offer: Offer;
  before?: StoredOffer;
  action: Exclude<HistoryAction, 'delete'>;
}

/** Who changed something and why, for the history. */
export interface Actor {
  /** `import:<source>`, `admin-token`, `upgrade`, later a user id. */
  by: string;
  reason?: string;
}

/** The channel the projector listens on; notified when the outbox gets work. */
export const OUTBOX_CHANNEL = 'sek_outbox';
/** Rows per multi-row statement (PostgreSQL allows 65,535 parameters per statement). */
const ROWS_PER_STATEMENT = 500;
/** Offers per written batch: one JSON parameter each, a few megabytes. */
const OFFERS_PER_BATCH = 2000;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The columns SEK selects and filters on, derived from the offer (never written by hand). */
function columnsOf(offer: Offer) {
  const area = offer.locations.length === 0 ? offer.serviceArea ?? { national: true as const } : undefined;
  const ends = [offer.validUntil, offer.schedule.endDate].filter((date): date is string => Boolean(date)).sort();
  return {
    source: offer.source,
    organization_id: offer.provider.id,
    status: offer.status,
    gemeenten: [...new Set(offer.locations.map((location) => location.address.gemeenteCode))],
    service_gemeenten: area && 'gemeenten' in area ? area.gemeenten : [],
    service_national: Boolean(area && 'national' in area),
    has_location: offer.locations.length > 0,
    last_verified: offer.lastVerified ?? null,
    hsds_id: hsdsId('service', offer.id),
    hsds_organization_id: hsdsId('organization', offer.provider.id),
    hsds_location_ids: offer.locations.map((location) => hsdsId('service_at_location', offer.id, location.id)),
    expires_on: ends[0] ?? null,
  };
}

/**
 * SEK's system of record for offers (PostgreSQL): every write is a row change, a history entry and
 * an outbox entry in the caller's transaction, so the search index can always be brought up to date.
 */
export class OfferStore {
  constructor(readonly db: Kysely<DatabaseSchema>) {}

  /** Stored offers by id, locked for this transaction (two writers of one offer wait for each other). */
  async loadForUpdate(trx: Transaction<DatabaseSchema>, ids: string[]): Promise<Map<string, StoredOffer>> {
    const result = new Map<string, StoredOffer>();
    // Locks in id order, so two writers of overlapping offers wait instead of deadlocking.
    for (const part of chunks([...ids].sort(), ROWS_PER_STATEMENT * 4)) {
      const rows = await guardedDb(() => trx.selectFrom('offers').select(['id', 'data', 'version', 'publication']).where('id', 'in', part).orderBy('id').forUpdate().execute());
      for (const row of rows) result.set(row.id, { offer: row.data, version: row.version, publication: row.publication });
    }
    return result;
  }

  /**
   * Writes offers with their providers, history and outbox entries, in the caller's transaction.
   * Each batch travels as one JSON document that PostgreSQL unpacks (`jsonb_to_recordset`), and the
   * history copies the stored offer inside the database, so every offer crosses the wire once.
   */
  async write(trx: Transaction<DatabaseSchema>, changes: OfferChange[], actor: Actor): Promise<void> {
    if (changes.length === 0) return;
    await this.saveProviders(trx, changes.map(({ offer }) => offer.provider));
    const inOrder = [...changes].sort((a, b) => (a.offer.id < b.offer.id ? -1 : 1));
    for (const part of chunks(inOrder, OFFERS_PER_BATCH)) {
      const rows = part.map(({ offer, before }) => ({ id: offer.id, data: offer, ...columnsOf(offer), version: (before?.version ?? 0) + 1 }));
      await guardedDb(() => sql`
        insert into offers (id, data, source, organization_id, status, gemeenten, service_gemeenten, service_national, has_location, last_verified, expires_on, version, hsds_id, hsds_organization_id, hsds_location_ids)
        select id, data, source, organization_id, status, gemeenten, service_gemeenten, service_national, has_location, last_verified, expires_on, version, hsds_id, hsds_organization_id, hsds_location_ids
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
          id text, data jsonb, source text, organization_id text, status text, gemeenten text[], service_gemeenten text[],
          service_national boolean, has_location boolean, last_verified date, expires_on date, version integer,
          hsds_id uuid, hsds_organization_id uuid, hsds_location_ids uuid[])
        order by id
        on conflict (id) do update set
          data = excluded.data, source = excluded.source, organization_id = excluded.organization_id, status = excluded.status,
          gemeenten = excluded.gemeenten, service_gemeenten = excluded.service_gemeenten, service_national = excluded.service_national,
          has_location = excluded.has_location, last_verified = excluded.last_verified, expires_on = excluded.expires_on,
          version = excluded.version, hsds_id = excluded.hsds_id, hsds_organization_id = excluded.hsds_organization_id,
          hsds_location_ids = excluded.hsds_location_ids, updated_at = now()`.execute(trx));
      const entries = part.map(({ offer, before, action }) => ({ id: offer.id, action, before: before ? before.offer : null }));
      await guardedDb(() => sql`
        insert into offer_history (offer_id, version, action, changed_by, reason, before, after)
        select o.id, o.version, e.action, ${actor.by}, ${actor.reason ?? null}, e.before, o.data
        from jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) as e(id text, action text, before jsonb)
        join offers o on o.id = e.id
        order by o.id`.execute(trx));
      await this.enqueue(trx, part.map(({ offer }) => offer.id));
    }
  }

  /**
   * Tells the projector these offers changed (written, removed, hidden or shown again), in the
   * caller's transaction: their search documents follow once it commits.
   */
  async enqueue(trx: Transaction<DatabaseSchema>, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await guardedDb(() => sql`insert into projection_outbox (offer_id) select unnest(${ids}::text[])`.execute(trx));
    // PostgreSQL delivers a transaction's identical notifications once, at commit.
    await guardedDb(() => sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx));
  }

  /**
   * Adds new providers and renames changed ones, in id order, without locking providers that stay
   * as they are: imports that run at the same time share providers and would otherwise wait for
   * (or deadlock on) each other until the first one commits.
   */
  private async saveProviders(trx: Transaction<DatabaseSchema>, providers: Offer['provider'][]): Promise<void> {
    const byId = new Map(providers.map((provider) => [provider.id, provider]));
    const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const part of chunks(sorted, ROWS_PER_STATEMENT)) {
      const rows = part.map((provider) => ({ id: provider.id, name: provider.name, website: provider.website ?? null }));
      await guardedDb(() => trx.insertInto('organizations').values(rows).onConflict((conflict) => conflict.column('id').doNothing()).execute());
      await guardedDb(() => sql`
        update organizations set name = changed.name, website = changed.website, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as changed(id text, name text, website text)
        where organizations.id = changed.id
          and (organizations.name is distinct from changed.name or organizations.website is distinct from changed.website)`.execute(trx));
    }
  }

  /** Removes offers (their history keeps the last state), in the caller's transaction; returns the ids removed. */
  async remove(trx: Transaction<DatabaseSchema>, ids: string[], actor: Actor): Promise<string[]> {
    const removed: string[] = [];
    for (const part of chunks(ids, ROWS_PER_STATEMENT)) {
      const rows = await guardedDb(() => trx.deleteFrom('offers').where('id', 'in', part).returning(['id', 'data', 'version']).execute());
      if (rows.length === 0) continue;
      removed.push(...rows.map((row) => row.id));
      await guardedDb(() => trx.insertInto('offer_history')
        .values(rows.map((row) => ({ offer_id: row.id, version: row.version + 1, action: 'delete' as const, changed_by: actor.by, reason: actor.reason ?? null, before: JSON.stringify(row.data), after: null })))
        .execute());
      await this.enqueue(trx, rows.map((row) => row.id));
    }
    return removed;
  }

  async idsOfSource(db: Db, source: string): Promise<Set<string>> {
    const rows = await guardedDb(() => db.selectFrom('offers').select('id').where('source', '=', source).execute());
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Published offers (every status: active, temporarily closed, inactive), in id order, page by page
   * without a long transaction; with `region`, offers located in those gemeenten and online offers
   * that serve them. Drafts and submissions never leave through here.
   */
  async *publishedOffersIn(region: string[] = [], pageSize = 1000): AsyncGenerator<Offer> {
    let after = '';
    for (;;) {
      let query = this.db.selectFrom('offers').select(['id', 'data']).where('publication', '=', 'published').where('id', '>', after).orderBy('id').limit(pageSize);
      if (region.length) {
        query = query.where((eb) => eb.or([
          eb('gemeenten', '&&', sql<string[]>`${region}::text[]`),
          eb.and([eb('has_location', '=', false), eb.or([eb('service_national', '=', true), eb('service_gemeenten', '&&', sql<string[]>`${region}::text[]`)])]),
        ]));
      }
      const rows = await guardedDb(() => query.execute());
      for (const row of rows) yield row.data;
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.id;
    }
  }

  /** The offers residents may see (published), by id; an id missing from the result is to be removed from the index. */
  async publishedOffers(db: Db, ids: string[]): Promise<Map<string, Offer>> {
    const result = new Map<string, Offer>();
    for (const part of chunks(ids, ROWS_PER_STATEMENT * 4)) {
      const rows = await guardedDb(() => db.selectFrom('offers').select(['id', 'data']).where('id', 'in', part).where('publication', '=', 'published').execute());
      for (const row of rows) result.set(row.id, row.data);
    }
    return result;
  }

  /** The search documents the index holds for these offers (offers never projected are absent). */
  async projectedDocuments(db: Db, ids: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    for (const part of chunks(ids, ROWS_PER_STATEMENT * 4)) {
      const rows = await guardedDb(() => db.selectFrom('projected_offers').select(['offer_id', 'document_ids']).where('offer_id', 'in', part).execute());
      for (const row of rows) result.set(row.offer_id, row.document_ids);
    }
    return result;
  }

  /** Records what the index now holds: these offers with these documents, and nothing of `removed`. */
  async markProjected(db: Db, written: [id: string, documentIds: string[]][], removed: string[]): Promise<void> {
    for (const part of chunks(written, ROWS_PER_STATEMENT)) {
      await guardedDb(() => db.insertInto('projected_offers').values(part.map(([offer_id, document_ids]) => ({ offer_id, document_ids })))
        .onConflict((conflict) => conflict.column('offer_id').doUpdateSet((eb) => ({ document_ids: eb.ref('excluded.document_ids') })))
        .execute());
    }
    for (const part of chunks(removed, ROWS_PER_STATEMENT * 4)) await guardedDb(() => db.deleteFrom('projected_offers').where('offer_id', 'in', part).execute());
  }

  async count(): Promise<number> {
    const row = await guardedDb(() => this.db.selectFrom('offers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow());
    return Number(row.n);
  }
}
