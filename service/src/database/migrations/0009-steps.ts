import { sql, type Kysely } from 'kysely';

/**
 * "Stap voor stap": a coordinator's own sub-questions for a theme in a gemeente, replacing SEK's
 * default ones there. Validated by the contract's `StepAnswers` before they are written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('step_overrides')
    .addColumn('gemeente', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('step_overrides_pk', ['gemeente', 'theme'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('step_overrides').execute();
}
