import type { Meilisearch, Settings } from 'meilisearch';
import { LOCATION_INDEX_SETTINGS, OFFER_RECORD_INDEX_SETTINGS, PLACE_INDEX_SETTINGS, type IndexNames } from './index-settings.js';
import { waitForTasks } from './wait-for-tasks.js';
import type { GeoData } from '../geo/geo-data.js';
import { toPlaceDocuments } from '../places/place-document.js';

async function ensureIndex(admin: Meilisearch, uid: string, settings: Settings): Promise<void> {
  const exists = await admin.getIndex(uid).then(() => true, () => false);
  if (!exists) await waitForTasks(admin, [(await admin.createIndex(uid, { primaryKey: 'id' })).taskUid]);
  // Meilisearch skips work when the settings did not change, so applying them on every start is cheap.
  await waitForTasks(admin, [(await admin.index(uid).updateSettings(settings)).taskUid]);
}

/**
 * Creates the indexes with their settings (before any document, so nothing is indexed twice)
 * and (re)fills the places index when it does not match the bundled geo data.
 */
export async function prepareIndexes(admin: Meilisearch, names: IndexNames, geo: GeoData): Promise<void> {
  await ensureIndex(admin, names.offers, OFFER_RECORD_INDEX_SETTINGS);
  await ensureIndex(admin, names.locations, LOCATION_INDEX_SETTINGS);
  await ensureIndex(admin, names.places, PLACE_INDEX_SETTINGS);
  const places = toPlaceDocuments(geo);
  const index = admin.index(names.places);
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== places.length) {
    await waitForTasks(admin, [(await index.deleteAllDocuments()).taskUid, (await index.addDocuments(places)).taskUid]);
  }
}
