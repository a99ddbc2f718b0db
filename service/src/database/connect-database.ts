import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log.js';
import type { DatabaseSchema } from './schema.js';

// DATE columns as 'YYYY-MM-DD' strings, as the offer schema writes them; not as JS Dates at midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface Database {
  db: Kysely<DatabaseSchema>;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Every statement and every wait for a connection is bounded by this; after it, the caller answers 503. */
  timeoutMs: number;
  maxConnections?: number;
  log: Logger;
}

/**
 * A connection pool to PostgreSQL with bounded waits: a database that hangs makes calls fail within
 * `timeoutMs`, never hang. Errors of idle connections (the server restarted) are logged, not thrown.
 */
export function connectDatabase(url: string, { timeoutMs, maxConnections = 10, log }: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => log.warn('database connection lost', { error: error.message }));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}
