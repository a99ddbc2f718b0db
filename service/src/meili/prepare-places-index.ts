import type { Meilisearch } from 'meilisearch';
import { PLACE_INDEX_SETTINGS, type IndexNames } from './index-settings.js';
import { waitForTasks } from './wait-for-tasks.js';
import type { GeoData } from '../geo/geo-data.js';
import { toPlaceDocuments } from '../places/place-document.js';

/**
 * Creates the places index with its settings (before any document, so nothing is indexed twice) and
 * (re)fills it when it does not match the bundled geo data. The offer indexes are the projection of
 * the database: `projection/reindex.ts` builds them.
 */
export async function preparePlacesIndex(admin: Meilisearch, names: Pick<IndexNames, 'places'>, geo: GeoData): Promise<void> {
  const exists = await admin.getIndex(names.places).then(() => true, () => false);
  if (!exists) await waitForTasks(admin, [(await admin.createIndex(names.places, { primaryKey: 'id' })).taskUid]);
  // Meilisearch skips work when the settings did not change, so applying them on every start is cheap.
  await waitForTasks(admin, [(await admin.index(names.places).updateSettings(PLACE_INDEX_SETTINGS)).taskUid]);
  const places = toPlaceDocuments(geo);
  const index = admin.index(names.places);
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== places.length) {
    await waitForTasks(admin, [(await index.deleteAllDocuments()).taskUid, (await index.addDocuments(places)).taskUid]);
  }
}
