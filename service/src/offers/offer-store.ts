import type { Meilisearch } from 'meilisearch';
import type { Offer } from './offer.js';
import { toOfferDocuments } from '../search/offer-document.js';
import { quote } from '../search/search-filter.js';

/** Ids per delete-by-filter task; keeps filter expressions well under Meilisearch's limits. */
const DELETE_BATCH = 500;

/**
 * Writes validated offers to the offers index: replaces every search document of each offer, so a
 * location removed at the source disappears from search too. Waits for Meilisearch to apply the
 * tasks and throws if one failed.
 */
export async function upsertOffers(admin: Meilisearch, indexName: string, offers: Offer[]): Promise<void> {
  if (offers.length === 0) return;
  const index = admin.index(indexName);
  const tasks = [];
  for (let i = 0; i < offers.length; i += DELETE_BATCH) {
    const ids = offers.slice(i, i + DELETE_BATCH).map((offer) => quote(offer.id));
    tasks.push(await index.deleteDocuments({ filter: `offerId IN [${ids.join(', ')}]` }));
  }
  tasks.push(await index.addDocuments(offers.flatMap(toOfferDocuments), { primaryKey: 'id' }));
  for (const enqueued of tasks) {
    const task = await admin.tasks.waitForTask(enqueued.taskUid);
    if (task.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? 'unknown error'}`, { cause: task.error });
    }
  }
}

export async function countOfferDocuments(admin: Meilisearch, indexName: string): Promise<number> {
  const stats = await admin.index(indexName).getStats();
  return stats.numberOfDocuments;
}
