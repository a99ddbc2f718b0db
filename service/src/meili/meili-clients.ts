import { Meilisearch } from 'meilisearch';
import { meiliHttpClient } from './meili-http-client.js';

export interface MeiliClients {
  /** Master/admin key: settings, imports, key management. Never used on the public search path. */
  admin: Meilisearch;
  /** A key that may only search the SEK indexes. */
  search: Meilisearch;
}

export interface MeiliClientOptions {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

/**
 * A client tuned for a nearby Meilisearch: a bounded timeout on every call, keep-alive undici
 * requests instead of fetch, and no response compression (fetch would add ~45 ms negotiating it).
 */
export function createMeiliClient({ url, apiKey, timeoutMs }: MeiliClientOptions): Meilisearch {
  return new Meilisearch({
    host: url,
    apiKey,
    timeout: timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    httpClient: meiliHttpClient,
    defaultWaitOptions: { timeout: 10 * 60_000, interval: 50 },
  });
}

/**
 * Finds or creates the search-only key for the given indexes.
 * @example const key = await ensureSearchKey(admin, ['offers', 'places'])
 */
export async function ensureSearchKey(admin: Meilisearch, indexes: string[]): Promise<string> {
  const name = `sek-search:${indexes.join(',')}`;
  const { results } = await admin.getKeys({ limit: 1000 });
  const existing = results.find((key) => key.name === name);
  if (existing) return existing.key;
  const created = await admin.createKey({
    name,
    description: 'SEK public search path: search only, SEK indexes only.',
    actions: ['search'],
    indexes,
    expiresAt: null,
  });
  return created.key;
}
