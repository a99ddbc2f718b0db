import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import {
  DEFAULT_FRESHNESS_POLICY, VALIDATION_MESSAGES, type CheckAnswer, type CheckResult, type FreshnessOverview, type FreshnessPolicy, type FreshnessResult, type FreshnessRun, type FreshnessShare,
  type FreshnessState, type Offer, type OpenedCheck, type Publication,
} from '@sek/contract';
import { accountOf } from '../accounts/account-store.js';
import { outsideScope } from '../accounts/authenticate.js';
import type { Mailer } from '../accounts/mailer.js';
import { keepableOffers, mayKeep, principalOf, type Principal } from '../accounts/principal.js';
import { hashSecret, newSecret } from '../accounts/secret-token.js';
import { guardedDb } from '../database/database-errors.js';
import type { OfferStore } from '../database/offer-store.js';
import type { DatabaseSchema, VerificationsTable } from '../database/schema.js';
import { InvalidInputError } from '../domain-errors.js';
import { offerNotFound } from '../beheer/save-offer.js';
import type { GeoData } from '../geo/geo-data.js';
import type { Logger } from '../log.js';
import { dutchMoment } from '../schedule/dutch-time.js';
import { linkGone, type Submissions } from '../submissions/submissions.js';
import { changeLink, offerLink } from '../submissions/submission-mails.js';
import { CHECK_LINK_DAYS, changeFormMail, checkMail, hiddenMail, type CheckItem } from './freshness-mails.js';

type Db = Kysely<DatabaseSchema>;
type Trx = Transaction<DatabaseSchema>;
type Verification = Selectable<VerificationsTable>;

/** The PostgreSQL advisory lock the job holds while it runs: one runner across every instance. */
export const FRESHNESS_LOCK = 519_019;
/** Offers handled per run at most; the rest follow in the next run. */
const OFFERS_PER_RUN = 5000;
const DAY_MS = 86_400_000;
/** How the history and the log name a provider's answer through a mailed link, and the job. */
const BY_LINK = 'controle-link';
const BY_JOB = 'controle';
/** The check cycle of an offer never checked (an HSDS record without `assured_date`): due at once. */
const NOT_CHECKED_YET = '1970-01-01';

export interface FreshnessDeps {
  store: OfferStore;
  mailer: Mailer;
  submissions: Submissions;
  geo: GeoData;
  log: Logger;
  publicUrl: () => string;
  kaartUrl: () => string;
  /** Unix seconds; a test moves it. */
  now: () => number;
}

/** An offer to ask about (again), with the policy that applies to it and its check so far. */
interface Candidate {
  offer: Offer;
  publication: Publication;
  gemeenten: string[];
  reminderDays: number;
  graceDays: number;
  check: Verification | null;
}

export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The policy columns of an offer: its home gemeente's override, else the kaart's, else the default. */
const policyJoin = sql`
  left join freshness_policies p on p.scope = coalesce(o.gemeenten[1], o.service_gemeenten[1])
  left join freshness_policies k on k.scope = '*'`;
const intervalMonths = sql`coalesce(p.interval_months, k.interval_months, ${DEFAULT_FRESHNESS_POLICY.intervalMonths})`;
const reminderDays = sql`coalesce(p.reminder_days, k.reminder_days, ${DEFAULT_FRESHNESS_POLICY.reminderDays})`;
const graceDays = sql`coalesce(p.grace_days, k.grace_days, ${DEFAULT_FRESHNESS_POLICY.graceDays})`;
/** Where an offer counts for a gemeente: its places, or (online only) the gemeenten it serves. */
const areaOf = sql`case when o.has_location then o.gemeenten else o.service_gemeenten end`;

/**
 * Freshness: every published offer is confirmed by its provider once per interval, or hidden.
 * `run` (the job, hourly, once across instances) asks, reminds and hides; the provider answers
 * through single-use links (POST only); the coordinator watches, sends now, or calls.
 */
export class Freshness {
  constructor(private readonly deps: FreshnessDeps) {}

  private get db(): Db {
    return this.deps.store.db;
  }

  private today(): string {
    return dutchMoment(this.deps.now()).date;
  }

  private at(offsetMs = 0): Date {
    return new Date(this.deps.now() * 1000 + offsetMs);
  }

  // ---- The job ----

  /**
   * One run: ends checks that were answered some other way, asks about offers that became due,
   * reminds, and hides offers past their grace period. Holds an advisory lock, so a second
   * instance running at the same moment does nothing (`ran: false`); every step is also safe to
   * repeat, so a run after another finds nothing left to do.
   */
  async run(): Promise<FreshnessRun> {
    return guardedDb(() => this.db.connection().execute(async (connection) => {
      const locked = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${FRESHNESS_LOCK}) as locked`.execute(connection);
      if (!locked.rows[0]?.locked) return { ran: false, asked: 0, reminded: 0, hidden: 0, mails: 0 };
      try {
        await this.settle();
        const due = await this.candidates({ due: true });
        const reminders = await this.candidates({ remind: true });
        const sent = await this.dispatch([...due, ...reminders], BY_JOB, 'job');
        const hidden = await this.hideUnanswered();
        return { ran: true, asked: sent.asked, reminded: sent.reminded, hidden, mails: sent.mails };
      } finally {
        await sql`select pg_advisory_unlock(${FRESHNESS_LOCK})`.execute(connection);
      }
    }));
  }

  /** Checks whose offer was confirmed another way (an edit, an import, a published change) end; a hidden one is shown again. */
  private async settle(): Promise<void> {
    await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const shown = await sql<{ id: string }>`
        with ended as (
          delete from verifications v using offers o
          where o.id = v.offer_id and (coalesce(o.last_verified, date '1970-01-01') <> v.cycle or o.publication not in ('published', 'hidden'))
          returning v.offer_id, v.state)
        update offers set publication = 'published' from ended
        where offers.id = ended.offer_id and ended.state = 'hidden' and offers.publication = 'hidden'
        returning offers.id`.execute(trx);
      await this.deps.store.enqueue(trx, shown.rows.map((row) => row.id));
    }));
  }

  /**
   * Offers to mail about: `due` ones (their interval passed, no check yet), ones to `remind`, or
   * (`organizationId`) every open one of a provider, for "verstuur nu".
   */
  private async candidates(filter: { due?: true; remind?: true; organizationId?: string; who?: Principal }): Promise<Candidate[]> {
    const today = this.today();
    const scope = filter.who ? sql`and o.id in ${this.keepable(filter.who)}` : sql``;
    const organization = filter.organizationId ? sql`and o.organization_id = ${filter.organizationId}` : sql``;
    const open = sql`o.status <> 'inactive' and (o.expires_on is null or o.expires_on >= ${today}::date)`;
    const isDue = sql`o.publication = 'published' and v.offer_id is null and ${open} and coalesce(o.last_verified, date '1970-01-01') + make_interval(months => ${intervalMonths}) <= ${today}::date`;
    const where = filter.due ? isDue
      : filter.remind ? sql`v.state = 'asked' and v.remind_on <= ${today}::date and o.publication = 'published'`
        : sql`((${isDue}) or (v.offer_id is not null and o.publication in ('published', 'hidden')))`;
    const rows = await guardedDb(() => sql<{ data: Offer; publication: Publication; gemeenten: string[]; reminder_days: number; grace_days: number; check: Verification | null }>`
      select o.data, o.publication, ${areaOf} as gemeenten, ${reminderDays} as reminder_days, ${graceDays} as grace_days,
        case when v.offer_id is null then null else to_jsonb(v) end as check
      from offers o left join verifications v on v.offer_id = o.id
      ${policyJoin}
      where ${where} ${organization} ${scope}
      order by o.id limit ${OFFERS_PER_RUN}`.execute(this.db));
    return rows.rows.map((row) => ({
      offer: row.data, publication: row.publication, gemeenten: row.gemeenten, reminderDays: row.reminder_days, graceDays: row.grace_days,
      check: row.check ? { ...row.check, asked_at: new Date(row.check.asked_at) } : null,
    }));
  }

  /**
   * Mails "Klopt dit nog?": one mail per address, listing all its offers. Per address in one
   * transaction: the checks, the links (hashes) and the mail in the outbox; then the mail goes
   * out. Offers without an address get a check too, for the coordinator to call.
   */
  private async dispatch(candidates: Candidate[], actor: string, mode: 'job' | 'now'): Promise<{ asked: number; reminded: number; mails: number; offers: number }> {
    const today = this.today();
    const byAddress = new Map<string, Candidate[]>();
    const unreachable: Candidate[] = [];
    for (const candidate of candidates) {
      const address = candidate.offer.contact.email?.toLowerCase();
      if (!address) unreachable.push(candidate);
      else byAddress.set(address, [...(byAddress.get(address) ?? []), candidate]);
    }
    const counts = { asked: 0, reminded: 0, mails: 0, offers: 0 };
    for (const candidate of unreachable.filter((c) => !c.check)) {
      await guardedDb(() => this.db.transaction().execute(async (trx) => {
        if (await this.startCheck(trx, candidate, null, 'due')) await this.logEvent(trx, candidate, 'no_email', actor, null);
      }));
      counts.asked += 1;
    }
    for (const [address, group] of byAddress) {
      const delivery = await guardedDb(() => this.db.transaction().execute(async (trx) => {
        const items: CheckItem[] = [];
        const events: [Candidate, 'asked' | 'reminded'][] = [];
        let hideOn = '9999-12-31';
        for (const candidate of group) {
          let event: 'asked' | 'reminded';
          if (!candidate.check) {
            const started = await this.startCheck(trx, candidate, address, 'asked');
            if (!started) continue;
            event = 'asked';
            hideOn = started.hide_on < hideOn ? started.hide_on : hideOn;
          } else {
            const state: FreshnessState = candidate.check.state === 'asked' || candidate.check.state === 'due' ? (mode === 'job' ? 'reminded' : 'asked') : candidate.check.state;
            const updated = await trx.updateTable('verifications').set({ state, contact_email: address, ...(mode === 'job' ? { reminded_at: this.at() } : {}) })
              .where('offer_id', '=', candidate.offer.id).where('state', '=', candidate.check.state).returning('hide_on').executeTakeFirst();
            if (!updated) continue;
            event = mode === 'job' || candidate.check.state !== 'due' ? 'reminded' : 'asked';
            hideOn = updated.hide_on < hideOn ? updated.hide_on : hideOn;
          }
          const token = newSecret();
          await trx.insertInto('check_links').values({ token_hash: hashSecret(token), offer_id: candidate.offer.id, created_at: this.at(), expires_at: this.at(CHECK_LINK_DAYS * DAY_MS), used_at: null }).execute();
          const hidden = candidate.publication === 'hidden';
          items.push({ offer: candidate.offer, token, hidden, ...(hidden ? {} : { kaartLink: offerLink(this.deps.kaartUrl(), candidate.offer) }) });
          events.push([candidate, event]);
        }
        if (items.length === 0) return undefined;
        const reminder = events.every(([, event]) => event === 'reminded');
        const mail = checkMail(address, group[0]!.offer.provider.name, items, { publicUrl: this.deps.publicUrl(), reminder, hideOn: hideOn === '9999-12-31' ? addDays(today, group[0]!.graceDays) : hideOn });
        const mailId = await this.deps.mailer.keep(trx, mail);
        for (const [candidate, event] of events) await this.logEvent(trx, candidate, event, actor, mailId);
        for (const [, event] of events) counts[event] += 1;
        counts.offers += items.length;
        return { mailId, mail };
      }));
      if (delivery) {
        counts.mails += 1;
        await this.deps.mailer.deliver(delivery.mailId, delivery.mail);
      }
    }
    return counts;
  }

  /** Begins an offer's check (none may exist); null when another run began it meanwhile. */
  private async startCheck(trx: Trx, candidate: Candidate, address: string | null, state: 'asked' | 'due'): Promise<Verification | undefined> {
    const today = this.today();
    return trx.insertInto('verifications').values({
      offer_id: candidate.offer.id, cycle: candidate.offer.lastVerified ?? NOT_CHECKED_YET, state, contact_email: address, asked_at: this.at(), reminded_at: null, hidden_at: null,
      remind_on: addDays(today, candidate.reminderDays), hide_on: addDays(today, candidate.graceDays),
    }).onConflict((conflict) => conflict.column('offer_id').doNothing()).returningAll().executeTakeFirst();
  }

  /** Hides offers whose grace period passed without an answer (a change waiting for review is an answer); tells the coordinators. */
  private async hideUnanswered(): Promise<number> {
    const today = this.today();
    const hidden = await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const rows = await sql<{ id: string; data: Offer; gemeenten: string[] }>`
        update offers o set publication = 'hidden'
        from verifications v
        where v.offer_id = o.id and o.publication = 'published' and v.state in ('due', 'asked', 'reminded', 'changing') and v.hide_on <= ${today}::date
          and not (v.state = 'changing' and exists (select 1 from submissions s where s.offer_id = o.id and s.state = 'pending'))
        returning o.id, o.data, ${areaOf} as gemeenten`.execute(trx);
      if (rows.rows.length === 0) return [];
      const ids = rows.rows.map((row) => row.id);
      await trx.updateTable('verifications').set({ state: 'hidden', hidden_at: this.at() }).where('offer_id', 'in', ids).execute();
      await this.deps.store.enqueue(trx, ids);
      for (const row of rows.rows) await this.logEvent(trx, { offer: row.data, gemeenten: row.gemeenten }, 'hidden', BY_JOB, null);
      return rows.rows.map((row) => row.data);
    }));
    if (hidden.length) await this.tellCoordinators(hidden);
    return hidden.length;
  }

  /** One mail per coordinator (the beheerders when no coordinator keeps an offer) listing what was hidden. */
  private async tellCoordinators(offers: Offer[]): Promise<void> {
    const people = await guardedDb(() => this.db.selectFrom('users').selectAll().where('disabled_at', 'is', null).where('role', 'in', ['coordinator', 'beheerder']).execute());
    const coordinators = people.filter((person) => person.role === 'coordinator');
    const beheerders = people.filter((person) => person.role === 'beheerder');
    const perPerson = new Map<string, Offer[]>();
    for (const offer of offers) {
      const keepers = coordinators.filter((person) => mayKeep(principalOf(accountOf(person), 'session'), offer));
      for (const person of keepers.length ? keepers : beheerders) perPerson.set(person.id, [...(perPerson.get(person.id) ?? []), offer]);
    }
    const link = `${this.deps.publicUrl().replace(/\/$/, '')}/beheer/actueel`;
    for (const person of people) {
      const theirs = perPerson.get(person.id);
      if (theirs) await this.deps.mailer.send(hiddenMail(person.email, person.name, theirs, link));
    }
  }

  // ---- The provider's answer ----

  /** What a link shows; nothing changes (a mail scanner following it does no harm). */
  async open(token: string): Promise<OpenedCheck> {
    const row = await guardedDb(() => this.db.selectFrom('check_links as l').innerJoin('offers as o', 'o.id', 'l.offer_id').select(['o.data', 'o.publication'])
      .where('l.token_hash', '=', hashSecret(token)).where('l.used_at', 'is', null).where('l.expires_at', '>', this.at()).executeTakeFirst());
    if (!row || (row.publication !== 'published' && row.publication !== 'hidden')) throw linkGone();
    return { offer: row.data, today: this.today(), hidden: row.publication === 'hidden' };
  }

  /**
   * The provider's answer, once: every link of the offer is used up by it. "Ja": checked today
   * (and shown again when hidden); "stopt": its last day is set (search hides it after that day);
   * "aanpassen": the form opens with a change link, and the change goes to review.
   */
  async answer(body: CheckAnswer): Promise<CheckResult> {
    const today = this.today();
    if (body.answer === 'stops' && body.endDate! < today) {
      const message = VALIDATION_MESSAGES.end_date_past();
      throw new InvalidInputError([{ field: 'endDate', code: 'end_date_past', message: { nl: `${message.nl}.`, en: `${message.en}.` } }]);
    }
    const { stored, address } = await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const link = await trx.selectFrom('check_links').select('offer_id').where('token_hash', '=', hashSecret(body.token)).where('used_at', 'is', null)
        .where('expires_at', '>', this.at()).forUpdate().executeTakeFirst();
      if (!link) throw linkGone();
      const stored = (await this.deps.store.loadForUpdate(trx, [link.offer_id])).get(link.offer_id);
      if (!stored || (stored.publication !== 'published' && stored.publication !== 'hidden')) throw linkGone();
      await trx.updateTable('check_links').set({ used_at: this.at() }).where('offer_id', '=', link.offer_id).where('used_at', 'is', null).execute();
      const check = await trx.selectFrom('verifications').selectAll().where('offer_id', '=', link.offer_id).executeTakeFirst();
      const gemeenten = areaOfOffer(stored.offer);
      if (body.answer === 'change') {
        await trx.updateTable('verifications').set({ state: 'changing' }).where('offer_id', '=', link.offer_id).where('state', '!=', 'hidden').execute();
        await this.logEvent(trx, { offer: stored.offer, gemeenten }, 'change', BY_LINK, null);
      } else {
        const offer: Offer = { ...stored.offer, lastVerified: today, ...(body.answer === 'stops' ? { validUntil: body.endDate! } : {}) };
        const reason = body.answer === 'yes' ? 'Aanbieder: klopt nog ("Klopt dit nog?")' : `Aanbieder: stopt na ${body.endDate} ("Klopt dit nog?")`;
        await this.confirm(trx, stored.offer.id, offer, stored, { by: BY_LINK, reason });
        await this.logEvent(trx, { offer, gemeenten }, body.answer === 'yes' ? 'confirmed' : 'stops', BY_LINK, null);
      }
      return { stored, address: check?.contact_email ?? stored.offer.contact.email?.toLowerCase() ?? '' };
    }));
    if (body.answer === 'yes') {
      return { answer: 'yes', message: { nl: 'Dank u wel! Het aanbod is nu gecontroleerd. Bewoners zien in de kaart de datum van vandaag als controledatum.', en: 'Thank you! The offer is checked: residents see today as its check date.' } };
    }
    if (body.answer === 'stops') {
      return { answer: 'stops', message: { nl: 'Dank u wel. Na de laatste dag ziet niemand het aanbod meer in de kaart. Wij bewaren het, voor als het ooit terugkomt.', en: 'Thank you. After its last day nobody sees the offer in the kaart; it is kept, in case it comes back.' } };
    }
    const changeToken = await this.deps.submissions.changeDraft(stored, address);
    if (address) await this.deps.mailer.send(changeFormMail(address, stored.offer.title, changeLink(this.deps.publicUrl(), changeToken)));
    return {
      answer: 'change', changeToken,
      message: { nl: 'Het formulier opent nu, al ingevuld. Pas aan wat niet meer klopt en verstuur het. We stuurden de link ook per e-mail.', en: 'The form opens now, filled in. Change what is no longer right and send it. We also e-mailed the link.' },
    };
  }

  /** Writes the confirmed offer (new version, history, outbox), shows it again when hidden, and ends its check. */
  private async confirm(trx: Trx, id: string, offer: Offer, stored: { offer: Offer; version: number; publication: Publication }, actor: { by: string; reason: string }): Promise<void> {
    await this.deps.store.write(trx, [{ offer, before: stored, action: 'update' }], actor);
    await trx.updateTable('offers').set({ publication: 'published' }).where('id', '=', id).where('publication', '=', 'hidden').execute();
    await trx.deleteFrom('verifications').where('offer_id', '=', id).execute();
    await trx.updateTable('check_links').set({ used_at: this.at() }).where('offer_id', '=', id).where('used_at', 'is', null).execute();
  }

  // ---- The coordinator ----

  /** "Verstuur nu": mails one provider about their offers in the person's scope that are due, asked, hidden or being changed. */
  async sendNow(who: Principal, organizationId: string): Promise<FreshnessResult> {
    mustWatch(who);
    const keeps = await guardedDb(() => this.db.selectFrom('offers').select('id').where('organization_id', '=', organizationId).where(keepableOffers(who)).limit(1).executeTakeFirst());
    if (!keeps) throw outsideScope();
    const candidates = await this.candidates({ organizationId, who });
    const sent = await this.dispatch(candidates, who.actor, 'now');
    return { mails: sent.mails, offers: sent.offers };
  }

  /** "Gebeld: klopt nog": the coordinator phoned; the offer is checked today. */
  async called(who: Principal, offerId: string): Promise<FreshnessResult> {
    mustWatch(who);
    await guardedDb(() => this.db.transaction().execute(async (trx) => {
      const stored = (await this.deps.store.loadForUpdate(trx, [offerId])).get(offerId);
      if (!stored) throw offerNotFound();
      if (!mayKeep(who, stored.offer)) throw outsideScope();
      const offer = { ...stored.offer, lastVerified: this.today() };
      await this.confirm(trx, offerId, offer, stored, { by: who.actor, reason: 'Gebeld: klopt nog' });
      await this.logEvent(trx, { offer, gemeenten: areaOfOffer(offer) }, 'called', who.actor, null);
    }));
    return { mails: 0, offers: 1 };
  }

  /** Sets the kaart's policy (`*`, beheerder) or a gemeente's (its coordinator or the beheerder). */
  async setPolicy(who: Principal, scope: string, policy: FreshnessPolicy): Promise<FreshnessPolicy> {
    mustSetPolicy(who, scope);
    const row = { interval_months: policy.intervalMonths, reminder_days: policy.reminderDays, grace_days: policy.graceDays, updated_by: who.actor, updated_at: this.at() };
    await guardedDb(() => this.db.insertInto('freshness_policies').values({ scope, ...row })
      .onConflict((conflict) => conflict.column('scope').doUpdateSet(row)).execute());
    return policy;
  }

  async removePolicy(who: Principal, scope: string): Promise<void> {
    mustSetPolicy(who, scope);
    await guardedDb(() => this.db.deleteFrom('freshness_policies').where('scope', '=', scope).execute());
  }

  /** The coordinator's view: per gemeente the share checked in time, the offers in a check (and due ones), the policy, the log. */
  async overview(who: Principal, gemeente?: string): Promise<FreshnessOverview> {
    mustWatch(who);
    if (gemeente && who.role === 'coordinator' && !who.gemeenten.includes(gemeente)) throw outsideScope();
    const today = this.today();
    const gemeenten = gemeente ? [gemeente] : who.role === 'coordinator' ? who.gemeenten : [];
    const inArea = gemeenten.length ? sql`and ${areaOf} && ${gemeenten}::text[]` : sql``;
    const names = (code: string) => this.deps.geo.gemeenten.get(code)?.name ?? code;

    const shares = await this.shares(gemeenten);

    const open = sql`o.status <> 'inactive' and (o.expires_on is null or o.expires_on >= ${today}::date)`;
    const offers = await guardedDb(() => sql<{ data: Offer; gemeenten: string[]; last_verified: string | null; state: FreshnessState | null; asked_at: Date | null; hide_on: string | null }>`
      select o.data, ${areaOf} as gemeenten, to_char(o.last_verified, 'YYYY-MM-DD') as last_verified, v.state, v.asked_at, to_char(v.hide_on, 'YYYY-MM-DD') as hide_on
      from offers o left join verifications v on v.offer_id = o.id ${policyJoin}
      where ((v.offer_id is not null and o.publication in ('published', 'hidden'))
        or (v.offer_id is null and o.publication = 'published' and ${open} and coalesce(o.last_verified, date '1970-01-01') + make_interval(months => ${intervalMonths}) <= ${today}::date))
        and o.id in ${this.keepable(who)} ${inArea}
      order by v.hide_on nulls first, o.id limit 1000`.execute(this.db));

    const log = await guardedDb(() => this.db.selectFrom('freshness_log as l').leftJoin('mail_outbox as m', 'm.id', 'l.mail_id')
      .select(['l.at', 'l.event', 'l.offer_id', 'l.title', 'l.actor', 'm.id as mail_id', 'm.to_address', 'm.subject', 'm.body', 'm.created_at', 'm.sent_at', 'm.error'])
      .$if(gemeenten.length > 0, (query) => query.where('l.gemeenten', '&&', sql<string[]>`${gemeenten}::text[]`))
      .orderBy('l.id', 'desc').limit(200).execute());

    const policies = await guardedDb(() => this.db.selectFrom('freshness_policies').selectAll().execute());
    const byScope = new Map(policies.map((row) => [row.scope, { intervalMonths: row.interval_months, reminderDays: row.reminder_days, graceDays: row.grace_days }]));
    const kaart = byScope.get('*') ?? DEFAULT_FRESHNESS_POLICY;
    const scopes = who.role === 'coordinator' ? who.gemeenten : [...byScope.keys()].filter((scope) => scope !== '*');

    return {
      today,
      smtp: this.deps.mailer.smtp,
      policies: [
        { scope: '*', name: 'De hele kaart', policy: kaart, own: byScope.has('*') },
        ...scopes.map((scope) => ({ scope, name: names(scope), policy: byScope.get(scope) ?? kaart, own: byScope.has(scope) })),
      ],
      shares,
      offers: offers.rows.map((row) => ({
        id: row.data.id, title: row.data.title, provider: { id: row.data.provider.id, name: row.data.provider.name }, gemeenten: row.gemeenten,
        lastVerified: row.last_verified, state: row.state ?? 'due', askedAt: row.asked_at ? new Date(row.asked_at).toISOString() : null, hideOn: row.hide_on,
        contact: { ...(row.data.contact.email ? { email: row.data.contact.email } : {}), ...(row.data.contact.phone ? { phone: row.data.contact.phone } : {}) },
      })),
      log: log.map((row) => ({
        at: row.at.toISOString(), event: row.event, offerId: row.offer_id, title: row.title, by: row.actor,
        mail: row.mail_id ? {
          id: String(row.mail_id), to: row.to_address ?? '', subject: row.subject ?? '', text: row.body ?? '', createdAt: row.created_at!.toISOString(),
          sentAt: row.sent_at?.toISOString() ?? null, error: row.error ?? null,
        } : null,
      })),
    };
  }

  /** Per gemeente (all when none given): published and hidden offers, and those confirmed within their interval. */
  async shares(gemeenten: string[]): Promise<FreshnessShare[]> {
    const today = this.today();
    const shares = await guardedDb(() => sql<{ gemeente: string; offers: string; current: string; hidden: string }>`
      select g as gemeente, count(*) as offers,
        count(*) filter (where o.publication = 'published' and coalesce(o.last_verified, date '1970-01-01') + make_interval(months => ${intervalMonths}) > ${today}::date) as current,
        count(*) filter (where o.publication = 'hidden') as hidden
      from offers o ${policyJoin}, unnest(${areaOf}) as g
      where o.publication in ('published', 'hidden') ${gemeenten.length ? sql`and g = any(${gemeenten}::text[])` : sql``}
      group by g order by g limit 400`.execute(this.db));
    return shares.rows.map((row) => ({ gemeente: row.gemeente, name: this.deps.geo.gemeenten.get(row.gemeente)?.name ?? row.gemeente, offers: Number(row.offers), current: Number(row.current), hidden: Number(row.hidden) }));
  }

  // ---- Shared ----

  /** The offers a person may keep, as a subquery for the raw SQL over `offers o` (the one rule, `keepableOffers`). */
  private keepable(who: Principal) {
    return this.db.selectFrom('offers').select('id').where(keepableOffers(who));
  }

  private async logEvent(trx: Trx, about: { offer: Offer; gemeenten: string[] }, event: Selectable<DatabaseSchema['freshness_log']>['event'], actor: string, mailId: string | null): Promise<void> {
    await trx.insertInto('freshness_log').values({ at: this.at(), offer_id: about.offer.id, title: about.offer.title, gemeenten: about.gemeenten, event, actor, mail_id: mailId }).execute();
  }

}

/** The gemeenten an offer counts for: its places, or (online only) the ones it serves. */
function areaOfOffer(offer: Offer): string[] {
  if (offer.locations.length) return [...new Set(offer.locations.map((location) => location.address.gemeenteCode))];
  return offer.serviceArea && 'gemeenten' in offer.serviceArea ? offer.serviceArea.gemeenten : [];
}


/** The freshness view and its actions are for coordinators and the beheerder. */
function mustWatch(who: Principal): void {
  if (who.role === 'aanbieder') throw outsideScope();
}

function mustSetPolicy(who: Principal, scope: string): void {
  if (who.role === 'beheerder') return;
  if (who.role === 'coordinator' && scope !== '*' && who.gemeenten.includes(scope)) return;
  throw outsideScope();
}


