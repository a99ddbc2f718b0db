import type { Meilisearch } from 'meilisearch';
import type { OfferSink, SinkFailure, WriteCounts } from '../import/offer-sink.js';
import type { IndexNames } from '../meili/index-settings.js';
import { waitForTaskResults } from '../meili/wait-for-tasks.js';
import { stableJson } from '../offers/stable-json.js';
import { guardedWrite } from './meili-errors.js';
import { quote } from './search-filter.js';
import { locationDocumentIds, toOfferLocationDocuments, toOfferRecordDocument, type OfferRecordDocument } from './offer-documents.js';
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

const sum = (a: WriteCounts, b: WriteCounts): WriteCounts => ({ created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged });

/**
 * Writes validated offers to the two offer indexes: the search documents of each offer, then the
 * whole offer (which later imports compare against). Batches are sized by bytes and queued without
 * waiting in between (Meilisearch merges queued tasks); `finish()` waits and tells which batches failed.
 */
export class OfferIndexWriter implements OfferSink {
  private readonly batches: { counts: WriteCounts; taskUids: number[] }[] = [];
  private readonly deletionTasks: number[] = [];
  readonly dryRun: boolean;
  private readonly maxBatchBytes: number;

  constructor(
    private readonly admin: Meilisearch,
    private readonly names: IndexNames,
    options: { dryRun?: boolean; maxBatchBytes?: number } = {},
  ) {
    this.dryRun = options.dryRun ?? false;
    this.maxBatchBytes = options.maxBatchBytes ?? MAX_BATCH_BYTES;
  }

  /** The stored offers with the given ids. */
  async stored(offerIds: string[]): Promise<Map<string, Offer>> {
    const result = new Map<string, Offer>();
    for (let i = 0; i < offerIds.length; i += IDS_PER_FILTER) {
      const ids = offerIds.slice(i, i + IDS_PER_FILTER);
      const page = await guardedWrite(() => this.admin.index<OfferRecordDocument>(this.names.offers).getDocuments({
        filter: `id IN [${ids.map(quote).join(', ')}]`,
        fields: ['id', 'offer'],
        limit: ids.length,
      }));
      for (const doc of page.results as Pick<OfferRecordDocument, 'id' | 'offer'>[]) result.set(doc.id, doc.offer);
    }
    return result;
  }

  async write(offers: Offer[]): Promise<WriteCounts> {
    const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
    if (offers.length === 0) return counts;
    const stored = await this.stored(offers.map((offer) => offer.id));
    const records: string[] = [];
    const locations: string[] = [];
    const stale: string[] = [];
    for (const offer of offers) {
      const before = stored.get(offer.id);
      if (before && stableJson(before) === stableJson(offer)) {
        counts.unchanged++;
        continue;
      }
      if (before) counts.updated++;
      else counts.created++;
      const documents = toOfferLocationDocuments(offer);
      for (const document of documents) locations.push(JSON.stringify(document));
      records.push(JSON.stringify(toOfferRecordDocument(offer)));
      if (before) {
        const keep = new Set(documents.map((document) => document.id));
        stale.push(...locationDocumentIds(before).filter((id) => !keep.has(id)));
      }
    }
    if (this.dryRun) return counts;
    const taskUids: number[] = [];
    const locationIndex = this.admin.index(this.names.locations);
    for (let i = 0; i < stale.length; i += 1000) taskUids.push((await guardedWrite(() => locationIndex.deleteDocuments(stale.slice(i, i + 1000)))).taskUid);
    // Search documents first, the whole offer last: an offer counts as stored once its record is there.
    for (const body of ndjsonBatches(locations, this.maxBatchBytes)) {
      taskUids.push((await guardedWrite(() => locationIndex.addDocumentsFromString(body, 'application/x-ndjson', { primaryKey: 'id' }))).taskUid);
    }
    for (const body of ndjsonBatches(records, this.maxBatchBytes)) {
      taskUids.push((await guardedWrite(() => this.admin.index(this.names.offers).addDocumentsFromString(body, 'application/x-ndjson', { primaryKey: 'id' }))).taskUid);
    }
    this.batches.push({ counts, taskUids });
    return counts;
  }

  /** Deletes offers (their record and every search document) by offer id. */
  async delete(offerIds: string[]): Promise<void> {
    if (this.dryRun) return;
    for (let i = 0; i < offerIds.length; i += IDS_PER_FILTER) {
      const ids = offerIds.slice(i, i + IDS_PER_FILTER);
      this.deletionTasks.push((await guardedWrite(() => this.admin.index(this.names.locations).deleteDocuments({ filter: `offerId IN [${ids.map(quote).join(', ')}]` }))).taskUid);
      this.deletionTasks.push((await guardedWrite(() => this.admin.index(this.names.offers).deleteDocuments(ids))).taskUid);
    }
  }

  async idsOfSource(source: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let offset = 0; ; offset += 10_000) {
      const page = await guardedWrite(() => this.admin.index<OfferRecordDocument>(this.names.offers).getDocuments({ filter: `source = ${quote(source)}`, fields: ['id'], limit: 10_000, offset }));
      for (const doc of page.results as Pick<OfferRecordDocument, 'id'>[]) ids.add(doc.id);
      if (page.results.length < 10_000) return ids;
    }
  }

  async finish(): Promise<SinkFailure | undefined> {
    const batches = this.batches.splice(0);
    const deletions = this.deletionTasks.splice(0);
    const tasks = await guardedWrite(() => waitForTaskResults(this.admin, [...batches.flatMap((batch) => batch.taskUids), ...deletions]));
    let notApplied: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
    let detail: string | undefined;
    for (const batch of batches) {
      const failed = batch.taskUids.map((uid) => tasks.get(uid)!).find((task) => task.status !== 'succeeded');
      if (failed) {
        notApplied = sum(notApplied, batch.counts);
        detail ??= `Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.code ?? 'unknown'}`;
      }
    }
    const failedDeletion = deletions.map((uid) => tasks.get(uid)!).find((task) => task.status !== 'succeeded');
    if (failedDeletion) detail ??= `Meilisearch task ${failedDeletion.uid} ${failedDeletion.status}: ${failedDeletion.error?.code ?? 'unknown'}`;
    return detail ? { notApplied, detail } : undefined;
  }
}

/** Writes offers and waits until Meilisearch has applied them; throws when it could not. */
export async function upsertOffers(admin: Meilisearch, names: IndexNames, offers: Offer[]): Promise<WriteCounts> {
  const writer = new OfferIndexWriter(admin, names);
  const counts = await writer.write(offers);
  const failure = await writer.finish();
  if (failure) throw new Error(failure.detail);
  return counts;
}

export async function countOffers(admin: Meilisearch, names: IndexNames): Promise<number> {
  return (await admin.index(names.offers).getStats()).numberOfDocuments;
}
