import { sql, type Kysely } from 'kysely';

/** Offers, their providers, their history, and the outbox that feeds the search index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'temporarily-closed', 'inactive')`))
    .addColumn('publication', 'text', (c) => c.notNull().defaultTo('published').check(sql`publication in ('published', 'draft', 'submitted', 'hidden')`))
    .addColumn('gemeenten', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('service_gemeenten', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('service_national', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_location', 'boolean', (c) => c.notNull())
    .addColumn('last_verified', 'date', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('offers_source').on('offers').column('source').execute();
  await db.schema.createIndex('offers_organization').on('offers').column('organization_id').execute();
  await db.schema.createIndex('offers_last_verified').on('offers').column('last_verified').execute();
  await db.schema.createIndex('offers_gemeenten').on('offers').using('gin').column('gemeenten').execute();
  await db.schema.createIndex('offers_service_gemeenten').on('offers').using('gin').column('service_gemeenten').execute();

  await db.schema
    .createTable('offer_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'delete', 'restore')`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema.createIndex('offer_history_offer').on('offer_history').columns(['offer_id', 'id']).execute();
  // The history is append-only: nothing may change or remove what happened.
  await sql`
    create function offer_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'offer_history is append-only'; end $$`.execute(db);
  await sql`
    create trigger offer_history_append_only before update or delete on offer_history
    for each statement execute function offer_history_append_only()`.execute(db);

  await db.schema
    .createTable('projection_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('enqueued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('search_index_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('settings_hash', 'text', (c) => c.notNull())
    .addColumn('built_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['search_index_state', 'projection_outbox', 'offer_history', 'offers', 'organizations']) await db.schema.dropTable(table).execute();
  await sql`drop function if exists offer_history_append_only`.execute(db);
}
