import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Offer } from '@sek/contract';
import type { DatabaseSchema } from '../database/schema.js';
import { guardedDb } from '../database/database-errors.js';
import { likePattern } from '../database/like-pattern.js';
import type { GeoData } from '../geo/geo-data.js';
import { ApiError } from '../http/api-error.js';
import { hsdsPage, type HsdsOrganizationsQuery, type HsdsPage, type HsdsServiceAtLocationsQuery, type HsdsServicesQuery, type HsdsTaxonomiesQuery, type HsdsTaxonomyTermsQuery } from './hsds-query.js';
import type { Json } from './hsds-schedules.js';
import { HSDS_TAXONOMIES, HSDS_TAXONOMY_TERMS, SEK_FIELDS, SEK_TAXONOMIES, sekTermById } from './hsds-taxonomy.js';
import {
  hsdsServiceAtLocationId, offerToHsdsService, offerToHsdsServiceAtLocation, offerToHsdsServiceSummary, providerToHsdsOrganization,
} from './offer-to-hsds.js';

/**
 * The read-only HSDS 3.0 API over the published offers in PostgreSQL. Lists are pages of the
 * specification's `Page`; every filter is a condition on the offers (cumulative, AND); lookups by
 * HSDS id use the id columns. Unpublished offers (drafts, hidden, removed) never appear.
 */

type Filters = Omit<HsdsServicesQuery, 'page' | 'per_page' | 'format' | 'minimal' | 'full'>;
type Row = { data: Offer; updated_at: Date };


/**
 * The list of codes per SEK taxonomy, as a fixed SQL expression (themes: the expression of the
 * `offers_themes` GIN index); kind and kaart are single values.
 */
const LIST_PATH: Partial<Record<string, string>> = {
  [SEK_TAXONOMIES.theme]: "(o.data -> 'themes')",
  [SEK_TAXONOMIES.targetGroup]: "(o.data -> 'targetGroups')",
  [SEK_TAXONOMIES.dayPart]: "(o.data -> 'schedule' -> 'dayParts')",
  [SEK_TAXONOMIES.accessibility]: "(o.data -> 'accessibility')",
};
const SINGLE_PATH: Partial<Record<string, string>> = { [SEK_TAXONOMIES.kind]: 'kind', [SEK_TAXONOMIES.kaart]: 'kaart' };
/** `sek-field` terms every exported service carries. */
const ALWAYS: Set<string> = new Set([SEK_FIELDS.id, SEK_FIELDS.source, SEK_FIELDS.summary, SEK_FIELDS.online]);
const FIELD_PRESENT: Partial<Record<string, ReturnType<typeof sql<SqlBool>>>> = {
  [SEK_FIELDS.validUntil]: sql<SqlBool>`o.data ? 'validUntil'`,
  [SEK_FIELDS.closed]: sql<SqlBool>`jsonb_array_length(coalesce(o.data -> 'schedule' -> 'closed', '[]')) > 0`,
  [SEK_FIELDS.registrationRequired]: sql<SqlBool>`o.data -> 'schedule' ? 'registrationRequired'`,
  [SEK_FIELDS.joinAnytime]: sql<SqlBool>`o.data -> 'schedule' ? 'joinAnytime'`,
};

function termCondition(termId: string): Expression<SqlBool> {
  const term = sekTermById(termId);
  if (!term) return sql<SqlBool>`false`;
  const list = LIST_PATH[term.taxonomy];
  if (list) return sql<SqlBool>`${sql.raw(list)} ? ${term.code}`;
  const single = SINGLE_PATH[term.taxonomy];
  if (single) return sql<SqlBool>`o.data ->> ${single} = ${term.code}`;
  if (ALWAYS.has(term.code)) return sql<SqlBool>`true`;
  return FIELD_PRESENT[term.code] ?? sql<SqlBool>`false`;
}

function taxonomyCondition(taxonomyId: string): Expression<SqlBool> {
  const taxonomy = HSDS_TAXONOMIES.find((t) => t.id === taxonomyId);
  if (!taxonomy) return sql<SqlBool>`false`;
  const list = LIST_PATH[taxonomy.name];
  // Every offer has a theme, a kind, a kaart and SEK's own fields.
  return list ? sql<SqlBool>`jsonb_array_length(coalesce(${sql.raw(list)}, '[]')) > 0` : sql<SqlBool>`true`;
}

/** Meters between a location (`l`, a jsonb location) and a point, by the haversine formula. */
const metersFrom = (lat: number, lng: number) => sql<number>`2 * 6371008.8 * asin(sqrt(
  power(sin(radians(((l ->> 'lat')::float8 - ${lat}) / 2)), 2) +
  cos(radians(${lat})) * cos(radians((l ->> 'lat')::float8)) * power(sin(radians(((l ->> 'lng')::float8 - ${lng}) / 2)), 2)))`;

export class HsdsApi {
  constructor(private readonly db: Kysely<DatabaseSchema>, private readonly geo: GeoData) {}

  /** The point of a postcode (its PC4 area's centre) and the gemeenten it lies in. */
  private postcodeArea(postcode: string) {
    const area = this.geo.postcodes.get(postcode.slice(0, 4));
    if (!area) {
      throw ApiError.invalid([{ field: 'postcode', code: 'unknown_postcode', message: { nl: `Postcode ${postcode} kennen we niet. Kijk of de cijfers kloppen.`, en: `Postcode ${postcode} is unknown. Check the digits.` } }]);
    }
    return area;
  }

  /** The conditions of a service list (and a service-at-location list) on `offers o`. */
  private conditions(filters: Filters, perLocation: boolean): Expression<SqlBool>[] {
    const where: Expression<SqlBool>[] = [sql<SqlBool>`o.publication = 'published'`];
    if (filters.search) {
      const pattern = likePattern(filters.search);
      where.push(sql<SqlBool>`(o.title ilike ${pattern} or o.provider_name ilike ${pattern} or o.data ->> 'summary' ilike ${pattern} or o.data ->> 'description' ilike ${pattern})`);
    }
    if (filters.modified_after) where.push(sql<SqlBool>`o.updated_at >= ${new Date(filters.modified_after)}`);
    if (filters.taxonomy_term_id) where.push(termCondition(filters.taxonomy_term_id));
    if (filters.taxonomy_id) where.push(taxonomyCondition(filters.taxonomy_id));
    if (filters.organization_id) where.push(sql<SqlBool>`o.hsds_organization_id = ${filters.organization_id}::uuid`);
    if (filters.postcode) {
      const area = this.postcodeArea(filters.postcode);
      if (filters.proximity !== undefined) {
        const near = sql<SqlBool>`${metersFrom(area.lat, area.lng)} <= ${filters.proximity}`;
        where.push(perLocation ? near : sql<SqlBool>`exists (select 1 from jsonb_array_elements(o.data -> 'locations') l where ${near})`);
      } else {
        // Offers in the postcode's gemeente, and online offers that serve it.
        where.push(sql<SqlBool>`(o.gemeenten && ${area.gemeenteCodes}::text[] or (not o.has_location and (o.service_national or o.service_gemeenten && ${area.gemeenteCodes}::text[])))`);
      }
    }
    return where;
  }

  private async servicesPage(filters: Filters, page: number, perPage: number): Promise<{ rows: Row[]; total: number }> {
    const where = sql.join(this.conditions(filters, false), sql` and `);
    const [rows, count] = await guardedDb(() => Promise.all([
      sql<Row>`select o.data, o.updated_at from offers o where ${where} order by o.hsds_id limit ${perPage} offset ${(page - 1) * perPage}`.execute(this.db),
      sql<{ n: string }>`select count(*) as n from offers o where ${where}`.execute(this.db),
    ]));
    return { rows: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
  }

  /** `/services`: one-to-one fields and the organization; `full`: nested; `minimal`: id, name, status, last_modified. */
  async services(query: HsdsServicesQuery): Promise<HsdsPage<Json>> {
    const { rows, total } = await this.servicesPage(query, query.page, query.per_page);
    const contents = rows.map(({ data, updated_at }) => {
      const meta = { lastModified: updated_at.toISOString() };
      if (query.full) return offerToHsdsService(data, meta);
      const summary = offerToHsdsServiceSummary(data, meta);
      if (query.minimal) return { id: summary.id, name: summary.name, status: summary.status, last_modified: summary.last_modified };
      return { ...summary, organization: providerToHsdsOrganization(data.provider) };
    });
    return hsdsPage(contents, total, query.page, query.per_page);
  }

  async service(id: string): Promise<Json | undefined> {
    const row = await guardedDb(() => this.db.selectFrom('offers').select(['data', 'updated_at'])
      .where('hsds_id', '=', id).where('publication', '=', 'published').executeTakeFirst());
    return row && offerToHsdsService(row.data, { lastModified: row.updated_at.toISOString() });
  }

  /** `/service_at_locations`: one entry per place of a published offer (online-only offers have none). */
  async serviceAtLocations(query: HsdsServiceAtLocationsQuery): Promise<HsdsPage<Json>> {
    const where = sql.join(this.conditions(query, true), sql` and `);
    const from = sql`offers o cross join lateral jsonb_array_elements(o.data -> 'locations') l`;
    const [rows, count] = await guardedDb(() => Promise.all([
      sql<Row & { location_id: string }>`select o.data, o.updated_at, l ->> 'id' as location_id from ${from} where ${where}
        order by o.hsds_id, l ->> 'id' limit ${query.per_page} offset ${(query.page - 1) * query.per_page}`.execute(this.db),
      sql<{ n: string }>`select count(*) as n from ${from} where ${where}`.execute(this.db),
    ]));
    const contents = rows.rows.map(({ data, updated_at, location_id }) => {
      const location = data.locations.find((l) => l.id === location_id)!;
      const meta = { lastModified: updated_at.toISOString() };
      const item = offerToHsdsServiceAtLocation(data, location, meta);
      return query.full ? { ...item, service: offerToHsdsService(data, meta) } : item;
    });
    return hsdsPage(contents, Number(count.rows[0]?.n ?? 0), query.page, query.per_page);
  }

  async serviceAtLocation(id: string): Promise<Json | undefined> {
    const row = await guardedDb(() => this.db.selectFrom('offers').select(['data', 'updated_at'])
      .where(sql<SqlBool>`${id}::uuid = any(hsds_location_ids)`).where('publication', '=', 'published').executeTakeFirst());
    const location = row?.data.locations.find((l) => hsdsServiceAtLocationId(row.data.id, l.id) === id);
    if (!row || !location) return undefined;
    const meta = { lastModified: row.updated_at.toISOString() };
    return { ...offerToHsdsServiceAtLocation(row.data, location, meta), service: offerToHsdsService(row.data, meta) };
  }

  /** The organizations with published offers; `full`/`full_service`: with their services. */
  async organizations(query: HsdsOrganizationsQuery): Promise<HsdsPage<Json>> {
    const pattern = query.search ? likePattern(query.search) : undefined;
    const where = sql.join([sql`o.publication = 'published'`, ...(pattern ? [sql`o.provider_name ilike ${pattern}`] : [])], sql` and `);
    const [rows, count] = await guardedDb(() => Promise.all([
      sql<{ hsds_organization_id: string; provider: Offer['provider'] }>`
        select o.hsds_organization_id, (array_agg(o.data -> 'provider' order by o.updated_at desc, o.id))[1] as provider
        from offers o where ${where} group by o.hsds_organization_id order by o.hsds_organization_id
        limit ${query.per_page} offset ${(query.page - 1) * query.per_page}`.execute(this.db),
      sql<{ n: string }>`select count(distinct o.hsds_organization_id) as n from offers o where ${where}`.execute(this.db),
    ]));
    const contents: Json[] = [];
    for (const row of rows.rows) {
      const organization = providerToHsdsOrganization(row.provider);
      if (!query.full && !query.full_service) contents.push(organization);
      else contents.push({ ...organization, services: (await this.servicesOf(row.hsds_organization_id)).map((r) => this.serviceOf(r, Boolean(query.full_service))) });
    }
    return hsdsPage(contents, Number(count.rows[0]?.n ?? 0), query.page, query.per_page);
  }

  private servicesOf(organizationId: string): Promise<Row[]> {
    return guardedDb(() => this.db.selectFrom('offers').select(['data', 'updated_at'])
      .where('hsds_organization_id', '=', organizationId).where('publication', '=', 'published').orderBy('hsds_id').execute());
  }

  private serviceOf({ data, updated_at }: Row, full: boolean): Json {
    return (full ? offerToHsdsService : offerToHsdsServiceSummary)(data, { lastModified: updated_at.toISOString() });
  }

  /** One organization with its services (one-to-one fields; `full_service`: nested). */
  async organization(id: string, fullService: boolean): Promise<Json | undefined> {
    const rows = await this.servicesOf(id);
    if (rows.length === 0) return undefined;
    return { ...providerToHsdsOrganization(rows[0]!.data.provider), services: rows.map((row) => this.serviceOf(row, fullService)) };
  }

  taxonomies(query: HsdsTaxonomiesQuery): HsdsPage<Json> {
    const search = query.search?.toLowerCase();
    const all = HSDS_TAXONOMIES.filter((t) => !search || `${t.name} ${t.description}`.toLowerCase().includes(search));
    return hsdsPage(all.slice((query.page - 1) * query.per_page, query.page * query.per_page) as unknown as Json[], all.length, query.page, query.per_page);
  }

  taxonomy(id: string): Json | undefined {
    return HSDS_TAXONOMIES.find((t) => t.id === id) as Json | undefined;
  }

  /** SEK's terms have no parents: `top_only` lists them all, `parent_id` none. */
  taxonomyTerms(query: HsdsTaxonomyTermsQuery): HsdsPage<Json> {
    const search = query.search?.toLowerCase();
    const all = HSDS_TAXONOMY_TERMS.filter((t) => (!search || `${t.code} ${t.name} ${t.description}`.toLowerCase().includes(search))
      && (!query.taxonomy_id || t.taxonomy_id === query.taxonomy_id) && !query.parent_id);
    return hsdsPage(all.slice((query.page - 1) * query.per_page, query.page * query.per_page) as unknown as Json[], all.length, query.page, query.per_page);
  }

  taxonomyTerm(id: string): Json | undefined {
    return sekTermById(id) as Json | undefined;
  }
}
