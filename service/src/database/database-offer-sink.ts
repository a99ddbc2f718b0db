import type { ControlledTransaction, Kysely } from 'kysely';
import type { Offer, ReviewReason } from '@sek/contract';
import type { OfferSink, WriteCounts } from '../import/offer-sink.js';
import { stableJson } from '../offers/stable-json.js';
import { guardedDb } from './database-errors.js';
import type { Actor, OfferChange, OfferStore } from './offer-store.js';
import type { DatabaseSchema } from './schema.js';

/** Which offers an import may touch: its person's scope (absent: all, as for the CLI). */
export interface KeepRule {
  mayKeep(offer: Offer): boolean;
  /** The stored offers of a source within the scope (for replace). */
  idsOfSource(db: Kysely<DatabaseSchema> | ControlledTransaction<DatabaseSchema>, source: string): Promise<Set<string>>;
}

/**
 * An import into PostgreSQL as one transaction: every batch is written inside it, and `finish()`
 * commits them all together (a dry run rolls back). `abort()` rolls back, so a broken or interrupted
 * file leaves the database exactly as it was.
 */
export class DatabaseOfferSink implements OfferSink {
  private transaction?: ControlledTransaction<DatabaseSchema>;
  readonly dryRun: boolean;

  constructor(
    private readonly store: OfferStore,
    private readonly actor: Actor,
    options: { dryRun?: boolean; keep?: KeepRule } = {},
  ) {
    this.dryRun = options.dryRun ?? false;
    this.keep = options.keep;
  }

  private readonly keep: KeepRule | undefined;

  private async open(): Promise<ControlledTransaction<DatabaseSchema>> {
    this.transaction ??= await guardedDb(() => (this.store.db as Kysely<DatabaseSchema>).startTransaction().execute());
    return this.transaction;
  }

  async write(offers: Offer[]): Promise<WriteCounts> {
    const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0, refused: [] };
    if (offers.length === 0) return counts;
    const trx = await this.open();
    const stored = await this.store.loadForUpdate(trx, offers.map((offer) => offer.id));
    const changes: OfferChange[] = [];
    for (const offer of offers) {
      const before = stored.get(offer.id);
      // Both the offer as the file has it and as it is stored must be the person's: nobody moves another's offer into their own kaart.
      if (this.keep && (!this.keep.mayKeep(offer) || (before && !this.keep.mayKeep(before.offer)))) {
        counts.refused!.push(offer.id);
        continue;
      }
      if (before && stableJson(before.offer) === stableJson(offer)) {
        counts.unchanged++;
        continue;
      }
      if (before) counts.updated++;
      else counts.created++;
      changes.push({ offer, ...(before ? { before } : {}), action: before ? 'update' : 'create' });
    }
    if (!this.dryRun) await this.store.write(trx, changes, this.actor);
    return counts;
  }

  async idsOfSource(source: string): Promise<Set<string>> {
    const trx = await this.open();
    return this.keep ? this.keep.idsOfSource(trx, source) : this.store.idsOfSource(trx, source);
  }

  async delete(offerIds: string[]): Promise<void> {
    if (offerIds.length === 0) return;
    const trx = await this.open();
    if (!this.dryRun) await this.store.remove(trx, offerIds, this.actor);
  }

  async storedThemes(id: string): Promise<string[] | undefined> {
    const trx = await this.open();
    const row = await guardedDb(() => trx.selectFrom('offers').select('data').where('id', '=', id).executeTakeFirst());
    return row?.data.themes;
  }

  async queueForReview(offer: Offer, reason: ReviewReason, source: string): Promise<boolean> {
    if (this.keep && !this.keep.mayKeep(offer)) return false;
    const trx = await this.open();
    if (this.dryRun) return true;
    const json = JSON.stringify(offer);
    const waiting = await guardedDb(() => trx.updateTable('submissions')
      .set({ offer: json, organization_name: offer.provider.name, updated_at: new Date() })
      .where('offer_id', '=', offer.id).where('state', '=', 'pending').where('needs', '=', reason)
      .returning('id').executeTakeFirst());
    if (!waiting) {
      await guardedDb(() => trx.insertInto('submissions').values({
        offer_id: offer.id, kind: 'new', state: 'pending', offer: json, organization_name: offer.provider.name,
        // Nobody to mail about the decision: the feed is read again on its next import.
        submitter_name: `Import ${source}`, submitter_email: '', submitted_at: new Date(), needs: reason,
      }).execute());
    }
    return true;
  }

  /** Commits everything written (a dry run rolls back). */
  async finish(): Promise<void> {
    const trx = this.transaction;
    this.transaction = undefined;
    if (!trx) return;
    if (this.dryRun) await guardedDb(() => trx.rollback().execute());
    else await guardedDb(() => trx.commit().execute());
  }

  async abort(): Promise<void> {
    const trx = this.transaction;
    this.transaction = undefined;
    await trx?.rollback().execute().catch(() => {});
  }
}
