import { z } from 'zod';
import { FieldChange, AdminOffer } from './beheer.js';
import { FieldError } from './errors.js';
import { OFFER_FIELD_LABELS, type FieldLabel, type FieldLabels } from './field-errors/field-labels.js';
import { OfferId } from './offer.js';

/**
 * Offers that providers enter themselves (`<sek-aanbod-aanmelden>`, and the same form inside
 * `/beheer/`), and the review by a coordinator. A submission is a proposed offer: a new one, a
 * change of a published one, or a claim of one by its organisation. It never reaches the search
 * index itself; publishing it writes the offer.
 */

/**
 * - `draft`: a logged-in provider is still filling it in;
 * - `unconfirmed`: sent without an account, waiting for the e-mail address to be confirmed;
 * - `pending`: waiting for a coordinator;
 * - `sent_back`: the coordinator asked for a change (see `message`);
 * - `published`: in the kaart; `withdrawn`: replaced or given up.
 */
export const SUBMISSION_STATES = ['draft', 'unconfirmed', 'pending', 'sent_back', 'published', 'withdrawn'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
export const SUBMISSION_KINDS = ['new', 'change', 'claim'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

const Email = z.string().trim().toLowerCase().pipe(z.email('email')).pipe(z.string().max(254));

/** Who sends the offer in: not shown to residents, used for the confirmation and the decisions. */
export const Submitter = z.object({
  organization: z.string().trim().min(2).max(120),
  name: z.string().trim().min(2).max(120),
  email: Email,
}).strict();
export type Submitter = z.infer<typeof Submitter>;

/** The link secret from a mail (confirm, or change after a decision). */
const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'submission_link');

/**
 * `POST /v1/submissions`: an offer sent in without an account. `offer` is checked like every other
 * offer (SEK sets its id, source and check date); `homepage` is a field people never see.
 */
export const NewSubmission = z.object({
  submitter: Submitter,
  offer: z.unknown(),
  /** The gemeenten of the kaart the form is on (`region` attribute): the place must be in one. */
  region: z.array(z.string().regex(/^GM\d{4}$/, 'gemeente_code')).max(400).optional(),
  homepage: z.string().max(500).optional(),
}).strict();
export type NewSubmission = z.infer<typeof NewSubmission>;

/** `POST /v1/submissions/check`: the field problems of an offer being filled in (nothing is stored). */
export const SubmissionCheck = z.object({ submitter: z.unknown().optional(), offer: z.unknown(), region: NewSubmission.shape.region }).strict();
export const SubmissionProblems = z.object({ fields: z.array(FieldError) });
export type SubmissionProblems = z.infer<typeof SubmissionProblems>;

export const SubmissionLink = z.object({ token: LinkToken }).strict();
/** `POST /v1/submissions/change`: a change sent with the link from a mail. */
export const SubmissionChange = z.object({ token: LinkToken, submitter: Submitter, offer: z.unknown() }).strict();

/** What the link from a mail opens: the offer as it is now, and the coordinator's message. */
export const OpenedSubmission = z.object({
  state: z.enum(SUBMISSION_STATES),
  kind: z.enum(SUBMISSION_KINDS),
  /** As far as known (a change asked from a freshness mail knows only the address). */
  submitter: z.object({ organization: z.string(), name: z.string(), email: z.string() }),
  offer: z.record(z.string(), z.unknown()),
  message: z.string().nullable(),
});
export type OpenedSubmission = z.infer<typeof OpenedSubmission>;

export const SubmissionAnswer = z.object({ state: z.enum(SUBMISSION_STATES), message: z.object({ nl: z.string(), en: z.string() }) });
export type SubmissionAnswer = z.infer<typeof SubmissionAnswer>;

/** One submission in a list: the review queue, or a provider's own. */
export const SubmissionRow = z.object({
  id: z.uuid(),
  offerId: z.string(),
  kind: z.enum(SUBMISSION_KINDS),
  state: z.enum(SUBMISSION_STATES),
  title: z.string(),
  organization: z.string(),
  submitter: z.object({ name: z.string(), email: z.string() }),
  gemeenten: z.array(z.string()),
  message: z.string().nullable(),
  /** Why an import put it in the queue: `onderwerp-kiezen` (SEK could not tell its theme). */
  needs: z.enum(['onderwerp-kiezen']).nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type SubmissionRow = z.infer<typeof SubmissionRow>;
export const SubmissionList = z.object({ submissions: z.array(SubmissionRow) });
export type SubmissionList = z.infer<typeof SubmissionList>;

export const SubmissionQuery = z.object({ state: z.enum(SUBMISSION_STATES).optional() }).strict();
export const SubmissionParams = z.object({ id: z.uuid('id') });

/** One submission for review: the proposal, the published offer it changes, and what changes. */
export const AdminSubmission = z.object({
  submission: SubmissionRow,
  offer: z.record(z.string(), z.unknown()),
  current: AdminOffer.nullable(),
  changes: z.array(FieldChange),
});
export type AdminSubmission = z.infer<typeof AdminSubmission>;

/** `POST /v1/admin/submissions`: a logged-in person's offer; `submit: false` keeps it as a draft. */
export const NewAdminSubmission = z.object({ offerId: OfferId.optional(), offer: z.unknown(), submit: z.boolean().default(false) }).strict();
/** `PUT /v1/admin/submissions/:id`: the draft saved again, sent, or edited by the coordinator. */
export const SubmissionSave = z.object({ offer: z.unknown(), submit: z.boolean().default(false) }).strict();
export const SendBack = z.object({ message: z.string().trim().min(5).max(2000) }).strict();
/** `POST /v1/admin/offers/:id/claim`: an aanbieder asks to keep an offer of their organisation. */
export const ClaimRequest = z.object({ message: z.string().trim().max(1000).optional() }).strict();
/** `PUT /v1/admin/users/:id/trust`: an aanbieder whose changes are published without review. */
export const TrustRequest = z.object({ trusted: z.boolean() }).strict();

const withoutColumn = ({ label, one }: FieldLabel): FieldLabel => ({ label, ...(one ? { one } : {}) });

/** Field names as the form shows them: no CSV columns, and the submitter's own fields. */
export const FORM_FIELD_LABELS: FieldLabels = {
  ...Object.fromEntries(Object.entries(OFFER_FIELD_LABELS).map(([path, label]) => [path, withoutColumn(label)])),
  'submitter.organization': { label: { nl: 'de naam van uw organisatie', en: 'the name of your organisation' } },
  'submitter.name': { label: { nl: 'uw naam', en: 'your name' } },
  'submitter.email': { label: { nl: 'uw e-mailadres', en: 'your e-mail address' } },
  message: { label: { nl: 'het bericht', en: 'the message' } },
};
