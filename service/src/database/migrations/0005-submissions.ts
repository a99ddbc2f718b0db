import { sql, type Kysely } from 'kysely';

/**
 * Offers that providers send in, and their review: one row per proposed offer (a new one, a change
 * of a published one, a claim). The proposal is a jsonb copy; the offers table (and so the search
 * index) only changes when a coordinator publishes it. Mail link secrets are stored as hashes.
 * Aanbieders can be trusted: their changes are published without review.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('trusted', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('new', 'change', 'claim')`))
    .addColumn('base_version', 'integer')
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'unconfirmed', 'pending', 'sent_back', 'published', 'withdrawn')`))
    .addColumn('offer', 'jsonb', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('submitter_name', 'text', (c) => c.notNull())
    .addColumn('submitter_email', 'text', (c) => c.notNull())
    .addColumn('submitter_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('token_purpose', 'text', (c) => c.check(sql`token_purpose in ('confirm', 'change')`))
    .addColumn('token_expires_at', 'timestamptz')
    .addColumn('message', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema.createIndex('submissions_state').on('submissions').columns(['state', 'updated_at']).execute();
  await db.schema.createIndex('submissions_offer').on('submissions').column('offer_id').execute();
  await db.schema.createIndex('submissions_submitter').on('submissions').column('submitter_user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('submissions').execute();
  await db.schema.alterTable('users').dropColumn('trusted').execute();
}
