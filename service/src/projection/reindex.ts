import { createHash } from 'node:crypto';
import { bumpSearchVersion } from '../search-cache/search-version.js';
import { sql, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../database/schema.js';
import type { Meilisearch } from 'meilisearch';
import type { Database } from '../database/connect-database.js';
import type { Logger } from '../log.js';
import { LOCATION_INDEX_SETTINGS, OFFER_RECORD_INDEX_SETTINGS, type IndexNames } from '../meili/index-settings.js';
import { waitForTasks } from '../meili/wait-for-tasks.js';
import { guardedWrite } from '../search-index/meili-errors.js';
import { OfferStore } from '../database/offer-store.js';
import { locationDocumentIds } from '../search-index/offer-documents.js';
import { OfferIndexWriter } from '../search-index/offer-index-writer.js';
import { PROJECTION_LOCK } from './projector.js';

/**
 * The version of what the search documents look like. Bump it when `offer-documents.ts` changes
 * shape: the next start rebuilds the index from the database.
 */
export const DOCUMENT_LAYOUT_VERSION = 5;

/** A fingerprint of the index settings and the document layout; a different one means "rebuild". */
export function indexFingerprint(): string {
  return createHash('sha256').update(JSON.stringify({ DOCUMENT_LAYOUT_VERSION, LOCATION_INDEX_SETTINGS, OFFER_RECORD_INDEX_SETTINGS })).digest('hex').slice(0, 16);
}

const STATE_NAME = 'offers';

/** Whether the search index was built with today's settings and layout. */
export async function indexIsCurrent(database: Database, admin: Meilisearch, names: IndexNames): Promise<boolean> {
  const state = await database.db.selectFrom('search_index_state').select('settings_hash').where('name', '=', STATE_NAME).executeTakeFirst();
  if (state?.settings_hash !== indexFingerprint()) return false;
  const exists = async (uid: string) => admin.getIndex(uid).then(() => true, () => false);
  return (await exists(names.offers)) && (await exists(names.locations));
}

/**
 * Rebuilds the search index from the database without a moment of empty results: every published
 * offer goes into new indexes (`…__rebuild`), which are then swapped with the live ones in one step
 * (Meilisearch `swapIndexes`); the old ones are deleted. Holds the projection lock throughout, so no
 * batch is applied in between; changes made meanwhile wait in the outbox and follow right after.
 * @returns the number of offers in the new index
 */
export async function reindex(database: Database, admin: Meilisearch, names: IndexNames, log: Logger): Promise<number> {
  const started = performance.now();
  const lock = await database.pool.connect();
  try {
    // Waits for a running projector batch (or another rebuild) to finish.
    await lock.query('SELECT pg_advisory_lock($1)', [PROJECTION_LOCK]);
    try {
      const next: IndexNames = { ...names, offers: `${names.offers}__rebuild`, locations: `${names.locations}__rebuild` };
      for (const [uid, live, settings] of [[next.offers, names.offers, OFFER_RECORD_INDEX_SETTINGS], [next.locations, names.locations, LOCATION_INDEX_SETTINGS]] as const) {
        await guardedWrite(async () => waitForTasks(admin, [(await admin.deleteIndex(uid)).taskUid]).catch(() => undefined));
        await guardedWrite(async () => waitForTasks(admin, [(await admin.createIndex(uid, { primaryKey: 'id' })).taskUid]));
        await guardedWrite(async () => waitForTasks(admin, [(await admin.index(uid).updateSettings(settings)).taskUid]));
        // swapIndexes needs both sides to exist.
        if (!(await admin.getIndex(live).then(() => true, () => false))) await guardedWrite(async () => waitForTasks(admin, [(await admin.createIndex(live, { primaryKey: 'id' })).taskUid]));
      }
      // One snapshot for the whole read: the outbox entries it can see are reflected in the new
      // index and are removed with it; entries committed meanwhile stay for the projector.
      const snapshot = await database.db.startTransaction().setIsolationLevel('repeatable read').execute();
      try {
        const count = await buildFromSnapshot(snapshot, new OfferStore(database.db), admin, names, next);
        await snapshot.deleteFrom('projection_outbox').execute();
        await snapshot.insertInto('search_index_state').values({ name: STATE_NAME, settings_hash: indexFingerprint(), built_at: new Date() })
          .onConflict((conflict) => conflict.column('name').doUpdateSet({ settings_hash: indexFingerprint(), built_at: sql`now()` })).execute();
        // The new index is live: cached search answers everywhere are out of date (announced at commit).
        await bumpSearchVersion(snapshot);
        await snapshot.commit().execute();
        log.info('search index rebuilt from the database', { offers: count, seconds: Math.round((performance.now() - started) / 100) / 10 });
        return count;
      } catch (error) {
        await snapshot.rollback().execute().catch(() => {});
        throw error;
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [PROJECTION_LOCK]);
    }
  } finally {
    lock.release();
  }
}

/** Fills the `next` indexes with every published offer the snapshot sees, swaps them in, and removes the old ones. */
async function buildFromSnapshot(snapshot: Transaction<DatabaseSchema>, store: OfferStore, admin: Meilisearch, names: IndexNames, next: IndexNames): Promise<number> {
  const writer = new OfferIndexWriter(admin, next);
  // What the new index will hold, recorded in the same snapshot transaction (kept only if the swap succeeds).
  await snapshot.deleteFrom('projected_offers').execute();
  let count = 0;
  let after = '';
  for (;;) {
    const rows = await snapshot.selectFrom('offers').select(['id', 'data']).where('publication', '=', 'published').where('id', '>', after).orderBy('id').limit(1000).execute();
    if (rows.length === 0) break;
    await writer.write(rows.map((row) => row.data));
    await store.markProjected(snapshot, rows.map((row): [string, string[]] => [row.id, locationDocumentIds(row.data)]), []);
    count += rows.length;
    after = rows.at(-1)!.id;
  }
  const failure = await writer.finish();
  if (failure) throw new Error(`the rebuilt search index refused offers: ${failure.detail}`);
  await guardedWrite(async () => waitForTasks(admin, [(await admin.swapIndexes([{ indexes: [names.offers, next.offers], rename: false }, { indexes: [names.locations, next.locations], rename: false }])).taskUid]));
  await guardedWrite(async () => waitForTasks(admin, [(await admin.deleteIndex(next.offers)).taskUid, (await admin.deleteIndex(next.locations)).taskUid]));
  return count;
}
