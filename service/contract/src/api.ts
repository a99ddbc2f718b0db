import { z } from 'zod';
import { ErrorBody } from './errors.js';
import {
  Accepted, AdminOffer, AdminOfferList, AdminOfferQuery, ApiTokenList, CreatedApiToken, LoginRequest, MailOutbox, NewApiToken, NewUser,
  OfferHistory, OfferUpdate, OrganizationList, RestoreRequest, SessionRequest, SessionResponse, TokenParams, User, UserList, UserParams,
} from './beheer.js';
import { ImportReport } from './import-report.js';
import {
  AdminSubmission, ClaimRequest, NewAdminSubmission, NewSubmission, OpenedSubmission, SendBack, SubmissionAnswer, SubmissionChange,
  SubmissionCheck, SubmissionLink, SubmissionList, SubmissionParams, SubmissionProblems, SubmissionQuery, SubmissionSave, TrustRequest,
} from './submission.js';
import {
  CalledRequest, CheckAnswer, CheckLink, CheckResult, FreshnessOverview, FreshnessPolicy, FreshnessQuery, FreshnessResult, FreshnessRun,
  OpenedCheck, PolicyParams, SendNowRequest,
} from './freshness.js';
import { InsightCsvQuery, InsightQuery, InsightReport, ReferralEvent, WhiteSpotQuery, WhiteSpots } from './insight.js';
import { OfferDetail } from './offer.js';
import { ExportQuery, ImportQuery, OfferParams } from './offer-files.js';
import { PlacesQuery, PlacesResponse } from './places.js';
import { AttributionResponse, BoundariesQuery, BoundariesResponse, RegionParams, RegionResponse } from './regions.js';
import { SearchQuery } from './search-query.js';
import { SearchResponse } from './search-response.js';
import { StepOverride, StepOverrideParams, StepsQuery, StepsResponse } from './steps.js';
import { ThemesResponse } from './theme-schema.js';

export interface ResponseSpec {
  description: string;
  /** The body's schema (JSON unless `contentType` says otherwise); absent: no body or not JSON. */
  schema?: z.ZodType;
  contentType?: string;
}

/** One route of the API: what it takes and every answer it can give. */
export interface RouteSpec {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** Koa-style path: `/v1/offers/:id`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request body content types (the import takes the file as the body). */
  body?: { contentTypes: string[]; description: string; schema?: z.ZodType };
  /**
   * `admin`: a person's session (cookie `sek_sessie`, and `X-CSRF-Token` on every change) or
   * `Authorization: Bearer <API token or SEK_ADMIN_TOKEN>`; checked against the person's role and
   * scope; never cross-origin.
   */
  auth?: 'admin';
  responses: Record<number, ResponseSpec>;
}

const error = (description: string): ResponseSpec => ({ description, schema: ErrorBody });
const invalid = error('Invalid input; `fields` names each problem in Dutch and English.');
const unavailable = error('Search is temporarily unavailable; retry after `Retry-After` seconds.');
const rateLimited = error('Too many requests from this client; retry after `Retry-After` seconds.');
const publicErrors = { 400: invalid, 429: rateLimited, 503: unavailable };
const adminErrors = {
  401: error('Not logged in: no session, an expired one, or no token.'),
  403: error('Logged in, but this is outside the person\'s role or gemeenten, a wrong token, or a change without the CSRF token.'),
  429: rateLimited,
};
const json = (schema: z.ZodType, description: string) => ({ contentTypes: ['application/json'], description, schema });
const unavailableDb = error('The database is temporarily unavailable; retry after `Retry-After` seconds.');

/**
 * Every route of the HTTP API. The service registers its handlers by these entries, the OpenAPI
 * document is generated from them, and the service tests check every answer against them.
 */
export const API_ROUTES = {
  search: {
    operationId: 'searchOffers', method: 'get', path: '/v1/search',
    summary: 'Offers near a place, with filters and facet counts; the online offers apart',
    query: SearchQuery,
    responses: { 200: { description: 'Search results', schema: SearchResponse }, ...publicErrors },
  },
  offer: {
    operationId: 'getOffer', method: 'get', path: '/v1/offers/:id',
    summary: 'One visible offer with all its locations',
    params: OfferParams,
    responses: { 200: { description: 'The offer, with its next sessions', schema: OfferDetail }, 404: error('No such visible offer.'), ...publicErrors },
  },
  places: {
    operationId: 'suggestPlaces', method: 'get', path: '/v1/places',
    summary: 'Typo-tolerant suggestions for postcodes, places and gemeenten',
    query: PlacesQuery,
    responses: { 200: { description: 'Suggestions', schema: PlacesResponse }, ...publicErrors },
  },
  themes: {
    operationId: 'listThemes', method: 'get', path: '/v1/themes',
    summary: 'The theme taxonomy with Dutch and English labels',
    responses: { 200: { description: 'Themes', schema: ThemesResponse }, 429: rateLimited },
  },
  attribution: {
    operationId: 'getAttribution', method: 'get', path: '/v1/attribution',
    summary: 'The licences of the geographic data, to show with a map',
    responses: { 200: { description: 'Attribution lines', schema: AttributionResponse }, 429: rateLimited },
  },
  region: {
    operationId: 'getRegion', method: 'get', path: '/v1/regions/:code',
    summary: 'A gemeente: name, centre, bounding box and boundary (to frame a map)',
    params: RegionParams,
    responses: { 200: { description: 'The gemeente', schema: RegionResponse }, 404: error('No such gemeente.'), ...publicErrors },
  },
  boundaries: {
    operationId: 'getBoundaries', method: 'get', path: '/v1/boundaries',
    summary: 'Gemeente boundaries within a bounding box (west,south,east,north)',
    query: BoundariesQuery,
    responses: { 200: { description: 'GeoJSON FeatureCollection', schema: BoundariesResponse, contentType: 'application/json' }, ...publicErrors },
  },
  export: {
    operationId: 'exportOffers', method: 'get', path: '/v1/export',
    summary: 'Every offer, streamed as NDJSON, CSV (the import template) or HSDS 3.0 JSON',
    query: ExportQuery,
    responses: { 200: { description: 'The offers, streamed', contentType: 'application/x-ndjson' }, ...publicErrors },
  },
  importOffers: {
    operationId: 'importOffers', method: 'post', path: '/v1/admin/import',
    summary: 'Import a file of offers (JSON, NDJSON, CSV or HSDS 3.0) into the database, all or nothing; always answers with the report. The search index follows within seconds.',
    auth: 'admin',
    query: ImportQuery,
    body: { contentTypes: ['application/json', 'application/x-ndjson', 'text/csv'], description: 'The file. Needs a Content-Length.' },
    responses: {
      200: { description: 'Everything asked for was done (rejected records are listed)', schema: ImportReport },
      400: invalid,
      ...adminErrors,
      411: error('No Content-Length.'),
      413: error('The file is larger than SEK_IMPORT_MAX_BYTES.'),
      422: { description: 'The file could not be read to the end or was empty (nothing stored), or replace was cancelled (nothing removed)', schema: ImportReport },
      503: { description: 'The database could not be reached; nothing was stored. Run the same file again.', schema: ImportReport },
    },
  },
  rebuildIndex: {
    operationId: 'rebuildIndex', method: 'post', path: '/v1/admin/reindex',
    summary: 'Rebuild the search index from the database into new indexes and swap them in (no moment of empty results)',
    auth: 'admin',
    responses: { 200: { description: 'Rebuilt', schema: z.object({ offers: z.number().int() }) }, ...adminErrors, 503: unavailable },
  },
  deleteOffer: {
    operationId: 'deleteOffer', method: 'delete', path: '/v1/admin/offers/:id',
    summary: 'Remove one offer and all its locations',
    auth: 'admin',
    params: OfferParams,
    responses: { 204: { description: 'Removed (the search index follows within seconds)' }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailable },
  },
  requestLogin: {
    operationId: 'requestLogin', method: 'post', path: '/v1/admin/login',
    summary: 'Ask for a login link by e-mail (valid 15 minutes, once). The answer is the same whether or not the address is known.',
    body: json(LoginRequest, 'The e-mail address'),
    responses: { 202: { description: 'If the address is known, a mail is on its way', schema: Accepted }, 400: invalid, 429: rateLimited, 503: unavailableDb },
  },
  createSession: {
    operationId: 'createSession', method: 'post', path: '/v1/admin/session',
    summary: 'Log in with the token from the mailed link; sets the session cookie',
    body: json(SessionRequest, 'The token from the link'),
    responses: { 200: { description: 'Logged in', schema: SessionResponse }, 400: invalid, 401: error('The link is unknown, used or expired.'), 429: rateLimited, 503: unavailableDb },
  },
  getSession: {
    operationId: 'getSession', method: 'get', path: '/v1/admin/session',
    summary: 'Who is logged in, and the CSRF token for changes',
    auth: 'admin',
    responses: { 200: { description: 'The person', schema: SessionResponse }, ...adminErrors },
  },
  deleteSession: {
    operationId: 'deleteSession', method: 'delete', path: '/v1/admin/session',
    summary: 'Log out (the session ends on the server too)',
    auth: 'admin',
    responses: { 204: { description: 'Logged out' }, ...adminErrors },
  },
  listAdminOffers: {
    operationId: 'listAdminOffers', method: 'get', path: '/v1/admin/offers',
    summary: 'The offers in the person\'s scope (every publication state), filtered, newest change first',
    auth: 'admin',
    query: AdminOfferQuery,
    responses: { 200: { description: 'One page of offers', schema: AdminOfferList }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  getAdminOffer: {
    operationId: 'getAdminOffer', method: 'get', path: '/v1/admin/offers/:id',
    summary: 'One offer as stored, with its version',
    auth: 'admin',
    params: OfferParams,
    responses: { 200: { description: 'The offer', schema: AdminOffer }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailableDb },
  },
  updateOffer: {
    operationId: 'updateOffer', method: 'put', path: '/v1/admin/offers/:id',
    summary: 'Save an offer (validated like an import); searchable within seconds',
    auth: 'admin',
    params: OfferParams,
    body: json(OfferUpdate, 'The whole offer and the version it was edited from'),
    responses: {
      200: { description: 'Saved', schema: AdminOffer }, 400: invalid, ...adminErrors, 404: error('No such offer.'),
      409: error('Someone saved a newer version meanwhile; reload and edit again.'), 503: unavailableDb,
    },
  },
  offerHistory: {
    operationId: 'offerHistory', method: 'get', path: '/v1/admin/offers/:id/history',
    summary: 'Every change of an offer: who, when, why and what',
    auth: 'admin',
    params: OfferParams,
    responses: { 200: { description: 'The history, newest first', schema: OfferHistory }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailableDb },
  },
  restoreOffer: {
    operationId: 'restoreOffer', method: 'post', path: '/v1/admin/offers/:id/restore',
    summary: 'Put an earlier version of an offer back (as a new version)',
    auth: 'admin',
    params: OfferParams,
    body: json(RestoreRequest, 'The version to put back'),
    responses: { 200: { description: 'Restored', schema: AdminOffer }, 400: invalid, ...adminErrors, 404: error('No such offer or version.'), 503: unavailableDb },
  },
  adminExport: {
    operationId: 'adminExport', method: 'get', path: '/v1/admin/export',
    summary: 'The offers in the person\'s scope (every publication state), as NDJSON, CSV or HSDS',
    auth: 'admin',
    query: ExportQuery,
    responses: { 200: { description: 'The offers, streamed', contentType: 'application/x-ndjson' }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  listUsers: {
    operationId: 'listUsers', method: 'get', path: '/v1/admin/users',
    summary: 'The people a person manages: all (beheerder), the aanbieders in their gemeenten (coordinator)',
    auth: 'admin',
    responses: { 200: { description: 'People', schema: UserList }, ...adminErrors, 503: unavailableDb },
  },
  inviteUser: {
    operationId: 'inviteUser', method: 'post', path: '/v1/admin/users',
    summary: 'Invite a person: they get a login link by e-mail',
    auth: 'admin',
    body: json(NewUser, 'The person and their role'),
    responses: { 201: { description: 'Invited', schema: User }, 400: invalid, ...adminErrors, 409: error('This e-mail address already has an account.'), 503: unavailableDb },
  },
  disableUser: {
    operationId: 'disableUser', method: 'delete', path: '/v1/admin/users/:id',
    summary: 'Take away a person\'s access (their sessions and API tokens end); the history keeps their name',
    auth: 'admin',
    params: UserParams,
    responses: { 204: { description: 'Access taken away' }, 400: invalid, ...adminErrors, 404: error('No such person.'), 503: unavailableDb },
  },
  listOrganizations: {
    operationId: 'listOrganizations', method: 'get', path: '/v1/admin/organizations',
    summary: 'The provider organisations with offers in the person\'s scope',
    auth: 'admin',
    responses: { 200: { description: 'Organisations', schema: OrganizationList }, ...adminErrors, 503: unavailableDb },
  },
  listTokens: {
    operationId: 'listTokens', method: 'get', path: '/v1/admin/tokens',
    summary: 'The person\'s own API tokens',
    auth: 'admin',
    responses: { 200: { description: 'Tokens (without their secret)', schema: ApiTokenList }, ...adminErrors, 503: unavailableDb },
  },
  createToken: {
    operationId: 'createToken', method: 'post', path: '/v1/admin/tokens',
    summary: 'Make an API token for automation, scoped like its person; the secret is shown once',
    auth: 'admin',
    body: json(NewApiToken, 'A name to recognise the token by'),
    responses: { 201: { description: 'The token', schema: CreatedApiToken }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  revokeToken: {
    operationId: 'revokeToken', method: 'delete', path: '/v1/admin/tokens/:id',
    summary: 'Revoke one of the person\'s API tokens',
    auth: 'admin',
    params: TokenParams,
    responses: { 204: { description: 'Revoked' }, 400: invalid, ...adminErrors, 404: error('No such token.'), 503: unavailableDb },
  },
  mailOutbox: {
    operationId: 'mailOutbox', method: 'get', path: '/v1/admin/mail',
    summary: 'The mails SEK sent or keeps (beheerder); without SMTP this is where login links wait',
    auth: 'admin',
    responses: { 200: { description: 'The newest 200 mails', schema: MailOutbox }, ...adminErrors, 503: unavailableDb },
  },
  submitOffer: {
    operationId: 'submitOffer', method: 'post', path: '/v1/submissions',
    summary: 'Send in an offer without an account; it reaches a coordinator once the e-mail address is confirmed',
    body: json(NewSubmission, 'Who sends it, and the offer'),
    responses: { 202: { description: 'Received; a confirmation link is on its way', schema: SubmissionAnswer }, ...publicErrors, 503: unavailableDb },
  },
  checkSubmission: {
    operationId: 'checkSubmission', method: 'post', path: '/v1/submissions/check',
    summary: 'The problems of an offer being filled in, field by field (nothing is stored)',
    body: json(SubmissionCheck, 'The offer so far'),
    responses: { 200: { description: 'The field problems (none: it can be sent)', schema: SubmissionProblems }, ...publicErrors },
  },
  confirmSubmission: {
    operationId: 'confirmSubmission', method: 'post', path: '/v1/submissions/confirm',
    summary: 'Confirm the e-mail address of a submission with the link from the mail (POST from the page it opens)',
    body: json(SubmissionLink, 'The secret from the link'),
    responses: { 200: { description: 'Confirmed: it waits for a coordinator', schema: SubmissionAnswer }, 410: error('The link was used already or expired.'), ...publicErrors, 503: unavailableDb },
  },
  openSubmission: {
    operationId: 'openSubmission', method: 'post', path: '/v1/submissions/open',
    summary: 'The offer and the coordinator\'s message behind a change link from a mail',
    body: json(SubmissionLink, 'The secret from the link'),
    responses: { 200: { description: 'The offer as it is now', schema: OpenedSubmission }, 410: error('The link was used already or expired.'), ...publicErrors, 503: unavailableDb },
  },
  changeSubmission: {
    operationId: 'changeSubmission', method: 'post', path: '/v1/submissions/change',
    summary: 'Send a change with the link from a mail; it goes to the coordinator (the link then stops working)',
    body: json(SubmissionChange, 'The secret from the link and the changed offer'),
    responses: { 202: { description: 'Received: it waits for a coordinator', schema: SubmissionAnswer }, 410: error('The link was used already or expired.'), ...publicErrors, 503: unavailableDb },
  },
  listSubmissions: {
    operationId: 'listSubmissions', method: 'get', path: '/v1/admin/submissions',
    summary: 'Submissions: a coordinator\'s review queue (their gemeenten), an aanbieder\'s own',
    auth: 'admin',
    query: SubmissionQuery,
    responses: { 200: { description: 'Submissions, newest first', schema: SubmissionList }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  createSubmission: {
    operationId: 'createSubmission', method: 'post', path: '/v1/admin/submissions',
    summary: 'A logged-in person\'s new offer or change: kept as a draft, sent for review, or published (coordinator, trusted aanbieder)',
    auth: 'admin',
    body: json(NewAdminSubmission, 'The offer, the offer it changes, and whether to send it'),
    responses: { 201: { description: 'Stored', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailableDb },
  },
  getSubmission: {
    operationId: 'getSubmission', method: 'get', path: '/v1/admin/submissions/:id',
    summary: 'One submission with the published offer it changes and the changes',
    auth: 'admin',
    params: SubmissionParams,
    responses: { 200: { description: 'The submission', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such submission.'), 503: unavailableDb },
  },
  saveSubmission: {
    operationId: 'saveSubmission', method: 'put', path: '/v1/admin/submissions/:id',
    summary: 'Save a draft (its author), send it, or edit a proposal before publishing (coordinator)',
    auth: 'admin',
    params: SubmissionParams,
    body: json(SubmissionSave, 'The offer, and whether to send it'),
    responses: { 200: { description: 'Saved', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such submission.'), 409: error('It was decided on meanwhile.'), 503: unavailableDb },
  },
  publishSubmission: {
    operationId: 'publishSubmission', method: 'post', path: '/v1/admin/submissions/:id/publish',
    summary: 'Publish a submission (searchable within seconds); its sender gets an e-mail',
    auth: 'admin',
    params: SubmissionParams,
    responses: { 200: { description: 'Published', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such submission.'), 409: error('It was decided on meanwhile.'), 503: unavailableDb },
  },
  sendBackSubmission: {
    operationId: 'sendBackSubmission', method: 'post', path: '/v1/admin/submissions/:id/send-back',
    summary: 'Send a submission back with a message; its sender gets an e-mail with a link to change it',
    auth: 'admin',
    params: SubmissionParams,
    body: json(SendBack, 'What the sender should change'),
    responses: { 200: { description: 'Sent back', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such submission.'), 409: error('It was decided on meanwhile.'), 503: unavailableDb },
  },
  claimOffer: {
    operationId: 'claimOffer', method: 'post', path: '/v1/admin/offers/:id/claim',
    summary: 'An aanbieder asks to keep a published offer of their organisation; a coordinator decides',
    auth: 'admin',
    params: OfferParams,
    body: json(ClaimRequest, 'A note for the coordinator'),
    responses: { 201: { description: 'Asked', schema: AdminSubmission }, 400: invalid, ...adminErrors, 404: error('No such published offer.'), 503: unavailableDb },
  },
  trustUser: {
    operationId: 'trustUser', method: 'put', path: '/v1/admin/users/:id/trust',
    summary: 'Mark an aanbieder as trusted (their changes are published without review) or not',
    auth: 'admin',
    params: UserParams,
    body: json(TrustRequest, 'Trusted or not'),
    responses: { 200: { description: 'The person', schema: User }, 400: invalid, ...adminErrors, 404: error('No such person.'), 503: unavailableDb },
  },
  openCheck: {
    operationId: 'openCheck', method: 'post', path: '/v1/checks/open',
    summary: 'What a "Klopt dit nog?" link shows: the offer as residents see it (POST from the page it opens; nothing changes)',
    body: json(CheckLink, 'The secret from the link'),
    responses: { 200: { description: 'The offer', schema: OpenedCheck }, 410: error('The link was used already or expired.'), ...publicErrors, 503: unavailableDb },
  },
  answerCheck: {
    operationId: 'answerCheck', method: 'post', path: '/v1/checks/answer',
    summary: 'The provider\'s answer to "Klopt dit nog?": it is right, I want to change it, or it stops (with its last day); the link works once',
    body: json(CheckAnswer, 'The secret from the link and the answer'),
    responses: { 200: { description: 'Done', schema: CheckResult }, 410: error('The link was used already or expired.'), ...publicErrors, 503: unavailableDb },
  },
  getFreshness: {
    operationId: 'getFreshness', method: 'get', path: '/v1/admin/freshness',
    summary: 'Freshness of the offers in the person\'s gemeenten: share checked in time, due, reminded and hidden offers, the policy, and what was sent and answered',
    auth: 'admin',
    query: FreshnessQuery,
    responses: { 200: { description: 'The overview', schema: FreshnessOverview }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  setFreshnessPolicy: {
    operationId: 'setFreshnessPolicy', method: 'put', path: '/v1/admin/freshness/policies/:scope',
    summary: 'Set the check interval, reminder and grace period: for the kaart (`*`, beheerder) or one gemeente',
    auth: 'admin',
    params: PolicyParams,
    body: json(FreshnessPolicy, 'The policy'),
    responses: { 200: { description: 'Saved', schema: FreshnessPolicy }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  removeFreshnessPolicy: {
    operationId: 'removeFreshnessPolicy', method: 'delete', path: '/v1/admin/freshness/policies/:scope',
    summary: 'A gemeente follows the kaart\'s policy again (`*`: the kaart goes back to the default)',
    auth: 'admin',
    params: PolicyParams,
    responses: { 204: { description: 'Removed' }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  sendFreshnessNow: {
    operationId: 'sendFreshnessNow', method: 'post', path: '/v1/admin/freshness/send',
    summary: '"Verstuur nu": mail "Klopt dit nog?" to one provider about their offers that are due, asked or hidden',
    auth: 'admin',
    body: json(SendNowRequest, 'The provider'),
    responses: { 200: { description: 'Sent (or kept in the outbox without SMTP)', schema: FreshnessResult }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  confirmByPhone: {
    operationId: 'confirmByPhone', method: 'post', path: '/v1/admin/freshness/called',
    summary: '"Gebeld: klopt nog": the coordinator phoned the provider and the offer is still right',
    auth: 'admin',
    body: json(CalledRequest, 'The offer'),
    responses: { 200: { description: 'Checked today', schema: FreshnessResult }, 400: invalid, ...adminErrors, 404: error('No such offer.'), 503: unavailableDb },
  },
  runFreshness: {
    operationId: 'runFreshness', method: 'post', path: '/v1/admin/freshness/run',
    summary: 'Run the freshness job now (beheerder); it also runs by itself every hour, once across instances',
    auth: 'admin',
    responses: { 200: { description: 'What it did (`ran: false`: another instance is running it)', schema: FreshnessRun }, ...adminErrors, 503: unavailableDb },
  },
  getInsight: {
    operationId: 'getInsight', method: 'get', path: '/v1/admin/insight',
    summary: 'The report of one gemeente over a quarter or a year: searches (counted, never logged), search words searched often enough, the offer, and referrals',
    auth: 'admin',
    query: InsightQuery,
    responses: { 200: { description: 'The report', schema: InsightReport }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  getWhiteSpots: {
    operationId: 'getWhiteSpots', method: 'get', path: '/v1/admin/insight/white-spots',
    summary: 'White spots: per PC4 area of the gemeente the distance to the nearest matching offer (across gemeente borders), with the searches from there that found nothing',
    auth: 'admin',
    query: WhiteSpotQuery,
    responses: { 200: { description: 'The areas', schema: WhiteSpots }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  getInsightCsv: {
    operationId: 'getInsightCsv', method: 'get', path: '/v1/admin/insight/csv',
    summary: 'One table of the report as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read the accents)',
    auth: 'admin',
    query: InsightCsvQuery,
    responses: { 200: { description: 'The table', contentType: 'text/csv' }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  countReferral: {
    operationId: 'countReferral', method: 'post', path: '/v1/referrals',
    summary: 'The widget printed or shared offers: counted per day, offer and gemeente; nothing about the person (hosts switch it off with `referral-count="off"`)',
    body: json(ReferralEvent, 'What was done with which offers'),
    responses: { 204: { description: 'Counted' }, ...publicErrors },
  },
  steps: {
    operationId: 'getSteps', method: 'get', path: '/v1/steps',
    summary: '"Stap voor stap": the sub-questions per theme for a region, each with what it implies for the search',
    query: StepsQuery,
    responses: { 200: { description: 'The sub-questions of every theme', schema: StepsResponse }, ...publicErrors },
  },
  putStepOverride: {
    operationId: 'putStepOverride', method: 'put', path: '/v1/admin/steps/:gemeente/:theme',
    summary: 'A coordinator\'s own sub-questions for a theme in their gemeente (replacing SEK\'s default ones there)',
    auth: 'admin',
    params: StepOverrideParams,
    body: json(StepOverride, '2-6 answers'),
    responses: { 204: { description: 'Saved' }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  deleteStepOverride: {
    operationId: 'deleteStepOverride', method: 'delete', path: '/v1/admin/steps/:gemeente/:theme',
    summary: 'Back to SEK\'s default sub-questions for a theme in a gemeente',
    auth: 'admin',
    params: StepOverrideParams,
    responses: { 204: { description: 'Removed' }, 400: invalid, ...adminErrors, 503: unavailableDb },
  },
  healthz: {
    operationId: 'healthz', method: 'get', path: '/healthz',
    summary: 'The process is alive',
    responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
  },
  readyz: {
    operationId: 'readyz', method: 'get', path: '/readyz',
    summary: 'Meilisearch answers and the search index exists; the body tells the database state and how far the index is behind',
    responses: {
      200: {
        description: 'Ready',
        schema: z.object({
          status: z.literal('ready'),
          search: z.literal('ok'),
          database: z.enum(['ok', 'unavailable']),
          projection: z.object({ pending: z.number().int(), oldestSeconds: z.number() }).optional(),
        }),
      },
      503: unavailable,
    },
  },
  metrics: {
    operationId: 'metrics', method: 'get', path: '/metrics',
    summary: 'Prometheus metrics (keep internal)',
    responses: { 200: { description: 'Prometheus text format', contentType: 'text/plain' } },
  },
  openapi: {
    operationId: 'openapi', method: 'get', path: '/openapi.json',
    summary: 'This API description (OpenAPI 3.1)',
    responses: { 200: { description: 'The OpenAPI document', contentType: 'application/json' } },
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof API_ROUTES;
