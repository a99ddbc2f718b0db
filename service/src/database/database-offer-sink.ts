import type { ControlledTransaction, Kysely } from 'kysely';
import type { Offer } from '@sek/contract';
import type { OfferSink, WriteCounts } from '../import/offer-sink.js';
import { stableJson } from '../offers/stable-json.js';
import { guardedDb } from './database-errors.js';
import type { Actor, OfferChange, OfferStore } from './offer-store.js';
import type { DatabaseSchema } from './schema.js';

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
    options: { dryRun?: boolean } = {},
  ) {
    this.dryRun = options.dryRun ?? false;
  }

  private async open(): Promise<ControlledTransaction<DatabaseSchema>> {
    this.transaction ??= await guardedDb(() => (this.store.db as Kysely<DatabaseSchema>).startTransaction().execute());
    return this.transaction;
  }

  async write(offers: Offer[]): Promise<WriteCounts> {
    const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
    if (offers.length === 0) return counts;
    const trx = await this.open();
    const stored = await this.store.loadForUpdate(trx, offers.map((offer) => offer.id));
    const changes: OfferChange[] = [];
    for (const offer of offers) {
      const before = stored.get(offer.id);
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
    return this.store.idsOfSource(await this.open(), source);
  }

  async delete(offerIds: string[]): Promise<void> {
    if (offerIds.length === 0) return;
    const trx = await this.open();
    if (!this.dryRun) await this.store.remove(trx, offerIds, this.actor);
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
