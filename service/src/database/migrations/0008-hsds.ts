import { sql, type Kysely } from 'kysely';
import { hsdsId } from '../../hsds/hsds-ids.js';

/**
 * HSDS 3.0: every offer's deterministic HSDS ids as columns, so `/hsds/services/{id}`,
 * `/hsds/service_at_locations/{id}` and `/hsds/organizations/{id}` are index lookups; an offer may
 * be "not checked yet" (an HSDS record without `assured_date`); a submission may wait because SEK
 * could not choose its theme ("onderwerp kiezen").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('offers').alterColumn('last_verified', (c) => c.dropNotNull()).execute();
  await db.schema.alterTable('offers')
    .addColumn('hsds_id', 'uuid')
    .addColumn('hsds_organization_id', 'uuid')
    .addColumn('hsds_location_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  for (let after = ''; ;) {
    const rows: { id: string; organization_id: string; data: { locations?: { id: string }[] } }[] = await db.selectFrom('offers')
      .select(['id', 'organization_id', 'data']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      await db.updateTable('offers').set({
        hsds_id: hsdsId('service', row.id),
        hsds_organization_id: hsdsId('organization', row.organization_id),
        hsds_location_ids: sql`${(row.data.locations ?? []).map((l) => hsdsId('service_at_location', row.id, l.id))}::uuid[]`,
      }).where('id', '=', row.id).execute();
    }
    after = rows[rows.length - 1]!.id;
  }
  await db.schema.alterTable('offers').alterColumn('hsds_id', (c) => c.setNotNull()).alterColumn('hsds_organization_id', (c) => c.setNotNull()).execute();
  await db.schema.createIndex('offers_hsds_id').on('offers').column('hsds_id').unique().execute();
  await db.schema.createIndex('offers_hsds_organization_id').on('offers').column('hsds_organization_id').execute();
  await sql`create index offers_hsds_location_ids on offers using gin (hsds_location_ids)`.execute(db);
  await sql`create index offers_updated_at on offers (updated_at)`.execute(db);
  // "Services with this theme" (the HSDS taxonomy_term_id filter): `(data -> 'themes') ? 'taal'`.
  await sql`create index offers_themes on offers using gin ((data -> 'themes'))`.execute(db);
  await db.schema.alterTable('submissions')
    .addColumn('needs', 'text', (c) => c.check(sql`needs in ('onderwerp-kiezen')`))
    .execute();
}
