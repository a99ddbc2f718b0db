import { sql, type Kysely } from 'kysely';
import { ChannelListener } from '../database/channel-listener.js';
import type { Database } from '../database/connect-database.js';
import type { Logger } from '../log.js';

/** The channel the projector announces a new search data version on. */
export const SEARCH_VERSION_CHANNEL = 'sek_search_version';

/**
 * Moves the search data version on and announces it. Call it once a write is searchable (Meilisearch
 * confirmed it); inside a transaction, the announcement goes out when it commits.
 */
export async function bumpSearchVersion(db: Kysely<any>): Promise<void> {
  await sql`SELECT pg_notify(${SEARCH_VERSION_CHANNEL}, nextval('search_version')::text)`.execute(db);
}

/** The version now, from any session: 0 before the first bump. */
export async function readSearchVersion(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ last_value: string; is_called: boolean }>`SELECT last_value, is_called FROM search_version`.execute(db);
  const row = rows[0];
  return row?.is_called ? String(row.last_value) : '0';
}

export interface SearchVersionOptions {
  database: Database;
  log: Logger;
  /** How often the version is read without a notification (a lost NOTIFY is caught within this). */
  pollMs?: number;
}

/**
 * This instance's view of the search data version, for the search answer cache. A notification
 * brings a new version within milliseconds; a read every `pollMs` catches a lost one (a dropped
 * connection). When the database cannot be read for three polls, `current()` is undefined: the
 * cache is bypassed rather than trusted blindly.
 */
export class SearchVersion {
  private value?: string;
  private confirmedAt = 0;
  private readonly listener: ChannelListener;
  private timer?: NodeJS.Timeout;
  readonly pollMs: number;

  constructor(private readonly options: SearchVersionOptions) {
    this.pollMs = options.pollMs ?? 1000;
    this.listener = new ChannelListener(options.database.pool, SEARCH_VERSION_CHANNEL, (payload) => payload && this.set(payload));
  }

  /** Reads the version and starts listening; resolves once it is known (or the first read failed). */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.listener.close();
  }

  /** The version answers may be cached under; undefined while it is not known for sure. */
  current(): string | undefined {
    return performance.now() - this.confirmedAt <= 3 * this.pollMs ? this.value : undefined;
  }

  private set(version: string): void {
    // Versions only grow; a late poll never takes a newer notification back.
    if (this.value === undefined || BigInt(version) >= BigInt(this.value)) this.value = version;
    this.confirmedAt = performance.now();
  }

  private async refresh(): Promise<void> {
    try {
      await this.listener.ensure();
      this.set(await readSearchVersion(this.options.database.db));
    } catch (error) {
      this.options.log.warn('search version unknown; search answers are not cached until it is', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
