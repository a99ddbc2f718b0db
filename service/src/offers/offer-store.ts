import type { Meilisearch } from 'meilisearch';
import type { Offer } from './offer.js';
import { stableJson } from './stable-json.js';
import { toOfferDocuments, type OfferDocument } from '../search/offer-document.js';
import { quote } from '../search/search-filter.js';
import { waitForTasks } from '../meili/wait-for-tasks.js';

/** Ids per filter expression; keeps filters well under Meilisearch's limits. */
const IDS_PER_FILTER = 500;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes validated offers to the offers index, one batch at a time, without waiting in between
 * (Meilisearch merges queued tasks). Compares each offer with what is stored: unchanged offers are
 * not written at all, and the search documents of removed locations are deleted.
 * Call `finish()` to wait for every task; it throws if one failed.
 */
export class OfferWriter {
  private readonly taskUids: number[] = [];

  constructor(
    private readonly admin: Meilisearch,
    private readonly indexName: string,
    private readonly dryRun = false,
  ) {}

  private get index() {
    return this.admin.index<OfferDocument>(this.indexName);
  }

  /** The stored offers and their document ids, for the given offer ids. */
  async stored(offerIds: string[]): Promise<Map<string, { offer: Offer; docIds: string[] }>> {
    const result = new Map<string, { offer: Offer; docIds: string[] }>();
    for (let i = 0; i < offerIds.length; i += IDS_PER_FILTER) {
      const ids = offerIds.slice(i, i + IDS_PER_FILTER);
      let offset = 0;
      for (;;) {
        const page = await this.index.getDocuments({
          filter: `offerId IN [${ids.map(quote).join(', ')}]`,
          fields: ['id', 'offerId', 'offer'],
          limit: 1000,
          offset,
        });
        for (const doc of page.results as Pick<OfferDocument, 'id' | 'offerId' | 'offer'>[]) {
          const entry = result.get(doc.offerId) ?? { offer: doc.offer, docIds: [] };
          entry.docIds.push(doc.id);
          result.set(doc.offerId, entry);
        }
        offset += page.results.length;
        if (page.results.length < 1000) break;
      }
    }
    return result;
  }

  async write(offers: Offer[]): Promise<WriteCounts> {
    const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
    if (offers.length === 0) return counts;
    const stored = await this.stored(offers.map((offer) => offer.id));
    const documents: OfferDocument[] = [];
    const staleDocIds: string[] = [];
    for (const offer of offers) {
      const before = stored.get(offer.id);
      if (before && stableJson(before.offer) === stableJson(offer)) {
        counts.unchanged++;
        continue;
      }
      if (before) counts.updated++;
      else counts.created++;
      const docs = toOfferDocuments(offer);
      documents.push(...docs);
      const keep = new Set(docs.map((doc) => doc.id));
      if (before) staleDocIds.push(...before.docIds.filter((id) => !keep.has(id)));
    }
    if (!this.dryRun) {
      if (staleDocIds.length) this.taskUids.push((await this.index.deleteDocuments(staleDocIds)).taskUid);
      if (documents.length) this.taskUids.push((await this.index.addDocuments(documents, { primaryKey: 'id' })).taskUid);
    }
    return counts;
  }

  /** Deletes offers (all their documents) by offer id. */
  async delete(offerIds: string[]): Promise<void> {
    if (this.dryRun) return;
    for (let i = 0; i < offerIds.length; i += IDS_PER_FILTER) {
      const filter = `offerId IN [${offerIds.slice(i, i + IDS_PER_FILTER).map(quote).join(', ')}]`;
      this.taskUids.push((await this.index.deleteDocuments({ filter })).taskUid);
    }
  }

  /** Every offer id stored for a source. */
  async offerIdsOfSource(source: string): Promise<Set<string>> {
    const ids = new Set<string>();
    let offset = 0;
    for (;;) {
      const page = await this.index.getDocuments({ filter: `source = ${quote(source)}`, fields: ['offerId'], limit: 10_000, offset });
      for (const doc of page.results as Pick<OfferDocument, 'offerId'>[]) ids.add(doc.offerId);
      offset += page.results.length;
      if (page.results.length < 10_000) break;
    }
    return ids;
  }

  /** Waits for every queued task; throws MeiliTaskFailedError if one failed. */
  async finish(): Promise<void> {
    await waitForTasks(this.admin, this.taskUids.splice(0));
  }
}

/** Writes offers and waits until Meilisearch has applied them. */
export async function upsertOffers(admin: Meilisearch, indexName: string, offers: Offer[]): Promise<WriteCounts> {
  const writer = new OfferWriter(admin, indexName);
  const counts = await writer.write(offers);
  await writer.finish();
  return counts;
}

export async function countOfferDocuments(admin: Meilisearch, indexName: string): Promise<number> {
  const stats = await admin.index(indexName).getStats();
  return stats.numberOfDocuments;
}
