import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as systemOfRecord from './migrations/0001-system-of-record.js';
import * as projectedOffers from './migrations/0002-projected-offers.js';
import * as structuredSchedules from './migrations/0003-structured-schedules.js';
import * as accounts from './migrations/0004-accounts.js';
import * as submissions from './migrations/0005-submissions.js';
import * as freshness from './migrations/0006-freshness.js';
import * as insight from './migrations/0007-insight.js';
import * as hsds from './migrations/0008-hsds.js';
import * as steps from './migrations/0009-steps.js';
import * as searchVersion from './migrations/0010-search-version.js';

/**
 * Every schema change, in order. Migrations are imported (not read from a folder at run time), so
 * the compiled service carries them; their names never change once released.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-system-of-record': systemOfRecord,
  '0002-projected-offers': projectedOffers,
  '0003-structured-schedules': structuredSchedules,
  '0004-accounts': accounts,
  '0005-submissions': submissions,
  '0006-freshness': freshness,
  '0007-insight': insight,
  '0008-hsds': hsds,
  '0009-steps': steps,
  '0010-search-version': searchVersion,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the database to the newest schema (Kysely's migrator: versioned, one at a time, each in a
 * transaction, with a lock so two instances starting together do not both migrate).
 * @returns the names of the migrations applied now
 */
// Migrations see the schema as it was when each was written, not today's types: hence `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
