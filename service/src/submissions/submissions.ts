import { sql, type Selectable, type Transaction } from 'kysely';
import {
  FORM_FIELD_LABELS, Offer, Submitter, VALIDATION_MESSAGES, zodFieldErrors, type AdminSubmission, type FieldError, type OpenedSubmission,
  type SubmissionKind, type SubmissionRow, type SubmissionState,
} from '@sek/contract';
import { guardedDb } from '../database/database-errors.js';
import type { OfferStore, StoredOffer } from '../database/offer-store.js';
import type { DatabaseSchema, SubmissionsTable } from '../database/schema.js';
import { InvalidInputError, NotFoundError } from '../domain-errors.js';
import type { GeoData } from '../geo/geo-data.js';
import { ApiError } from '../http/api-error.js';
import type { Logger } from '../log.js';
import type { AccountStore } from '../accounts/account-store.js';
import { accountOf } from '../accounts/account-store.js';
import { outsideScope } from '../accounts/authenticate.js';
import type { Mailer } from '../accounts/mailer.js';
import { mayKeep, principalOf, type Principal } from '../accounts/principal.js';
import { hashSecret, newSecret } from '../accounts/secret-token.js';
import { changesBetween } from '../beheer/offer-diff.js';
import { adminOffer, offerNotFound, validOffer } from '../beheer/save-offer.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import {
  CHANGE_LINK_DAYS, CONFIRM_LINK_HOURS, changeLink, confirmLink, confirmMail, offerLink, publishedMail, reviewLink, reviewMail, sentBackMail,
} from './submission-mails.js';

type Row = Selectable<SubmissionsTable>;
type Trx = Transaction<DatabaseSchema>;
type Json = Record<string, unknown>;

/** Where offers sent in come from (`source`), so an import with `replace` never removes them. */
export const SUBMISSION_SOURCE = 'aanmelding';
const HOUR = 3_600_000;

export interface SubmissionDeps {
  store: OfferStore;
  geo: GeoData;
  accounts: AccountStore;
  mailer: Mailer;
  log: Logger;
  publicUrl: () => string;
  /** The page residents search on; a published offer's link opens it there. */
  kaartUrl: () => string;
  /** Unix seconds. */
  now: () => number;
}

export const linkGone = () => new ApiError(410, 'gone', {
  nl: 'Deze link werkt niet meer. Hij is al gebruikt of te oud. Kijk of u een nieuwere e-mail van ons heeft, of meld uw aanbod opnieuw aan.',
  en: 'This link no longer works: it was used already or is too old. Look for a newer e-mail from us, or send your offer in again.',
});
const submissionNotFound = () => new NotFoundError({ nl: 'Deze aanmelding bestaat niet (meer).', en: 'This submission does not exist (any more).' });
const alreadyDecided = () => new ApiError(409, 'conflict', {
  nl: 'Over deze aanmelding is al besloten, of hij is nog niet verstuurd. Laad de lijst opnieuw.',
  en: 'This submission was decided on already, or has not been sent yet. Reload the list.',
});

/** A readable, stable-enough id part: "Taalcafé Arkel" → `taalcafe-arkel`. */
export function slugOf(text: string, fallback: string): string {
  const slug = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
  return slug || fallback;
}

const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The gemeenten an offer (maybe incomplete) is located in or serves. */
function gemeentenOf(offer: Json): string[] {
  const located = Array.isArray(offer.locations) ? offer.locations.map((location) => textOf(asObject(asObject(location).address).gemeenteCode)).filter(Boolean) : [];
  const area = asObject(offer.serviceArea);
  const served = Array.isArray(area.gemeenten) ? area.gemeenten.map(textOf).filter(Boolean) : [];
  return [...new Set([...located, ...served])];
}

/**
 * Offers that providers send in, and their review. A submission holds a proposed offer; only
 * `publish` writes it to the offers (and so, through the outbox, to the search index).
 */
export class Submissions {
  constructor(private readonly deps: SubmissionDeps) {}

  private get db() {
    return this.deps.store.db;
  }

  private today(): string {
    return dutchMoment(this.deps.now()).date;
  }

  private at(offsetMs = 0): Date {
    return new Date(this.deps.now() * 1000 + offsetMs);
  }

  /**
   * The offer as SEK will store it: the provider's fields, with what SEK sets itself (id, source,
   * provider, check date), checked like every other offer; the place must lie in the kaart's region.
   */
  prepare(input: unknown, fixed: { id: string; provider: { id: string; name: string } }, region: string[] = []): Offer {
    const given = asObject(input);
    const provider = { ...asObject(given.provider), ...fixed.provider };
    const offer = validOffer(this.deps.geo, { ...given, id: fixed.id, source: textOf(given.source) || SUBMISSION_SOURCE, provider, lastVerified: this.today() }, FORM_FIELD_LABELS);
    if (region.length) {
      const scope = new Set(region);
      const outside = offer.locations.findIndex((location) => !scope.has(location.address.gemeenteCode));
      const area = offer.serviceArea;
      const problem = outside >= 0 ? `locations.${outside}.address.postcode`
        : offer.locations.length === 0 && area && ('national' in area || !area.gemeenten.some((code) => scope.has(code))) ? 'serviceArea' : undefined;
      if (problem) {
        const message = VALIDATION_MESSAGES.outside_region();
        throw new InvalidInputError([{ field: problem, code: 'outside_region', message: { nl: `${message.nl}.`, en: `${message.en}.` } }]);
      }
    }
    return offer;
  }

  /** The field problems of a form being filled in; nothing is stored. */
  check(submitter: unknown, offer: unknown, region?: string[]): FieldError[] {
    const problems: FieldError[] = [];
    if (submitter !== undefined) {
      const parsed = Submitter.safeParse(submitter, { reportInput: true });
      if (!parsed.success) problems.push(...zodFieldErrors(parsed.error, FORM_FIELD_LABELS, ['submitter']));
    }
    try {
      this.prepare(offer, { id: 'controle', provider: { id: 'controle', name: textOf(asObject(submitter).organization) || 'Aanbieder' } }, region);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.fields.filter((field) => !['id', 'source', 'provider.name', 'provider.id', 'lastVerified'].includes(field.field)));
    }
    return problems;
  }

  private newOfferId(title: string): string {
    return `${slugOf(title, 'aanbod')}-${newSecret().replace(/[^a-z0-9]/g, '').slice(0, 6)}`;
  }

  // ---- Without an account: send, confirm by mail, change with the link from a decision mail ----

  /** An anonymous submission: stored unconfirmed, and a confirmation link mailed. */
  async submitAnonymous(submitter: Submitter, input: unknown, region?: string[]): Promise<void> {
    const title = textOf(asObject(input).title);
    const offer = this.prepare(input, { id: this.newOfferId(title), provider: { id: slugOf(submitter.organization, 'aanbieder'), name: submitter.organization } }, region);
    const token = newSecret();
    await guardedDb(() => this.db.insertInto('submissions').values({
      offer_id: offer.id, kind: 'new', base_version: null, state: 'unconfirmed', offer: JSON.stringify(offer),
      organization_name: submitter.organization, submitter_name: submitter.name, submitter_email: submitter.email, submitter_user_id: null,
      token_hash: hashSecret(token), token_purpose: 'confirm', token_expires_at: this.at(CONFIRM_LINK_HOURS * HOUR), message: null,
    }).execute());
    await this.deps.mailer.send(confirmMail(submitter.email, submitter.name, offer.title, confirmLink(this.deps.publicUrl(), token)));
  }

  /** The confirmation link: the submission goes to the coordinators (once; a used link does nothing). */
  async confirm(token: string): Promise<void> {
    const row = await guardedDb(() => this.db.updateTable('submissions')
      .set({ state: 'pending', token_hash: null, token_purpose: null, token_expires_at: null, submitted_at: this.at(), updated_at: this.at() })
      .where('token_hash', '=', hashSecret(token)).where('token_purpose', '=', 'confirm').where('state', '=', 'unconfirmed').where('token_expires_at', '>', this.at())
      .returningAll().executeTakeFirst());
    if (!row) throw linkGone();
    await this.notifyReviewers(row);
  }

  private async rowByChangeLink(db: Trx | typeof this.db, token: string, lock = false): Promise<Row> {
    let query = db.selectFrom('submissions').selectAll().where('token_hash', '=', hashSecret(token)).where('token_purpose', '=', 'change')
      .where('token_expires_at', '>', this.at()).where('state', 'in', ['draft', 'sent_back', 'published']);
    if (lock) query = query.forUpdate();
    const row = await guardedDb(() => query.executeTakeFirst());
    if (!row) throw linkGone();
    return row;
  }

  /** What a change link opens: the sent-back proposal, or the offer as published now. */
  async open(token: string): Promise<OpenedSubmission> {
    const row = await this.rowByChangeLink(this.db, token);
    let offer: Json = row.offer;
    if (row.state === 'published') {
      const current = await guardedDb(() => this.db.selectFrom('offers').select('data').where('id', '=', row.offer_id).executeTakeFirst());
      if (!current) throw linkGone();
      offer = current.data as unknown as Json;
    }
    return { state: row.state, kind: row.kind, submitter: submitterOf(row), offer, message: row.state === 'sent_back' ? row.message : null };
  }

  /** A change sent with a link: the sent-back proposal is sent again, or a published offer gets a change proposal. */
  async changeByLink(token: string, submitter: Submitter, input: unknown): Promise<void> {
    const pending = await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const row = await this.rowByChangeLink(trx, token, true);
      const providerId = textOf(asObject(row.offer.provider).id) || slugOf(submitter.organization, 'aanbieder');
      const offer = this.prepare(input, { id: row.offer_id, provider: { id: providerId, name: submitter.organization } });
      const fields = { offer: JSON.stringify(offer), organization_name: submitter.organization, submitter_name: submitter.name, submitter_email: submitter.email };
      if (row.state === 'sent_back' || row.state === 'draft') {
        return trx.updateTable('submissions').set({ ...fields, state: 'pending', message: null, token_hash: null, token_purpose: null, token_expires_at: null, submitted_at: this.at(), updated_at: this.at() })
          .where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      }
      const stored = (await this.deps.store.loadForUpdate(trx, [row.offer_id])).get(row.offer_id);
      if (!stored) throw linkGone();
      await trx.updateTable('submissions').set({ token_hash: null, token_purpose: null, token_expires_at: null }).where('id', '=', row.id).execute();
      return trx.insertInto('submissions').values({
        ...fields, offer_id: row.offer_id, kind: 'change', base_version: stored.version, state: 'pending', submitter_user_id: row.submitter_user_id, submitted_at: this.at(),
      }).returningAll().executeTakeFirstOrThrow();
    }));
    await this.notifyReviewers(pending);
  }

  /**
   * "Ik wil iets aanpassen" (a freshness check): a draft change of the published offer, opened in
   * the form with a change link; sent, it goes to review like every change. Returns the link's secret.
   */
  async changeDraft(stored: StoredOffer, email: string): Promise<string> {
    const token = newSecret();
    await guardedDb(() => this.db.insertInto('submissions').values({
      offer_id: stored.offer.id, kind: 'change', base_version: stored.version, state: 'draft', offer: JSON.stringify(stored.offer),
      organization_name: stored.offer.provider.name, submitter_name: '', submitter_email: email, submitter_user_id: null,
      token_hash: hashSecret(token), token_purpose: 'change', token_expires_at: this.at(CHANGE_LINK_DAYS * 24 * HOUR), message: null,
    }).execute());
    return token;
  }

  // ---- With an account (/beheer/) ----

  /** A logged-in person's new offer, or a change of one they keep: a draft, sent for review, or published. */
  async create(who: Principal, body: { offerId?: string; offer: unknown; submit: boolean }): Promise<AdminSubmission> {
    const account = who.account;
    if (!account) throw new ApiError(403, 'forbidden', { nl: 'Meld aanbod aan als persoon, niet met het beheerderstoken.', en: 'Send offers in as a person, not with the admin token.' });
    let base: StoredOffer | undefined;
    if (body.offerId) {
      base = await this.storedOffer(body.offerId);
      if (!mayKeep(who, base.offer)) throw outsideScope();
    }
    const draft = asObject(body.offer);
    const provider = await this.providerFor(who, draft, base);
    const offerId = base?.offer.id ?? this.newOfferId(textOf(draft.title));
    const offer = { ...draft, id: offerId, provider: { ...asObject(draft.provider), ...provider } };
    const row = await guardedDb(() => this.db.insertInto('submissions').values({
      offer_id: offerId, kind: base ? 'change' : 'new', base_version: base?.version ?? null, state: 'draft', offer: JSON.stringify(offer),
      organization_name: provider.name, submitter_name: account.name, submitter_email: account.email, submitter_user_id: account.id,
    }).returningAll().executeTakeFirstOrThrow());
    return body.submit ? this.send(who, row.id, offer) : this.view(who, row.id);
  }

  /** Saves a draft (its author), sends it, or lets a reviewer edit a proposal before publishing. */
  async save(who: Principal, id: string, body: { offer: unknown; submit: boolean }): Promise<AdminSubmission> {
    const row = await this.visibleRow(who, id);
    if (this.isAuthor(who, row) && (row.state === 'draft' || row.state === 'sent_back')) {
      const provider = await this.providerFor(who, asObject(body.offer), undefined, row);
      const offer = { ...asObject(body.offer), id: row.offer_id, provider: { ...asObject(asObject(body.offer).provider), ...provider } };
      if (body.submit) return this.send(who, id, offer);
      await guardedDb(() => this.db.updateTable('submissions').set({ offer: JSON.stringify(offer), updated_at: this.at() }).where('id', '=', id).execute());
      return this.view(who, id);
    }
    if (!this.mayReview(who, row) || row.state !== 'pending') throw alreadyDecided();
    const offer = this.prepare(body.offer, { id: row.offer_id, provider: asObject(asObject(body.offer).provider) as { id: string; name: string } });
    if (!mayKeep(who, offer)) throw outsideScope();
    await guardedDb(() => this.db.updateTable('submissions').set({ offer: JSON.stringify(offer), updated_at: this.at(), needs: null }).where('id', '=', id).where('state', '=', 'pending').execute());
    await this.deps.accounts.audit(who.actor, 'submission.edit', id);
    return this.view(who, id);
  }

  /** Sends a draft: a coordinator's or trusted aanbieder's is published at once, others wait for review. */
  private async send(who: Principal, id: string, input: Json): Promise<AdminSubmission> {
    const row = await this.visibleRow(who, id);
    const offer = this.prepare(input, { id: row.offer_id, provider: asObject(input.provider) as { id: string; name: string } });
    if (!mayKeep(who, offer)) throw outsideScope();
    const publishesDirectly = who.role !== 'aanbieder' || who.account?.trusted === true;
    const updated = await guardedDb(() => this.db.updateTable('submissions')
      .set({ offer: JSON.stringify(offer), state: 'pending', message: null, submitted_at: this.at(), updated_at: this.at() })
      .where('id', '=', id).where('state', 'in', ['draft', 'sent_back']).returningAll().executeTakeFirst());
    if (!updated) throw alreadyDecided();
    if (publishesDirectly) {
      await this.deps.accounts.audit(who.actor, who.role === 'aanbieder' ? 'submission.trusted-publish' : 'submission.publish-own', id, { offerId: row.offer_id });
      return this.publish(who, id, { own: true });
    }
    await this.deps.accounts.audit(who.actor, 'submission.submit', id, { offerId: row.offer_id });
    await this.notifyReviewers(updated);
    return this.view(who, id);
  }

  /** An aanbieder asks to keep a published offer (of their organisation) that is not theirs yet. */
  async claim(who: Principal, offerId: string, message?: string): Promise<AdminSubmission> {
    const account = who.account;
    if (who.role !== 'aanbieder' || !account || !who.organizationId) throw outsideScope();
    const stored = await this.storedOffer(offerId);
    if (stored.publication !== 'published') throw offerNotFound();
    const provider = await this.providerFor(who, {}, undefined);
    const offer = { ...stored.offer, provider: { ...stored.offer.provider, ...provider } };
    const row = await guardedDb(() => this.db.insertInto('submissions').values({
      offer_id: offerId, kind: 'claim', base_version: stored.version, state: 'pending', offer: JSON.stringify(offer),
      organization_name: provider.name, submitter_name: account.name, submitter_email: account.email, submitter_user_id: account.id,
      message: message || null, submitted_at: this.at(),
    }).returningAll().executeTakeFirstOrThrow());
    await this.deps.accounts.audit(who.actor, 'submission.claim', row.id, { offerId });
    await this.notifyReviewers(row);
    return this.view(who, row.id);
  }

  /**
   * Publishes a proposal: the offer is written (new version, history, outbox: searchable within
   * seconds), checked today, visible; the sender gets a mail with a link to it.
   */
  async publish(who: Principal, id: string, options: { own?: boolean } = {}): Promise<AdminSubmission> {
    const { row, offer } = await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('submissions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw submissionNotFound();
      if (!options.own && !this.mayReview(who, row)) throw outsideScope();
      if (row.state !== 'pending') throw alreadyDecided();
      const offer = this.prepare(row.offer, { id: row.offer_id, provider: asObject(row.offer.provider) as { id: string; name: string } });
      if (!mayKeep(who, offer)) throw outsideScope();
      const stored = (await this.deps.store.loadForUpdate(trx, [row.offer_id])).get(row.offer_id);
      if (row.kind === 'new' && stored) throw alreadyDecided();
      if (row.kind !== 'new' && !stored) throw offerNotFound();
      await this.deps.store.write(trx, [{ offer, before: stored, action: stored ? 'update' : 'create' }], {
        by: who.actor, reason: row.kind === 'new' ? 'Aanmelding gepubliceerd' : row.kind === 'claim' ? 'Aanbod overgenomen door de aanbieder' : 'Wijziging van de aanbieder gepubliceerd',
      });
      await trx.updateTable('offers').set({ publication: 'published' }).where('id', '=', offer.id).where('publication', '!=', 'published').execute();
      await trx.updateTable('submissions').set({ state: 'published', offer: JSON.stringify(offer), decided_at: this.at(), decided_by: who.actor, updated_at: this.at(), message: null })
        .where('id', '=', id).execute();
      return { row, offer };
    }));
    if (!options.own) await this.deps.accounts.audit(who.actor, 'submission.publish', id, { offerId: offer.id });
    if (!options.own || row.submitter_user_id !== who.account?.id) await this.mailDecision(row, offer, 'published');
    return this.view(who, id);
  }

  /** Sends a proposal back with a message; the sender gets it by mail with a link to change it. */
  async sendBack(who: Principal, id: string, message: string): Promise<AdminSubmission> {
    const row = await this.visibleRow(who, id);
    if (!this.mayReview(who, row)) throw outsideScope();
    const updated = await guardedDb(() => this.db.updateTable('submissions')
      .set({ state: 'sent_back', message, decided_at: this.at(), decided_by: who.actor, updated_at: this.at() })
      .where('id', '=', id).where('state', '=', 'pending').returningAll().executeTakeFirst());
    if (!updated) throw alreadyDecided();
    await this.deps.accounts.audit(who.actor, 'submission.send-back', id, { offerId: row.offer_id });
    await this.mailDecision(updated, updated.offer as unknown as Offer, 'sent_back');
    return this.view(who, id);
  }

  /** The review queue (reviewers) and a person's own submissions, newest first. */
  async list(who: Principal, state?: SubmissionState): Promise<SubmissionRow[]> {
    let query = this.db.selectFrom('submissions').selectAll().orderBy('updated_at', 'desc').limit(500);
    if (state) query = query.where('state', '=', state);
    if (who.role === 'aanbieder') {
      query = query.where((eb) => eb.or([
        eb('submitter_user_id', '=', who.account?.id ?? '00000000-0000-0000-0000-000000000000'),
        eb.and([eb('state', '!=', 'draft'), sql<boolean>`offer -> 'provider' ->> 'id' = ${who.organizationId ?? ''}`]),
      ]));
    } else {
      query = query.where((eb) => eb.or([eb('state', 'not in', ['draft', 'unconfirmed']), eb('submitter_user_id', '=', who.account?.id ?? '00000000-0000-0000-0000-000000000000')]));
    }
    const rows = await guardedDb(() => query.execute());
    return rows.filter((row) => this.isAuthor(who, row) || this.mayReview(who, row)).map(rowOf);
  }

  /** One submission with the published offer it changes and what changes. */
  async view(who: Principal, id: string): Promise<AdminSubmission> {
    const row = await this.visibleRow(who, id);
    const current = await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const exists = await trx.selectFrom('offers').select('id').where('id', '=', row.offer_id).executeTakeFirst();
      return exists ? adminOffer(trx, row.offer_id) : null;
    }));
    // Publishing marks the offer checked today: that is no change the provider made.
    const changes = current ? changesBetween(current.offer, row.offer as unknown as Offer).filter((change) => change.field !== 'lastVerified') : [];
    return { submission: rowOf(row), offer: row.offer, current, changes };
  }

  // ---- Rules ----

  /** The author: who sent it with their account, or (not drafts) anyone of the same organisation. */
  private isAuthor(who: Principal, row: Row): boolean {
    if (who.account && row.submitter_user_id === who.account.id) return true;
    return who.role === 'aanbieder' && row.state !== 'draft' && textOf(asObject(row.offer.provider).id) === who.organizationId && who.organizationId !== null;
  }

  /** Reviewers: the beheerder, and coordinators whose gemeenten the proposed offer is located in or serves (not drafts or unconfirmed ones). */
  private mayReview(who: Principal, row: Row): boolean {
    if (row.state === 'draft' || row.state === 'unconfirmed') return false;
    if (who.role === 'beheerder') return true;
    if (who.role !== 'coordinator') return false;
    const scope = new Set(who.gemeenten);
    return gemeentenOf(row.offer).some((code) => scope.has(code));
  }

  private async visibleRow(who: Principal, id: string): Promise<Row> {
    const row = await guardedDb(() => this.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst());
    if (!row) throw submissionNotFound();
    if (!(this.isAuthor(who, row) || this.mayReview(who, row))) throw outsideScope();
    return row;
  }

  private async storedOffer(id: string): Promise<StoredOffer> {
    const row = await guardedDb(() => this.db.selectFrom('offers').select(['data', 'version', 'publication']).where('id', '=', id).executeTakeFirst());
    if (!row) throw offerNotFound();
    return { offer: row.data, version: row.version, publication: row.publication };
  }

  /**
   * Who provides it: an aanbieder always their own organisation; others the organisation of the
   * offer it changes, or the one named in the form.
   */
  private async providerFor(who: Principal, draft: Json, base?: StoredOffer, row?: Row): Promise<{ id: string; name: string }> {
    if (who.role === 'aanbieder' && who.organizationId) {
      const organization = await guardedDb(() => this.db.selectFrom('organizations').select('name').where('id', '=', who.organizationId!).executeTakeFirst());
      return { id: who.organizationId, name: organization?.name ?? (textOf(asObject(draft.provider).name) || who.organizationId) };
    }
    if (base) return { id: base.offer.provider.id, name: textOf(asObject(draft.provider).name) || base.offer.provider.name };
    const name = textOf(asObject(draft.provider).name) || row?.organization_name || 'Aanbieder';
    return { id: textOf(asObject(row?.offer.provider).id) || slugOf(name, 'aanbieder'), name };
  }

  // ---- Mail ----

  /** Tells the coordinators whose gemeenten the offer is in or serves (the beheerders when there are none). */
  private async notifyReviewers(row: Row): Promise<void> {
    const people = await guardedDb(() => this.db.selectFrom('users').selectAll().where('disabled_at', 'is', null).where('role', 'in', ['coordinator', 'beheerder']).execute());
    const coordinators = people.filter((person) => person.role === 'coordinator' && this.mayReview(principalOf(accountOf(person), 'session'), row));
    const reviewers = coordinators.length ? coordinators : people.filter((person) => person.role === 'beheerder');
    const link = reviewLink(this.deps.publicUrl(), row.id);
    for (const person of reviewers) {
      await this.deps.mailer.send(reviewMail(person.email, person.name, textOf(row.offer.title), row.organization_name, row.kind, link));
    }
  }

  /** Tells the sender of a decision; without an account their mail carries a new change link. */
  private async mailDecision(row: Row, offer: Offer, decision: 'published' | 'sent_back'): Promise<void> {
    // An imported record has nobody to mail: its feed is read again on the next import.
    if (!row.submitter_email) return;
    const title = textOf(offer.title);
    const publicUrl = this.deps.publicUrl();
    let token: string | undefined;
    if (!row.submitter_user_id) {
      token = newSecret();
      await guardedDb(() => this.db.updateTable('submissions').set({ token_hash: hashSecret(token!), token_purpose: 'change', token_expires_at: this.at(CHANGE_LINK_DAYS * 24 * HOUR) })
        .where('id', '=', row.id).execute());
    }
    const beheer = row.submitter_user_id ? `${publicUrl.replace(/\/$/, '')}/beheer/aanmeldingen/${row.id}` : undefined;
    const mail = decision === 'published'
      ? publishedMail(row.submitter_email, row.submitter_name, title, { offer: offerLink(this.deps.kaartUrl(), offer), ...(token ? { change: changeLink(publicUrl, token) } : {}), ...(beheer ? { beheer } : {}) })
      : sentBackMail(row.submitter_email, row.submitter_name, title, row.message ?? '', token ? changeLink(publicUrl, token) : beheer!);
    await this.deps.mailer.send(mail);
  }
}

const submitterOf = (row: Row): Submitter => ({ organization: row.organization_name, name: row.submitter_name, email: row.submitter_email });

function rowOf(row: Row): SubmissionRow {
  return {
    id: row.id,
    offerId: row.offer_id,
    kind: row.kind as SubmissionKind,
    state: row.state,
    title: textOf(row.offer.title) || '(zonder titel)',
    organization: row.organization_name,
    submitter: { name: row.submitter_name, email: row.submitter_email },
    gemeenten: gemeentenOf(row.offer),
    message: row.message,
    needs: row.needs,
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
  };
}
