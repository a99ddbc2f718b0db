import { likePattern } from '../database/like-pattern.js';
import { sql, type Kysely } from 'kysely';
import type { AdminOfferList, AdminOfferQuery, Offer } from '@sek/contract';
import { guardedDb } from '../database/database-errors.js';
import type { DatabaseSchema } from '../database/schema.js';
import { keepableOffers, type Principal } from '../accounts/principal.js';
import { dutchMoment } from '../schedule/dutch-time.js';


/**
 * One page of the offers a person may keep, with the management filters, newest change first.
 * Every filter is a column condition (title and provider name are columns PostgreSQL keeps),
 * so a page stays a single indexed query at 100,000 offers.
 */
export async function listKeepableOffers(db: Kysely<DatabaseSchema>, who: Principal, query: AdminOfferQuery, now: Date): Promise<AdminOfferList> {
  let filtered = db.selectFrom('offers').where(keepableOffers(who));
  if (query.q) {
    const pattern = likePattern(query.q);
    filtered = filtered.where((eb) => eb.or([eb('title', 'ilike', pattern), eb('provider_name', 'ilike', pattern), eb('id', 'ilike', pattern)]));
  }
  if (query.publication) filtered = filtered.where('publication', '=', query.publication);
  if (query.status) filtered = filtered.where('status', '=', query.status);
  if (query.theme) filtered = filtered.where(sql<boolean>`data -> 'themes' ? ${query.theme}`);
  if (query.gemeente) {
    const one = sql<string[]>`${[query.gemeente]}::text[]`;
    filtered = filtered.where((eb) => eb.or([eb('gemeenten', '&&', one), eb('service_gemeenten', '&&', one)]));
  }
  if (query.provider) filtered = filtered.where('organization_id', '=', query.provider);
  if (query.notVerifiedSince) filtered = filtered.where('last_verified', '<', query.notVerifiedSince);
  if (query.expired) filtered = filtered.where('expires_on', '<', dutchMoment(now.getTime() / 1000).date);

  const [count, rows] = await Promise.all([
    guardedDb(() => filtered.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()),
    guardedDb(() => filtered
      .select(['id', 'title', 'provider_name', 'gemeenten', 'status', 'publication', sql<string>`to_char(last_verified, 'YYYY-MM-DD')`.as('last_verified'),
        sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expires_on'), 'updated_at',
        // A change waiting for review (or sent back), found by the submissions' offer index per row of this page only.
        sql<'pending' | 'sent_back' | null>`(select s.state from submissions s where s.offer_id = offers.id and s.state in ('pending', 'sent_back') order by s.updated_at desc limit 1)`.as('review')])
      .orderBy('updated_at', 'desc').orderBy('id').limit(query.limit).offset((query.page - 1) * query.limit).execute()),
  ]);
  return {
    total: Number(count.n),
    page: query.page,
    limit: query.limit,
    offers: rows.map((row) => ({
      id: row.id,
      title: row.title,
      provider: row.provider_name,
      gemeenten: row.gemeenten,
      status: row.status,
      publication: row.publication,
      lastVerified: row.last_verified,
      expiresOn: row.expires_on,
      updatedAt: row.updated_at.toISOString(),
      review: row.review,
    })),
  };
}

/** Every stored offer a person may keep (any publication state), in id order, page by page, optionally in these gemeenten. */
export async function* keepableOffersIn(db: Kysely<DatabaseSchema>, who: Principal, region: string[] = [], pageSize = 1000): AsyncGenerator<Offer> {
  let after = '';
  for (;;) {
    let query = db.selectFrom('offers').select(['id', 'data']).where(keepableOffers(who)).where('id', '>', after).orderBy('id').limit(pageSize);
    if (region.length) {
      const codes = sql<string[]>`${region}::text[]`;
      query = query.where((eb) => eb.or([eb('gemeenten', '&&', codes), eb('service_gemeenten', '&&', codes)]));
    }
    const rows = await guardedDb(() => query.execute());
    for (const row of rows) yield row.data;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}
