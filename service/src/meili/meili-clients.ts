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
 * Finds or creates a key limited to `actions` on `indexes` (least privilege for each path).
 * @example const key = await ensureKey(admin, 'search', ['search'], ['offers', 'places'])
 */
export async function ensureKey(admin: Meilisearch, purpose: string, actions: ('search' | 'documents.get' | 'documents.add' | 'documents.delete' | 'tasks.get')[], indexes: string[]): Promise<string> {
  const name = `sek-${purpose}:${indexes.join(',')}`;
  const { results } = await admin.getKeys({ limit: 1000 });
  const existing = results.find((key) => key.name === name);
  if (existing) return existing.key;
  const created = await admin.createKey({
    name,
    description: `SEK ${purpose} path: ${actions.join(', ')} on SEK indexes only.`,
    actions,
    indexes,
    expiresAt: null,
  });
  return created.key;
}

/** The key of the public search path: search only, SEK indexes only. */
export function ensureSearchKey(admin: Meilisearch, indexes: string[]): Promise<string> {
  return ensureKey(admin, 'search', ['search'], indexes);
}
