import { sql, type Kysely } from 'kysely';

/**
 * The search data version: a counter the projector moves on (and announces with NOTIFY) each time
 * a write has become searchable. Every service instance reads it to know when its cached search
 * answers are out of date. A sequence: cheap to read from any session, never blocks a writer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE SEQUENCE search_version`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP SEQUENCE search_version`.execute(db);
}
