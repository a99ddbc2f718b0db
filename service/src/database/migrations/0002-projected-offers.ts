import { sql, type Kysely } from 'kysely';

/**
 * Which search documents each offer has in the index, so the projector never reads the index to find
 * documents of removed locations. Indexes built before this migration are not listed: forget how the
 * index was built, so the next start rebuilds it (and fills this table).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('projected_offers')
    .addColumn('offer_id', 'text', (c) => c.primaryKey())
    .addColumn('document_ids', sql`text[]`, (c) => c.notNull())
    .execute();
  await db.deleteFrom('search_index_state' as never).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('projected_offers').execute();
}
