import type { Meilisearch } from 'meilisearch';
import { storedOffers } from '../../src/export/export-offers.js';
import { stableJson } from '../../src/offers/stable-json.js';

/** Everything an index holds, as sorted canonical JSON: two indexes are "the same" when these are equal. */
export async function indexContents(admin: Meilisearch, indexName: string): Promise<{ offers: string[]; documents: number }> {
  const offers: string[] = [];
  for await (const offer of storedOffers(admin, indexName)) offers.push(stableJson(offer));
  const stats = await admin.index(indexName).getStats();
  return { offers: offers.sort(), documents: stats.numberOfDocuments };
}
