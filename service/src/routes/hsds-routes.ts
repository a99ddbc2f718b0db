import { Readable } from 'node:stream';
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../domain-errors.js';
import { parseInput } from '../http/validate.js';
import { HsdsApi } from '../hsds/hsds-api.js';
import {
  HsdsEmptyQuery, HsdsIdParams, HsdsOrganizationQuery, HsdsOrganizationsQuery, HsdsServiceAtLocationsQuery, HsdsServicesQuery, HsdsTaxonomiesQuery,
  HsdsTaxonomyTermsQuery, type HsdsPage,
} from '../hsds/hsds-query.js';
import type { Json } from '../hsds/hsds-schedules.js';

/** Where the specification of this API lives (the official OpenAPI 3.1 file of HSDS 3.0). */
const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';
/** Rows per page when `format=ndjson` streams a whole list. */
const NDJSON_PAGE = 500;

const notFound = (what: string) => new NotFoundError({ nl: `Deze ${what} bestaat niet, of staat niet (meer) in de kaart.`, en: `This ${what} does not exist, or is not (any longer) in the kaart.` });

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

/**
 * Answers a list as a JSON page, or (`format=ndjson`) the whole list without pages, one JSON object
 * per line. The first page is read before answering, so a database error is a 503, not a cut stream.
 */
async function sendList(ctx: Context, format: 'json' | 'ndjson', list: (page: number, perPage?: number) => Promise<HsdsPage<Json>> | HsdsPage<Json>, page: number): Promise<void> {
  if (format === 'json') {
    ctx.body = await list(page);
    return;
  }
  const first = await list(1, NDJSON_PAGE);
  async function* all() {
    for (let page = 1; ; page++) {
      const result = page === 1 ? first : await list(page, NDJSON_PAGE);
      for (const item of result.contents) yield `${JSON.stringify(item)}\n`;
      if (result.last_page || result.contents.length === 0) return;
    }
  }
  ctx.type = 'application/x-ndjson; charset=utf-8';
  ctx.body = Readable.from(all());
}

/**
 * The read-only HSDS 3.0 API (`/hsds/…`, Open Referral's API reference): public, open to every
 * site (CORS `*`, no credentials), published offers only.
 */
export function addHsdsRoutes(router: Router, deps: AppDeps): void {
  const api = new HsdsApi(deps.store.db, deps.geo);
  const origin = (ctx: Context) => `${ctx.protocol}://${ctx.host}`;

  router.get(['/hsds', '/hsds/'], (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    ctx.body = { version: '3.0', profile: `${origin(ctx)}/hsds/profile`, openapi_url: OPENAPI_URL };
  });
  router.get('/hsds/profile', (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    ctx.body = {
      name: 'SEK (sociaal-educatieve kaart) HSDS 3.0',
      description: 'Aanbod in Nederland voor basisvaardigheden: taal, computer en internet, rekenen, geld, werk, gezondheid en meer. '
        + 'Alleen gepubliceerd aanbod. Ids zijn UUIDv5 van de SEK-ids; het SEK-id staat in het attribuut sek-id (taxonomie sek-field). '
        + 'Onderwerpen, soorten, doelgroepen, dagdelen, toegankelijkheid en kaart zijn taxonomieën (zie /hsds/taxonomies). Adressen: region is de CBS-gemeentecode.',
      taxonomies: `${origin(ctx)}/hsds/taxonomies`,
      openapi_url: OPENAPI_URL,
    };
  });

  router.get('/hsds/services', async (ctx) => {
    const query = parseInput(HsdsServicesQuery, ctx.query);
    await sendList(ctx, query.format, (page, perPage = query.per_page) => api.services({ ...query, page, per_page: perPage }), query.page);
  });
  router.get('/hsds/services/:id', async (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    const { id } = parseInput(HsdsIdParams, ctx.params);
    ctx.body = found((await api.service(id)), 'dienst');
  });

  router.get('/hsds/service_at_locations', async (ctx) => {
    const query = parseInput(HsdsServiceAtLocationsQuery, ctx.query);
    await sendList(ctx, query.format, (page, perPage = query.per_page) => api.serviceAtLocations({ ...query, page, per_page: perPage }), query.page);
  });
  router.get('/hsds/service_at_locations/:id', async (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    const { id } = parseInput(HsdsIdParams, ctx.params);
    ctx.body = found((await api.serviceAtLocation(id)), 'plek');
  });

  router.get('/hsds/organizations', async (ctx) => {
    const query = parseInput(HsdsOrganizationsQuery, ctx.query);
    await sendList(ctx, query.format, (page, perPage = query.per_page) => api.organizations({ ...query, page, per_page: perPage }), query.page);
  });
  router.get('/hsds/organizations/:id', async (ctx) => {
    const query = parseInput(HsdsOrganizationQuery, ctx.query);
    const { id } = parseInput(HsdsIdParams, ctx.params);
    ctx.body = found((await api.organization(id, Boolean(query.full_service))), 'organisatie');
  });

  router.get('/hsds/taxonomies', async (ctx) => {
    const query = parseInput(HsdsTaxonomiesQuery, ctx.query);
    await sendList(ctx, query.format, (page, perPage = query.per_page) => api.taxonomies({ ...query, page, per_page: perPage }), query.page);
  });
  router.get('/hsds/taxonomies/:id', (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    const { id } = parseInput(HsdsIdParams, ctx.params);
    ctx.body = found(api.taxonomy(id), 'taxonomie');
  });
  router.get('/hsds/taxonomy_terms', async (ctx) => {
    const query = parseInput(HsdsTaxonomyTermsQuery, ctx.query);
    await sendList(ctx, query.format, (page, perPage = query.per_page) => api.taxonomyTerms({ ...query, page, per_page: perPage }), query.page);
  });
  router.get('/hsds/taxonomy_terms/:id', (ctx) => {
    parseInput(HsdsEmptyQuery, ctx.query);
    const { id } = parseInput(HsdsIdParams, ctx.params);
    ctx.body = found(api.taxonomyTerm(id), 'term');
  });
}
