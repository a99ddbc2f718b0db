import type { Meilisearch } from 'meilisearch';
import type { OfferRecordDocument } from '../../src/search-index/offer-documents.js';
import type { OfferStore } from '../../src/database/offer-store.js';
import { stableJson } from '../../src/offers/stable-json.js';
import type { IndexNames } from '../../src/meili/index-settings.js';

export interface Contents {
  /** The offers as sorted canonical JSON. */
  offers: string[];
  /** The number of search documents (one per location, one per online offer). */
  documents: number;
}

/** What the search index holds: two installations hold the same when these are equal. */
export async function indexContents(admin: Meilisearch, names: IndexNames): Promise<Contents> {
  const offers: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await admin.index<OfferRecordDocument>(names.offers).getDocuments({ fields: ['offer'], limit: 1000, offset });
    for (const document of page.results) offers.push(stableJson(document.offer));
    if (page.results.length < 1000) break;
  }
  const stats = await admin.index(names.locations).getStats();
  return { offers: offers.sort(), documents: stats.numberOfDocuments };
}

/** The published offers in the database, as sorted canonical JSON. */
export async function databaseContents(store: OfferStore): Promise<string[]> {
  const offers: string[] = [];
  for await (const offer of store.publishedOffersIn()) offers.push(stableJson(offer));
  return offers.sort();
}

/**
 * What a test service's search index holds once the projection has caught up; throws when the index
 * and the database disagree, so every test that reads it also checks the projection.
 */
export async function searchableContents(service: { projected(): Promise<void>; store: OfferStore; meili: { admin: Meilisearch; names: IndexNames } }): Promise<Contents> {
  await service.projected();
  const contents = await indexContents(service.meili.admin, service.meili.names);
  const stored = await databaseContents(service.store);
  if (JSON.stringify(stored) !== JSON.stringify(contents.offers)) {
    throw new Error(`the search index (${contents.offers.length} offers) differs from the database (${stored.length} published offers)`);
  }
  return contents;
}
