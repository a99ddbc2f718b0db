import type { Meilisearch } from 'meilisearch';
import { SearchIndex } from '../../src/search-index/search-index.js';
import { stableJson } from '../../src/offers/stable-json.js';
import type { IndexNames } from '../../src/meili/index-settings.js';

/** The stored offers as sorted canonical JSON, and the number of search documents: two installations hold the same when these are equal. */
export async function indexContents(admin: Meilisearch, names: IndexNames): Promise<{ offers: string[]; documents: number }> {
  const offers: string[] = [];
  for await (const offer of new SearchIndex(admin, admin, names).storedOffers()) offers.push(stableJson(offer));
  const stats = await admin.index(names.locations).getStats();
  return { offers: offers.sort(), documents: stats.numberOfDocuments };
}
