import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '@sek/contract';
import { Mailer } from '../src/accounts/mailer.js';
import { createLogger } from '../src/log.js';
import { Freshness } from '../src/freshness/freshness.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { jsonRequest, logIn, type LoggedIn } from './helpers/beheer-session.js';
import { mailText, startSmtpInbox, type ReceivedMail, type SmtpInbox } from './helpers/smtp-inbox.js';
import { geo, startTestService, type TestService } from './helpers/test-service.js';

/**
 * "Klopt dit nog?" with a clock the test moves: an offer becomes due, is asked about (one mail per
 * provider), reminded, hidden, confirmed through the mailed link and visible again; the mails are
 * the ones a real SMTP server on loopback received. Links work once, expire, and only on POST.
 */

const DAY = 86_400;
const T0 = Date.parse('2026-11-23T08:00:00Z') / 1000;
let clock = T0;
let inbox: SmtpInbox;
let service: TestService;
let coordinator: LoggedIn;
let beheerder: LoggedIn;

const LIBRARY = 'info@bibliotheekaanzet.example.nl';
const TAALHUIS = 'taalhuis-nieuw-lekkerland';
const IDO = 'ido-nieuw-lekkerland';
const FORMULIEREN = 'formulierenhulp-nieuw-lekkerland';
const THUISADMINISTRATIE = 'thuisadministratie-nieuw-lekkerland';
const ARNHEM = 'taalcafe-arnhem';

/** Molenlanden's offers and one in Arnhem: three due in Molenlanden (one without e-mail), the rest checked this month. */
function fixture(demo: Offer[]): Offer[] {
  const old: Record<string, string> = { [TAALHUIS]: '2026-03-10', [IDO]: '2026-01-04', [FORMULIEREN]: '2026-04-27', [ARNHEM]: '2026-02-01' };
  return demo
    .filter((offer) => offer.id === ARNHEM || offer.locations.some((location) => location.address.gemeenteCode === 'GM1978'))
    .map((offer) => {
      const changed: Offer = { ...offer, lastVerified: old[offer.id] ?? '2026-11-01' };
      if (offer.id === FORMULIEREN) changed.contact = { phone: '0184 123 456' };
      return changed;
    });
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => service.get(path, jsonRequest('POST', body, headers));
const tokensIn = (mail: ReceivedMail, choice: 'ja' | 'aanpassen' | 'stopt') => [...new Set([...mailText(mail.raw).matchAll(new RegExp(`/controleren/#${choice}=([A-Za-z0-9_-]+)`, 'g'))].map((match) => match[1]!))];
/** The link in a mail for one offer (opening a link changes nothing). */
async function tokenFor(mail: ReceivedMail, choice: 'ja' | 'aanpassen' | 'stopt', offerId: string): Promise<string> {
  for (const token of tokensIn(mail, choice)) {
    if ((await post('/v1/checks/open', { token })).body.offer?.id === offerId) return token;
  }
  throw new Error(`no link for ${offerId}`);
}
const run = async () => (await post('/v1/admin/freshness/run', {}, beheerder.headers)).body as { ran: boolean; asked: number; reminded: number; hidden: number; mails: number };
const visible = async (id: string) => {
  await service.projected();
  return (await service.get(`/v1/offers/${id}`)).status === 200;
};
const overview = async (who: LoggedIn) => (await service.get('/v1/admin/freshness', { headers: who.headers })).body as {
  shares: { gemeente: string; offers: number; current: number; hidden: number }[];
  offers: { id: string; state: string; hideOn: string | null; contact: { email?: string; phone?: string } }[];
  log: { event: string; offerId: string; mail: { to: string; text: string; sentAt: string | null } | null }[];
};
/** Moves the clock; sessions idle for days have expired by then, so both people log in again. */
async function moveClock(to: number): Promise<void> {
  clock = to;
  coordinator = await logIn(service, { email: 'coordinator@molenlanden.test', name: 'Mo Lenlanden', role: 'coordinator', gemeenten: ['GM1978'] });
  beheerder = await logIn(service, { email: 'beheer@sek.test', name: 'Bea Beheer', role: 'beheerder' });
}
const searchFinds = async (id: string) => {
  const search = await service.get('/v1/search?q=taalhuis&near=2951&radiusKm=15&limit=50');
  return (search.body.results as { offer: { id: string } }[]).some((hit) => hit.offer.id === id);
};
const sentTo = (address: string) => inbox.mails.filter((mail) => mail.to.includes(address)).length;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  service = await startTestService(fixture(await readDemoOffers()), {
    smtpUrl: inbox.url, now: () => clock, staticDirs: { beheer: fileURLToPath(new URL('../../widget/beheer', import.meta.url)) },
  });
  await moveClock(T0);
});
afterAll(async () => {
  await service?.close();
  await inbox?.close();
});

describe('an offer crosses due → reminded → hidden → confirmed → visible again', () => {
  let firstMail: ReceivedMail;

  it('asks once per provider, listing every due offer, with three answers per offer; an offer without e-mail waits for a call', async () => {
    const result = await run();
    expect(result).toMatchObject({ ran: true, asked: 4, reminded: 0, hidden: 0 });
    firstMail = await inbox.next(LIBRARY);
    const text = mailText(firstMail.raw);
    expect(text).toContain('Subject: Klopt dit nog? 2 aanbiedingen van');
    for (const id of [TAALHUIS, IDO]) expect(text).toContain(`sek-aanbod=${id}`);
    expect(tokensIn(firstMail, 'ja')).toHaveLength(2);
    expect(tokensIn(firstMail, 'aanpassen')).toHaveLength(2);
    expect(tokensIn(firstMail, 'stopt')).toHaveLength(2);
    expect(text).toContain('Ja, alles klopt');
    expect(text).toContain('vóór 21 december 2026');
    // The big buttons come as an HTML alternative beside the text.
    expect(firstMail.raw).toMatch(/Content-Type: text\/html/);
    expect(sentTo(LIBRARY)).toBe(1);

    const view = await overview(coordinator);
    const states = Object.fromEntries(view.offers.map((offer) => [offer.id, offer.state]));
    expect(states).toEqual({ [TAALHUIS]: 'asked', [IDO]: 'asked', [FORMULIEREN]: 'due' });
    expect(view.offers.find((offer) => offer.id === FORMULIEREN)!.contact).toEqual({ phone: '0184 123 456' });
    const share = view.shares.find((row) => row.gemeente === 'GM1978')!;
    expect(share.offers - share.current).toBe(3);
    expect(view.log.filter((entry) => entry.event === 'asked').map((entry) => entry.mail?.to)).toEqual([LIBRARY, LIBRARY]);
    expect(view.log.map((entry) => entry.offerId)).not.toContain(ARNHEM);
  });

  it('a second run, and a second instance at the same time, send nothing more', async () => {
    // Another instance: its own mailer and job, the same database.
    const log = createLogger('silent');
    const mailer = new Mailer(service.database.db, log, { smtpUrl: inbox.url, from: 'SEK <sek@test.invalid>' });
    const second = new Freshness({
      store: service.store, mailer, submissions: service.deps.beheer!.submissions, geo: geo(), log,
      publicUrl: () => service.baseUrl, kaartUrl: () => `${service.baseUrl}/demo/kaart.html`, now: () => clock,
    });
    const [a, b] = await Promise.all([run(), second.run()]);
    expect(a.mails + b.mails).toBe(0);
    expect(sentTo(LIBRARY)).toBe(1);
    mailer.close();
  });

  it('reminds after 14 days, in one mail again', async () => {
    await moveClock(T0 + 13 * DAY);
    expect((await run()).reminded).toBe(0);
    await moveClock(T0 + 14 * DAY);
    // The library's two offers in one mail, and Arnhem's.
    expect(await run()).toMatchObject({ reminded: 3, hidden: 0, mails: 2 });
    const reminder = await inbox.next(LIBRARY);
    expect(mailText(reminder.raw)).toContain('Subject: Herinnering: klopt dit nog?');
    expect(tokensIn(reminder, 'ja')).toHaveLength(2);
    expect(await visible(TAALHUIS)).toBe(true);
    expect(await searchFinds(TAALHUIS)).toBe(true);
  });

  it('hides after the grace period (never deletes) and tells the coordinator', async () => {
    await moveClock(T0 + 27 * DAY);
    expect((await run()).hidden).toBe(0);
    await moveClock(T0 + 28 * DAY);
    expect((await run()).hidden).toBe(4);
    for (const id of [TAALHUIS, IDO, FORMULIEREN]) expect(await visible(id), id).toBe(false);
    expect(await searchFinds(TAALHUIS)).toBe(false);
    const told = mailText((await inbox.next('coordinator@molenlanden.test')).raw);
    expect(told).toContain('3 aanbiedingen verborgen');
    expect(told).toContain('/beheer/actueel');
    const stored = await service.get(`/v1/admin/offers/${TAALHUIS}`, { headers: coordinator.headers });
    expect(stored.body.publication).toBe('hidden');
    expect(Object.fromEntries((await overview(coordinator)).offers.map((offer) => [offer.id, offer.state]))).toMatchObject({ [TAALHUIS]: 'hidden', [FORMULIEREN]: 'hidden' });
  });

  it('a link from the first mail still answers: "Ja, alles klopt" shows the offer again, checked today', async () => {
    const token = tokensIn(firstMail, 'ja')[0]!;
    const opened = await post('/v1/checks/open', { token });
    expect(opened.status).toBe(200);
    expect(opened.body.hidden).toBe(true);
    const id = opened.body.offer.id as string;
    const answered = await post('/v1/checks/answer', { token, answer: 'yes' });
    expect(answered.status).toBe(200);
    expect(answered.body.message.nl).toContain('Dank u wel');
    expect(await visible(id)).toBe(true);
    expect((await service.get(`/v1/offers/${id}`)).body.lastVerified).toBe('2026-12-21');
    // The other offer in the same mail is still hidden: one answer per offer.
    const other = id === TAALHUIS ? IDO : TAALHUIS;
    expect(await visible(other)).toBe(false);
    const log = (await overview(coordinator)).log;
    expect(log[0]).toMatchObject({ event: 'confirmed', offerId: id });
  });

  it('a used link does nothing, nor does the same offer\'s link from the reminder, nor a GET', async () => {
    const token = tokensIn(firstMail, 'ja')[0]!;
    expect((await post('/v1/checks/answer', { token, answer: 'yes' })).status).toBe(410);
    expect((await post('/v1/checks/open', { token })).status).toBe(410);
    expect((await service.get('/v1/checks/answer')).status).toBe(405);
    // A mail scanner fetches the link: it gets the page, and nothing changes.
    const other = tokensIn(firstMail, 'ja')[1]!;
    const page = await fetch(`${service.baseUrl}/controleren/#ja=${other}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('sek-aanbod-controle');
    expect((await post('/v1/checks/open', { token: other })).status).toBe(200);
  });

  it('an expired link does nothing', async () => {
    await moveClock(T0 + 91 * DAY);
    const token = tokensIn(firstMail, 'ja')[1]!;
    const answer = await post('/v1/checks/answer', { token, answer: 'yes' });
    expect(answer.status).toBe(410);
    expect(answer.body.error.message.nl).toContain('werkt niet meer');
    const hiddenOne = (await overview(coordinator)).offers.filter((offer) => offer.state === 'hidden').map((offer) => offer.id);
    expect(hiddenOne).toContain(FORMULIEREN);
  });

  it('"gebeld: klopt nog" brings back the offer without e-mail', async () => {
    const answer = await post('/v1/admin/freshness/called', { offerId: FORMULIEREN }, coordinator.headers);
    expect(answer.status).toBe(200);
    expect(await visible(FORMULIEREN)).toBe(true);
    expect((await overview(coordinator)).log[0]).toMatchObject({ event: 'called', offerId: FORMULIEREN });
  });
});

describe('the other answers', () => {
  it('"Dit aanbod stopt" needs a day that is not past, and sets it as the last day', async () => {
    await moveClock(T0 + 200 * DAY);
    // Everything is due again (checked more than 6 months ago, or never since T0).
    await post('/v1/admin/freshness/send', { organizationId: 'welzijn-molenlanden' }, coordinator.headers);
    const mail = await inbox.next('info@welzijnmolenlanden.example.nl');
    const offerId = 'ontmoeting-hoornaar';
    const token = await tokenFor(mail, 'stopt', offerId);
    const past = await post('/v1/checks/answer', { token, answer: 'stops', endDate: '2026-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.fields[0]).toMatchObject({ field: 'endDate' });
    expect(past.body.error.fields[0].message.nl).toContain('vandaag of later');
    const missing = await post('/v1/checks/answer', { token, answer: 'stops' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].message.nl).toContain('laatste dag');
    const ok = await post('/v1/checks/answer', { token, answer: 'stops', endDate: '2027-07-31' });
    expect(ok.status).toBe(200);
    const stored = await service.get(`/v1/admin/offers/${offerId}`, { headers: coordinator.headers });
    expect(stored.body.offer.validUntil).toBe('2027-07-31');
    expect(stored.body.offer.lastVerified).toBe('2027-06-11');
  });

  it('"Ik wil iets aanpassen" opens the form with the offer; the change goes to review, and the offer is not hidden while it waits', async () => {
    const sent = await post('/v1/admin/freshness/send', { organizationId: 'bibliotheek-aanzet' }, coordinator.headers);
    expect(sent.body.mails).toBe(1);
    const checkMail = await inbox.next(LIBRARY);
    const offerId = 'taalcafe-nieuw-lekkerland';
    const token = await tokenFor(checkMail, 'aanpassen', offerId);
    const answer = await post('/v1/checks/answer', { token, answer: 'change' });
    expect(answer.status).toBe(200);
    const changeToken = answer.body.changeToken as string;
    // The form's link also arrives by mail, so closing the page loses nothing.
    expect(mailText((await inbox.next(LIBRARY)).raw)).toContain(`/aanmelden/#wijzigen=${changeToken}`);
    const opened = await post('/v1/submissions/open', { token: changeToken });
    expect(opened.status).toBe(200);
    expect(opened.body.offer.id).toBe(offerId);
    const changed = { ...opened.body.offer, summary: 'Nieuwe tijden vanaf januari: elke dinsdag in de bibliotheek.' };
    const submitted = await post('/v1/submissions/change', { token: changeToken, submitter: { organization: 'Bibliotheek AanZet', name: 'Lies Bieb', email: LIBRARY }, offer: changed });
    expect(submitted.status).toBe(202);
    const queue = (await service.get('/v1/admin/submissions?state=pending', { headers: coordinator.headers })).body.submissions as { offerId: string }[];
    expect(queue.map((row) => row.offerId)).toContain(offerId);
    await moveClock(clock + 60 * DAY);
    await run();
    expect(await visible(offerId)).toBe(true);
  });
});

describe('the policy', () => {
  it('a coordinator sets their gemeente\'s; only the beheerder sets the kaart\'s; a reminder after the grace period is refused in B1', async () => {
    const own = await service.get('/v1/admin/freshness/policies/GM1978', jsonRequest('PUT', { intervalMonths: 12, reminderDays: 10, graceDays: 21 }, coordinator.headers));
    expect(own.status).toBe(200);
    expect((await service.get('/v1/admin/freshness/policies/*', jsonRequest('PUT', { intervalMonths: 3, reminderDays: 10, graceDays: 21 }, coordinator.headers))).status).toBe(403);
    expect((await service.get('/v1/admin/freshness/policies/GM0202', jsonRequest('PUT', { intervalMonths: 3, reminderDays: 10, graceDays: 21 }, coordinator.headers))).status).toBe(403);
    const wrong = await service.get('/v1/admin/freshness/policies/GM1978', jsonRequest('PUT', { intervalMonths: 12, reminderDays: 30, graceDays: 21 }, coordinator.headers));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ field: 'reminderDays' });
    expect(wrong.body.error.fields[0].message.nl).toContain('herinnering moet eerder komen');
    const view = (await service.get('/v1/admin/freshness', { headers: coordinator.headers })).body as { policies: { scope: string; policy: { intervalMonths: number }; own: boolean }[] };
    expect(view.policies).toEqual(expect.arrayContaining([expect.objectContaining({ scope: 'GM1978', own: true, policy: { intervalMonths: 12, reminderDays: 10, graceDays: 21 } })]));
  });

  it('an offer follows its gemeente\'s interval: checked 8 months ago is due under 6 months, not under 12', async () => {
    await moveClock(Date.parse('2028-01-15T08:00:00Z') / 1000);
    const stored = (await service.get(`/v1/admin/offers/${THUISADMINISTRATIE}`, { headers: coordinator.headers })).body;
    const saved = await service.get(`/v1/admin/offers/${THUISADMINISTRATIE}`, jsonRequest('PUT', { offer: { ...stored.offer, lastVerified: '2027-05-15' }, version: stored.version }, coordinator.headers));
    expect(saved.status).toBe(200);
    await run();
    expect((await overview(coordinator)).offers.map((offer) => offer.id)).not.toContain(THUISADMINISTRATIE);
    expect((await service.get('/v1/admin/freshness/policies/GM1978', { method: 'DELETE', headers: coordinator.headers })).status).toBe(204);
    await run();
    expect((await overview(coordinator)).offers.find((offer) => offer.id === THUISADMINISTRATIE)?.state).toBe('asked');
  });
});

describe('without SMTP', () => {
  it('keeps every mail in the outbox, where the coordinator reads, copies or prints it', async () => {
    const quiet = await startTestService(fixture(await readDemoOffers()).filter((offer) => offer.id === TAALHUIS), { now: () => T0 });
    try {
      const boss = await logIn(quiet, { email: 'beheer@sek.test', name: 'Bea Beheer', role: 'beheerder' });
      const result = (await quiet.get('/v1/admin/freshness/run', { method: 'POST', headers: boss.headers })).body;
      expect(result).toMatchObject({ ran: true, asked: 1, mails: 1 });
      const view = (await quiet.get('/v1/admin/freshness', { headers: boss.headers })).body;
      expect(view.smtp).toBe(false);
      const mail = view.log[0].mail;
      expect(mail).toMatchObject({ to: LIBRARY, sentAt: null });
      expect(mail.text).toContain('/controleren/#ja=');
    } finally {
      await quiet.close();
    }
  });
});
