import { sql, type Kysely } from 'kysely';

/**
 * Insight, aggregated when it happens: search counts per day × gemeente × PC4 of the search centre ×
 * what was filtered; search words per week × gemeente, only once searched often enough (the service
 * holds rarer words in memory and never writes them); referral counts per day × offer × gemeente.
 * No row can name a person, an IP address, a full postcode or a whole query.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_stats')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('gemeente', 'text', (c) => c.notNull())
    .addColumn('pc4', 'text', (c) => c.notNull().check(sql`pc4 ~ '^([0-9]{4})?$'`))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('day_part', 'text', (c) => c.notNull())
    .addColumn('free', 'boolean', (c) => c.notNull())
    .addColumn('online', 'text', (c) => c.notNull())
    .addColumn('searches', 'integer', (c) => c.notNull())
    .addColumn('zero_results', 'integer', (c) => c.notNull())
    .addColumn('few_results', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_stats_pk', ['day', 'gemeente', 'pc4', 'theme', 'day_part', 'free', 'online'])
    .execute();
  await db.schema.createIndex('search_stats_gemeente').on('search_stats').columns(['gemeente', 'day']).execute();

  await db.schema
    .createTable('search_words')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('gemeente', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('searches', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_words_pk', ['week', 'gemeente', 'word'])
    .execute();

  await db.schema
    .createTable('referral_counts')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('gemeente', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('print', 'share')`))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('referral_counts_pk', ['day', 'offer_id', 'gemeente', 'action'])
    .execute();
  await db.schema.createIndex('referral_counts_gemeente').on('referral_counts').columns(['gemeente', 'day']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['referral_counts', 'search_words', 'search_stats']) await db.schema.dropTable(table).execute();
}
