import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../log.js';
import { connectDatabase, type Database } from './connect-database.js';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { migrateToLatest } from './migrations.js';
import { superviseEmbeddedPostgres } from './postgres-supervisor.js';

export interface OpenedDatabase {
  database: Database;
  /** The pid of the embedded PostgreSQL this process runs, if it runs one. */
  embeddedPid?: () => number | undefined;
  /** Closes the pool, then stops the embedded server this process started (if any). */
  close(): Promise<void>;
}

/**
 * The database SEK works with, at the newest schema: `DATABASE_URL` when set; otherwise the embedded
 * PostgreSQL in `SEK_DATA_DIR/postgres`: the one `pnpm start` is running (for the CLI), or one
 * started here (supervised when `supervised`, as the service does).
 */
export async function openDatabase(config: Config, log: Logger, { supervised = false } = {}): Promise<OpenedDatabase> {
  let url = config.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let embeddedPid: (() => number | undefined) | undefined;
  if (!url) {
    const running = supervised ? undefined : await runningEmbeddedPostgres(config.SEK_DATA_DIR);
    if (running) {
      url = running;
    } else if (supervised) {
      log.info('starting embedded PostgreSQL', { dataDir: resolve(config.SEK_DATA_DIR, 'postgres') });
      const server = await superviseEmbeddedPostgres(config.SEK_DATA_DIR, log);
      log.info('embedded PostgreSQL ready', { pid: server.pid(), port: Number(new URL(server.url).port) });
      ({ url } = server);
      stopServer = () => server.stop();
      embeddedPid = server.pid;
    } else {
      const server = await startEmbeddedPostgres({ dataDir: config.SEK_DATA_DIR });
      ({ url } = server);
      stopServer = () => server.stop();
    }
  }
  const database = connectDatabase(url, { timeoutMs: config.DATABASE_TIMEOUT_MS, log });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) log.info('database schema updated', { migrations: applied });
  } catch (error) {
    await database.close();
    await stopServer?.();
    throw error;
  }
  return {
    database,
    ...(embeddedPid ? { embeddedPid } : {}),
    async close() {
      await database.close();
      await stopServer?.();
    },
  };
}
