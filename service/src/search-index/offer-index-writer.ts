import type { Meilisearch } from 'meilisearch';
import type { IndexNames } from '../meili/index-settings.js';
import { waitForTaskResults } from '../meili/wait-for-tasks.js';
import { guardedWrite } from './meili-errors.js';
import { quote } from './search-filter.js';
import { toOfferLocationDocuments, toOfferRecordDocument } from './offer-documents.js';
import type { Offer } from '@sek/contract';

/** Ids per filter expression; keeps filters well under Meilisearch's limits. */
const IDS_PER_FILTER = 500;
/** Largest body sent to Meilisearch in one request (its own limit is 100 MB). */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;

/** NDJSON bodies of at most `maxBytes` each (a single larger document goes alone). */
export function* ndjsonBatches(lines: string[], maxBytes: number): Generator<string> {
  let batch: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (batch.length > 0 && bytes + size > maxBytes) {
      yield batch.join('\n');
      batch = [];
      bytes = 0;
    }
    batch.push(line);
    bytes += size;
  }
  if (batch.length > 0) yield batch.join('\n');
}

/** Why the index did not take everything it was handed. */
export interface IndexWriteFailure {
  /** Meilisearch's own reason, for the log (never shown raw to a resident). */
  detail: string;
}

/**
 * Writes offers to the two offer indexes (the projection of the database): the search documents of
 * each offer and the whole offer. The caller says which search documents each offer had in the
 * index before (the database keeps that list; none for a new offer), so documents of removed
 * locations are deleted without reading the index. Batches are sized by bytes and queued without
 * waiting in between (Meilisearch merges queued tasks); `finish()` waits and tells whether any failed.
 */
export class OfferIndexWriter {
  private readonly taskUids: number[] = [];
  private readonly maxBatchBytes: number;

  constructor(
    private readonly admin: Meilisearch,
    private readonly names: IndexNames,
    options: { maxBatchBytes?: number } = {},
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? MAX_BATCH_BYTES;
  }

  /** @param previous search document ids each offer had in the index; absent: none (a new offer, or a rebuild). */
  async write(offers: Offer[], previous: ReadonlyMap<string, readonly string[]> = new Map()): Promise<void> {
    if (offers.length === 0) return;
    const records: string[] = [];
    const locations: string[] = [];
    const stale: string[] = [];
    for (const offer of offers) {
      const documents = toOfferLocationDocuments(offer);
      for (const document of documents) locations.push(JSON.stringify(document));
      records.push(JSON.stringify(toOfferRecordDocument(offer)));
      const keep = new Set(documents.map((document) => document.id));
      stale.push(...(previous.get(offer.id) ?? []).filter((id) => !keep.has(id)));
    }
    const locationIndex = this.admin.index(this.names.locations);
    for (let i = 0; i < stale.length; i += 1000) this.taskUids.push((await guardedWrite(() => locationIndex.deleteDocuments(stale.slice(i, i + 1000)))).taskUid);
    for (const body of ndjsonBatches(locations, this.maxBatchBytes)) {
      this.taskUids.push((await guardedWrite(() => locationIndex.addDocumentsFromString(body, 'application/x-ndjson', { primaryKey: 'id' }))).taskUid);
    }
    for (const body of ndjsonBatches(records, this.maxBatchBytes)) {
      this.taskUids.push((await guardedWrite(() => this.admin.index(this.names.offers).addDocumentsFromString(body, 'application/x-ndjson', { primaryKey: 'id' }))).taskUid);
    }
  }

  /** Deletes offers (their record and every search document) by offer id. */
  async delete(offerIds: string[]): Promise<void> {
    for (let i = 0; i < offerIds.length; i += IDS_PER_FILTER) {
      const ids = offerIds.slice(i, i + IDS_PER_FILTER);
      this.taskUids.push((await guardedWrite(() => this.admin.index(this.names.locations).deleteDocuments({ filter: `offerId IN [${ids.map(quote).join(', ')}]` }))).taskUid);
      this.taskUids.push((await guardedWrite(() => this.admin.index(this.names.offers).deleteDocuments(ids))).taskUid);
    }
  }

  /** Waits for every queued task; says which one failed first, if any. */
  async finish(): Promise<IndexWriteFailure | undefined> {
    const uids = this.taskUids.splice(0);
    const tasks = await guardedWrite(() => waitForTaskResults(this.admin, uids));
    const failed = uids.map((uid) => tasks.get(uid)!).find((task) => task.status !== 'succeeded');
    return failed ? { detail: `Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.code ?? 'unknown'}` } : undefined;
  }
}
