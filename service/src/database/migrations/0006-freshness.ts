import { sql, type Kysely } from 'kysely';

/**
 * Freshness ("Klopt dit nog?"): the check policy per kaart and gemeente, where each offer is in its
 * check, the single-use links in the mails (only their hashes), and a log of what was sent and answered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('freshness_policies')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('interval_months', 'integer', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull())
    .addColumn('grace_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  // One row per offer in a check; `cycle` is the offer's last_verified when it began, so any newer
  // confirmation (an answer, a call, an edit, an import) ends the check.
  await db.schema
    .createTable('verifications')
    .addColumn('offer_id', 'text', (c) => c.primaryKey().references('offers.id').onDelete('cascade'))
    .addColumn('cycle', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('due', 'asked', 'reminded', 'changing', 'hidden')`))
    .addColumn('contact_email', 'text')
    .addColumn('asked_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('hide_on', 'date', (c) => c.notNull())
    .addColumn('remind_on', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verifications_state').on('verifications').columns(['state', 'hide_on']).execute();

  await db.schema
    .createTable('check_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('check_links_offer').on('check_links').column('offer_id').execute();

  await db.schema
    .createTable('freshness_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('gemeenten', sql`text[]`, (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'bigint', (c) => c.references('mail_outbox.id'))
    .execute();
  await db.schema.createIndex('freshness_log_gemeenten').on('freshness_log').using('gin').column('gemeenten').execute();
  await db.schema.createIndex('freshness_log_at').on('freshness_log').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['freshness_log', 'check_links', 'verifications', 'freshness_policies']) await db.schema.dropTable(table).execute();
}
