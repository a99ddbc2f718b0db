import { Offer } from '@sek/contract';
import type { Meilisearch } from 'meilisearch';
import type { OfferStore } from '../database/offer-store.js';
import type { Logger } from '../log.js';
import type { IndexNames } from '../meili/index-settings.js';

/**
 * An installation from before the database kept its offers only in the `offers` index (one document
 * per location, or per offer, each carrying the whole offer). On the first start with an empty
 * database, those offers are copied into the database before anything else, so upgrading loses nothing.
 * @returns how many offers were copied
 */
export async function upgradeFromIndex(admin: Meilisearch, names: IndexNames, store: OfferStore, log: Logger): Promise<number> {
  if ((await store.count()) > 0) return 0;
  const exists = await admin.getIndex(names.offers).then(() => true, () => false);
  if (!exists) return 0;
  const offers = new Map<string, Offer>();
  let unreadable = 0;
  for (let offset = 0; ; offset += 1000) {
    const page = await admin.index(names.offers).getDocuments({ fields: ['offer'], limit: 1000, offset });
    for (const document of page.results as { offer?: unknown }[]) {
      const parsed = Offer.safeParse(document.offer);
      if (parsed.success) offers.set(parsed.data.id, parsed.data);
      else unreadable++;
    }
    if (page.results.length < 1000) break;
  }
  if (offers.size === 0) return 0;
  const trx = await store.db.startTransaction().execute();
  try {
    await store.write(trx, [...offers.values()].map((offer) => ({ offer, action: 'create' as const })), {
      by: 'upgrade',
      reason: 'Overgenomen uit de zoekindex van een eerdere versie van SEK.',
    });
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute().catch(() => {});
    throw error;
  }
  log.info('copied the offers of the existing search index into the database (upgrade)', { offers: offers.size, unreadable });
  return offers.size;
}
