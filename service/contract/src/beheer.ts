import { z } from 'zod';
import { GemeenteCode, Offer, OfferId } from './offer.js';
import { IsoDate } from './schedule.js';
import { ThemeSlug } from './theme-schema.js';
import { OFFER_STATUSES } from './vocabulary.js';
import { Flag, single, WholeNumber } from './query-params.js';

/**
 * The management side (`/beheer/` and `/v1/admin/*`): people, their rights, sessions, the offers
 * a person may keep, their history, API tokens and the mail outbox.
 */

/**
 * - `beheerder`: the whole installation;
 * - `coordinator`: offers located in or serving their gemeenten, and the providers active there;
 * - `aanbieder`: the offers of one provider organisation.
 */
export const ROLES = ['beheerder', 'coordinator', 'aanbieder'] as const;
export type Role = (typeof ROLES)[number];

/** Whether residents may see an offer: only `published` offers are in the search index. */
export const PUBLICATIONS = ['published', 'draft', 'submitted', 'hidden'] as const;
export type Publication = (typeof PUBLICATIONS)[number];

const Email = z.string().trim().toLowerCase().pipe(z.email('email')).pipe(z.string().max(254));

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** A coordinator's gemeenten (empty for the others). */
  gemeenten: z.array(GemeenteCode),
  /** An aanbieder's organisation. */
  organizationId: z.string().nullable(),
  active: z.boolean(),
  /** An aanbieder whose changes are published without review. */
  trusted: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

/** `POST /v1/admin/login`: ask for a login link by e-mail. */
export const LoginRequest = z.object({ email: Email }).strict();
/** `POST /v1/admin/session`: log in with the token from the link. */
export const SessionRequest = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'login_link') }).strict();
/** The person logged in and the token every change must carry in `X-CSRF-Token`. */
export const SessionResponse = z.object({ user: User, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;
export const Accepted = z.object({ message: z.object({ nl: z.string(), en: z.string() }) });

/** `POST /v1/admin/users`: invite a person (they get a login link by e-mail). */
export const NewUser = z
  .object({
    email: Email,
    name: z.string().trim().min(2).max(120),
    role: z.enum(ROLES),
    gemeenten: z.array(GemeenteCode).max(400).default([]),
    organizationId: OfferId.optional(),
  })
  .strict()
  .superRefine((user, ctx) => {
    if (user.role === 'coordinator' && user.gemeenten.length === 0) ctx.addIssue({ code: 'custom', path: ['gemeenten'], message: 'coordinator_needs_gemeenten' });
    if (user.role === 'aanbieder' && !user.organizationId) ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'aanbieder_needs_organization' });
  });
export type NewUser = z.infer<typeof NewUser>;
export const UserParams = z.object({ id: z.uuid('id') });
export const UserList = z.object({ users: z.array(User) });

/** `GET /v1/admin/offers`: the offers in the person's scope, filtered, one page. */
export const AdminOfferQuery = z
  .object({
    q: single(z.string().trim().max(100).optional()),
    publication: single(z.enum(PUBLICATIONS).optional()),
    status: single(z.enum(OFFER_STATUSES).optional()),
    theme: single(ThemeSlug.optional()),
    gemeente: single(GemeenteCode.optional()),
    provider: single(OfferId.optional()),
    /** Not verified since this day. */
    notVerifiedSince: single(IsoDate.optional()),
    /** Past their end date (validUntil or the schedule's end). */
    expired: Flag,
    page: single(WholeNumber.min(1).max(10_000).default(1)),
    limit: single(WholeNumber.min(1).max(100).default(25)),
  })
  .strict();
export type AdminOfferQuery = z.infer<typeof AdminOfferQuery>;

export const AdminOfferRow = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  gemeenten: z.array(z.string()),
  status: z.enum(OFFER_STATUSES),
  publication: z.enum(PUBLICATIONS),
  /** null: never checked. */
  lastVerified: z.string().nullable(),
  expiresOn: z.string().nullable(),
  updatedAt: z.string(),
  /** A change waiting for a coordinator, or one sent back to the provider. */
  review: z.enum(['pending', 'sent_back']).nullable(),
});
export type AdminOfferRow = z.infer<typeof AdminOfferRow>;
export const AdminOfferList = z.object({ total: z.number().int(), page: z.number().int(), limit: z.number().int(), offers: z.array(AdminOfferRow) });
export type AdminOfferList = z.infer<typeof AdminOfferList>;

/** One stored offer as the management side sees it: with its version, for safe saving. */
export const AdminOffer = z.object({ offer: Offer, version: z.number().int(), publication: z.enum(PUBLICATIONS), updatedAt: z.string() });
export type AdminOffer = z.infer<typeof AdminOffer>;

/** `PUT /v1/admin/offers/:id`: the whole offer, and the version it was edited from (a newer one gives 409). */
export const OfferUpdate = z.object({ offer: z.unknown(), version: z.number().int().min(1) }).strict();

export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
/** One field that changed: its path and the value before and after, as text. */
export const FieldChange = z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() });
export type FieldChange = z.infer<typeof FieldChange>;
export const HistoryEntry = z.object({
  version: z.number().int(),
  action: z.enum(HISTORY_ACTIONS),
  changedAt: z.string(),
  /** Who: a person's name and e-mail, an import (`import:<source>`), the admin token. */
  changedBy: z.string(),
  reason: z.string().nullable(),
  changes: z.array(FieldChange),
  /** Whether this version can be put back (it is not the current one and holds an offer). */
  restorable: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export const OfferHistory = z.object({ offerId: z.string(), entries: z.array(HistoryEntry) });
export type OfferHistory = z.infer<typeof OfferHistory>;
export const RestoreRequest = z.object({ version: z.number().int().min(1) }).strict();

/** `POST /v1/admin/tokens` */
export const NewApiToken = z.object({ name: z.string().trim().min(2).max(80) }).strict();
export const ApiToken = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() });
export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });
/** The token itself is shown once, when it is made. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export const TokenParams = z.object({ id: z.uuid('id') });

/** Mails SEK sent or keeps (without SMTP they wait here for the beheerder). */
export const OutboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
export const MailOutbox = z.object({ smtp: z.boolean(), mails: z.array(OutboxMail) });
export type MailOutbox = z.infer<typeof MailOutbox>;

/** `GET /v1/admin/organizations`: the providers in a person's scope. */
export const OrganizationList = z.object({ organizations: z.array(z.object({ id: z.string(), name: z.string(), offers: z.number().int() })) });
