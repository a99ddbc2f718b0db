import type { Meilisearch, Settings, Task } from 'meilisearch';
import { OFFER_INDEX_SETTINGS, PLACE_INDEX_SETTINGS } from './index-settings.js';
import type { GeoData } from '../geo/geo-data.js';
import { toPlaceDocuments } from '../places/place-document.js';

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? 'unknown'}`, { cause: task.error });
  }
}

async function ensureIndex(admin: Meilisearch, uid: string, settings: Settings): Promise<void> {
  const exists = await admin.getIndex(uid).then(() => true, () => false);
  if (!exists) assertSucceeded(await admin.createIndex(uid, { primaryKey: 'id' }).waitTask());
  // Meilisearch skips work when the settings did not change, so applying them on every start is cheap.
  assertSucceeded(await admin.index(uid).updateSettings(settings).waitTask());
}

/**
 * Creates both indexes with their settings (before any document, so nothing is indexed twice)
 * and (re)fills the places index when it does not match the bundled geo data.
 */
export async function prepareIndexes(admin: Meilisearch, names: { offers: string; places: string }, geo: GeoData): Promise<void> {
  await ensureIndex(admin, names.offers, OFFER_INDEX_SETTINGS);
  await ensureIndex(admin, names.places, PLACE_INDEX_SETTINGS);
  const places = toPlaceDocuments(geo);
  const stats = await admin.index(names.places).getStats();
  if (stats.numberOfDocuments !== places.length) {
    assertSucceeded(await admin.index(names.places).deleteAllDocuments().waitTask());
    assertSucceeded(await admin.index(names.places).addDocuments(places).waitTask());
  }
}
