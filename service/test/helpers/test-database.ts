import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/database/connect-database.js';
import { migrateToLatest } from '../../src/database/migrations.js';
import { createLogger } from '../../src/log.js';

export interface TestDatabase {
  database: Database;
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

async function asSuperuser<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database in the run's real PostgreSQL, at the newest schema unless `migrate: false`. */
export async function createTestDatabase({ migrate = true, timeoutMs = 10_000 } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await asSuperuser((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  const database = connectDatabase(url.href, { timeoutMs, log: createLogger('silent') });
  if (migrate) await migrateToLatest(database.db);
  return {
    database,
    url: url.href,
    name,
    async drop() {
      await database.close();
      await asSuperuser((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
