import { z } from 'zod';

/**
 * The query parameters of the HSDS 3.0 API (`schema/openapi.json`, `api_reference.md`). Every
 * endpoint accepts only the parameters the specification gives it; together they narrow the result
 * (AND). Dates in `modified_after` may be a day (`2026-11-01`) or a moment (`2026-11-01T08:00:00Z`).
 */

const Bool = z.enum(['true', 'false', '1', '0'], { error: 'boolean' }).transform((v) => v === 'true' || v === '1').optional();
const Uuid = z.uuid('uuid').transform((id) => id.toLowerCase());

const params = {
  search: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number({ error: 'number' }).int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number({ error: 'number' }).int().min(1).max(500).default(50),
  format: z.enum(['json', 'ndjson']).default('json'),
  taxonomy_term_id: Uuid.optional(),
  taxonomy_id: Uuid.optional(),
  organization_id: Uuid.optional(),
  modified_after: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'date' }).optional(),
  minimal: Bool,
  full: Bool,
  full_service: Bool,
  postcode: z.string().trim().regex(/^[1-9]\d{3}\s?([A-Za-z]{2})?$/, 'postcode').optional(),
  /** Meters from the postcode's centre. */
  proximity: z.coerce.number({ error: 'number' }).int().min(1).max(200_000).optional(),
  top_only: Bool,
  parent_id: Uuid.optional(),
};

const needsPostcode = (q: { proximity?: number; postcode?: string }) => q.proximity === undefined || q.postcode !== undefined;
const proximityRule = { path: ['proximity'], message: 'proximity_needs_postcode' };

export const HsdsServicesQuery = z.object({
  search: params.search, page: params.page, per_page: params.per_page, format: params.format, taxonomy_term_id: params.taxonomy_term_id,
  taxonomy_id: params.taxonomy_id, organization_id: params.organization_id, modified_after: params.modified_after, minimal: params.minimal,
  full: params.full, postcode: params.postcode, proximity: params.proximity,
}).strict().refine(needsPostcode, proximityRule);
export type HsdsServicesQuery = z.infer<typeof HsdsServicesQuery>;

export const HsdsServiceAtLocationsQuery = z.object({
  search: params.search, page: params.page, per_page: params.per_page, format: params.format, taxonomy_term_id: params.taxonomy_term_id,
  taxonomy_id: params.taxonomy_id, organization_id: params.organization_id, modified_after: params.modified_after, full: params.full,
  postcode: params.postcode, proximity: params.proximity,
}).strict().refine(needsPostcode, proximityRule);
export type HsdsServiceAtLocationsQuery = z.infer<typeof HsdsServiceAtLocationsQuery>;

export const HsdsOrganizationsQuery = z.object({
  search: params.search, page: params.page, per_page: params.per_page, format: params.format, full: params.full, full_service: params.full_service,
}).strict();
export type HsdsOrganizationsQuery = z.infer<typeof HsdsOrganizationsQuery>;

export const HsdsOrganizationQuery = z.object({ full_service: params.full_service }).strict();

export const HsdsTaxonomiesQuery = z.object({ search: params.search, page: params.page, per_page: params.per_page, format: params.format }).strict();
export type HsdsTaxonomiesQuery = z.infer<typeof HsdsTaxonomiesQuery>;

export const HsdsTaxonomyTermsQuery = z.object({
  search: params.search, page: params.page, per_page: params.per_page, format: params.format, taxonomy_id: params.taxonomy_id,
  top_only: params.top_only, parent_id: params.parent_id,
}).strict();
export type HsdsTaxonomyTermsQuery = z.infer<typeof HsdsTaxonomyTermsQuery>;

export const HsdsEmptyQuery = z.object({}).strict();
export const HsdsIdParams = z.object({ id: Uuid });

/** The specification's `Page`: the header of every list. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: total === 0,
    contents,
  };
}
