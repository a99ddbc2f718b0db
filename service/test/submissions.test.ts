import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '@sek/contract';
import { readDemoOffers } from '../src/offers/demo-offers.js';
import { jsonRequest, logIn, type LoggedIn } from './helpers/beheer-session.js';
import { linkIn, mailText, startSmtpInbox, type SmtpInbox } from './helpers/smtp-inbox.js';
import { startTestService, type TestService } from './helpers/test-service.js';

/**
 * Offers that providers send in: without an account (confirmed by mail, changed with the link
 * from a decision mail) and with one (drafts, review, trusted providers, claims); mails received
 * on a real SMTP server on loopback; the public routes never show what is not published.
 */

let inbox: SmtpInbox;
let service: TestService;
let demo: Offer[];
let molenlanden: LoggedIn;
let arnhem: LoggedIn;
let beheerder: LoggedIn;
const VOLUNTEER = 'vrijwilliger@dorpshuis-arkel.test';

/** What the form sends: the provider's fields only (SEK sets id, source, provider id and the check date). */
const form = (title = 'Taalcafé Arkel') => ({
  title,
  summary: 'Samen Nederlands praten bij een kop koffie. Iedereen is welkom.',
  description: 'Elke woensdagmiddag praten we over gewone dingen: boodschappen, de buren, het weer.',
  themes: ['taal'],
  kind: 'groep',
  targetGroups: ['nt2'],
  cost: { free: true },
  schedule: { sessions: [{ weekdays: ['wo'], opensAt: '13:30', closesAt: '15:30' }], registrationRequired: false },
  locations: [{ id: 'plek-1', name: 'Dorpshuis Arkel', address: { street: 'Dorpsstraat 1', postcode: '4241 AB', place: 'Arkel' } }],
  contact: { phone: '0183 123 456' },
  bring: ['Niets'],
});
const submitter = { organization: 'Dorpshuis Arkel', name: 'Vera de Vrijwilliger', email: VOLUNTEER };

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => service.get(path, jsonRequest('POST', body, headers));
const queue = async (who: LoggedIn, state = 'pending') => (await service.get(`/v1/admin/submissions?state=${state}`, { headers: who.headers })).body.submissions as { id: string; title: string; offerId: string; state: string }[];
/** Every way a resident (or anyone) reads offers: search, the offer, the export. */
async function publicly(offerId: string, words: string) {
  const offer = await service.get(`/v1/offers/${offerId}`);
  const search = await service.get(`/v1/search?q=${encodeURIComponent(words)}&near=4241&radiusKm=10&limit=50`);
  const exported = await fetch(`${service.baseUrl}/v1/export?format=ndjson`).then((response) => response.text());
  return {
    offer: offer.status,
    inSearch: (search.body.results as { offer: { id: string } }[]).some((hit) => hit.offer.id === offerId),
    inExport: exported.includes(`"${offerId}"`),
  };
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
  demo = await readDemoOffers();
  service = await startTestService(demo, { smtpUrl: inbox.url, submissionLimits: { perClient: 50, perAddress: 20 }, allowedOrigins: ['https://bibliotheek.example.nl'],
    staticDirs: { beheer: fileURLToPath(new URL('../../widget/beheer', import.meta.url)) } });
  molenlanden = await logIn(service, { email: 'coordinator@molenlanden.test', name: 'Mo Lenlanden', role: 'coordinator', gemeenten: ['GM1978'] });
  arnhem = await logIn(service, { email: 'coordinator@arnhem.test', name: 'Ar Nhem', role: 'coordinator', gemeenten: ['GM0202'] });
  beheerder = await logIn(service, { email: 'beheer@sek.test', name: 'Bea Beheer', role: 'beheerder' });
});
afterAll(async () => {
  await service?.close();
  await inbox?.close();
});

describe('an offer sent in without an account', () => {
  let offerId = '';
  let submissionId = '';
  let changeUrl = '';

  it('is checked field by field while typing, with the form\'s own words (no CSV columns)', async () => {
    const empty = await post('/v1/submissions/check', { submitter: { organization: 'D', name: '', email: 'geen-adres' }, offer: { title: 'Ta', themes: [] } });
    expect(empty.status).toBe(200);
    const fields = new Map((empty.body.fields as { field: string; message: { nl: string } }[]).map((f) => [f.field, f.message.nl]));
    expect(fields.get('submitter.email')).toContain('geen e-mailadres');
    expect(fields.get('title')).toMatch(/titel/i);
    expect(fields.get('themes')).toContain('onderwerp');
    expect([...fields.values()].join(' ')).not.toContain('kolom');
    expect([...fields.keys()]).not.toContain('id');
    const complete = await post('/v1/submissions/check', { submitter, offer: form() });
    expect(complete.body.fields).toEqual([]);
    const elsewhere = await post('/v1/submissions/check', { submitter, offer: form(), region: ['GM0202'] });
    expect(elsewhere.body.fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual(['locations.0.address.postcode outside_region']);
  });

  it('is stored unconfirmed and a confirmation link is mailed; nothing reaches a coordinator or residents yet', async () => {
    const sent = await post('/v1/submissions', { submitter, offer: form(), region: ['GM1978', 'GM0512'] }, { Origin: 'https://bibliotheek.example.nl' });
    expect(sent.status).toBe(202);
    expect(sent.body.state).toBe('unconfirmed');
    expect(sent.headers.get('access-control-allow-origin')).toBe('https://bibliotheek.example.nl');
    const mail = await inbox.next(VOLUNTEER);
    expect(mailText(mail.raw)).toContain('Taalcafé Arkel');
    const link = linkIn(mail.raw, '/aanmelden/#bevestigen=');
    expect(link.startsWith(`${service.baseUrl}/aanmelden/#bevestigen=`)).toBe(true);
    expect(await queue(molenlanden)).toEqual([]);
    const row = await service.database.db.selectFrom('submissions').selectAll().where('submitter_email', '=', VOLUNTEER).executeTakeFirstOrThrow();
    offerId = row.offer_id;
    submissionId = row.id;
    expect(offerId).toMatch(/^taalcafe-arkel-[a-z0-9]{6}$/);
    expect(row.token_hash).not.toContain(link.split('=')[1]);
    // Opening the link (a mail scanner, a prefetch) confirms nothing: the token is in the fragment and the page acts on a button.
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('sek-aanbod-aanmelden');
    expect(await queue(molenlanden)).toEqual([]);

    const token = link.split('#bevestigen=')[1]!;
    const confirmed = await post('/v1/submissions/confirm', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.state).toBe('pending');
    const replay = await post('/v1/submissions/confirm', { token });
    expect(replay.status).toBe(410);
    expect(replay.body.error.message.nl).toContain('werkt niet meer');
  });

  it('lands in the queue of the coordinator of the gemeente it is in, who gets a mail; not in another coordinator\'s', async () => {
    const mail = await inbox.next('coordinator@molenlanden.test');
    expect(linkIn(mail.raw, '/beheer/aanmeldingen/')).toBe(`${service.baseUrl}/beheer/aanmeldingen/${submissionId}`);
    expect((await queue(molenlanden)).map((row) => row.id)).toEqual([submissionId]);
    expect(await queue(arnhem)).toEqual([]);
    expect((await service.get(`/v1/admin/submissions/${submissionId}`, { headers: arnhem.headers })).status).toBe(403);
    expect((await service.get(`/v1/admin/submissions/${submissionId}/publish`, { method: 'POST', headers: arnhem.headers })).status).toBe(403);
    expect(await publicly(offerId, 'Taalcafé Arkel')).toEqual({ offer: 404, inSearch: false, inExport: false });
  });

  it('the coordinator edits it, publishes it, residents find it within seconds, and the sender is mailed a link to it', async () => {
    const view = await service.get(`/v1/admin/submissions/${submissionId}`, { headers: molenlanden.headers });
    expect(view.body.current).toBeNull();
    const edited = { ...view.body.offer, summary: 'Samen Nederlands praten bij een kop koffie. Iedereen is welkom, ook beginners.' };
    const saved = await service.get(`/v1/admin/submissions/${submissionId}`, jsonRequest('PUT', { offer: edited }, molenlanden.headers));
    expect(saved.status).toBe(200);
    const published = await post(`/v1/admin/submissions/${submissionId}/publish`, {}, molenlanden.headers);
    expect(published.status).toBe(200);
    expect(published.body.submission.state).toBe('published');
    await service.projected();
    expect(await publicly(offerId, 'Taalcafé Arkel')).toEqual({ offer: 200, inSearch: true, inExport: true });
    const shown = (await service.get(`/v1/offers/${offerId}`)).body;
    expect(shown.summary).toContain('ook beginners');
    expect(shown.provider).toEqual({ id: 'dorpshuis-arkel', name: 'Dorpshuis Arkel' });
    expect(shown.source).toBe('aanmelding');
    const mail = await inbox.next(VOLUNTEER);
    expect(mailText(mail.raw)).toContain('staat nu in de sociale kaart');
    expect(linkIn(mail.raw, 'sek-aanbod=')).toBe(`${service.baseUrl}/demo/kaart.html?sek-waar=4241&sek-q=Taalcaf%C3%A9+Arkel&sek-aanbod=${offerId}`);
    changeUrl = linkIn(mail.raw, '/aanmelden/#wijzigen=');
    const again = await post(`/v1/admin/submissions/${submissionId}/publish`, {}, molenlanden.headers);
    expect(again.status).toBe(409);
    const history = await service.get(`/v1/admin/offers/${offerId}/history`, { headers: molenlanden.headers });
    expect(history.body.entries[0]).toMatchObject({ action: 'create', changedBy: 'Mo Lenlanden (coordinator@molenlanden.test)', reason: 'Aanmelding gepubliceerd' });
  });

  it('a second change through the link from that mail is sent back with a message; the sender reads it and the published offer stays as it was', async () => {
    const token = changeUrl.split('#wijzigen=')[1]!;
    const opened = await post('/v1/submissions/open', { token });
    expect(opened.status).toBe(200);
    expect(opened.body.offer.summary).toContain('ook beginners');
    const changed = await post('/v1/submissions/change', { token, submitter, offer: { ...opened.body.offer, title: 'Taalcafé Arkel op donderdag' } });
    expect(changed.status).toBe(202);
    expect((await post('/v1/submissions/open', { token })).status).toBe(410);
    const [change] = await queue(molenlanden);
    expect(change).toMatchObject({ offerId, title: 'Taalcafé Arkel op donderdag' });
    const view = await service.get(`/v1/admin/submissions/${change!.id}`, { headers: molenlanden.headers });
    expect(view.body.changes).toEqual([{ field: 'title', before: 'Taalcafé Arkel', after: 'Taalcafé Arkel op donderdag' }]);
    const list = await service.get(`/v1/admin/offers?q=${encodeURIComponent('Taalcafé Arkel')}`, { headers: molenlanden.headers });
    expect(list.body.offers.find((row: { id: string }) => row.id === offerId).review).toBe('pending');

    const back = await post(`/v1/admin/submissions/${change!.id}/send-back`, { message: 'Op donderdag is het dorpshuis dicht. Klopt de dag wel?' }, molenlanden.headers);
    expect(back.status).toBe(200);
    const mail = await inbox.next(VOLUNTEER);
    expect(mailText(mail.raw)).toContain('Op donderdag is het dorpshuis dicht. Klopt de dag wel?');
    const next = linkIn(mail.raw, '/aanmelden/#wijzigen=').split('#wijzigen=')[1]!;
    const reopened = await post('/v1/submissions/open', { token: next });
    expect(reopened.body).toMatchObject({ state: 'sent_back', message: 'Op donderdag is het dorpshuis dicht. Klopt de dag wel?' });
    expect(reopened.body.offer.title).toBe('Taalcafé Arkel op donderdag');
    expect((await service.get(`/v1/offers/${offerId}`)).body.title).toBe('Taalcafé Arkel');
    // Sent again with the same link: back in the queue, the message gone.
    const resent = await post('/v1/submissions/change', { token: next, submitter, offer: { ...reopened.body.offer, title: 'Taalcafé Arkel op woensdag' } });
    expect(resent.status).toBe(202);
    expect((await queue(molenlanden)).map((row) => row.title)).toEqual(['Taalcafé Arkel op woensdag']);
  });

  it('a link that was never sent, or has expired, does nothing', async () => {
    for (const token of ['x'.repeat(43), 'nooit-verstuurd-nooit-verstuurd-nooit-verstuurd']) {
      for (const path of ['/v1/submissions/confirm', '/v1/submissions/open']) expect((await post(path, { token })).status).toBe(410);
    }
    expect((await post('/v1/submissions/open', { token: 'kort' })).status).toBe(400);
  });
});

describe('spam, hostile content and bad input', () => {
  it('a filled honeypot gets the same answer, and nothing is stored or mailed', async () => {
    const before = await service.database.db.selectFrom('submissions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const sent = await post('/v1/submissions', { submitter: { ...submitter, email: 'bot@spam.test' }, offer: form('Goedkope pillen'), homepage: 'https://spam.example' });
    expect(sent.status).toBe(202);
    expect(sent.body.state).toBe('unconfirmed');
    const after = await service.database.db.selectFrom('submissions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(inbox.mails.some((mail) => mail.to.includes('bot@spam.test'))).toBe(false);
  });

  it('limits submissions per client and per e-mail address, saying how long to wait', async () => {
    const limited = await startTestService([], { submissionLimits: { perClient: 3, perAddress: 2 } });
    try {
      const send = (email: string) => limited.get('/v1/submissions', jsonRequest('POST', { submitter: { ...submitter, email }, offer: form() }));
      expect((await send('een@arkel.test')).status).toBe(202);
      expect((await send('een@arkel.test')).status).toBe(202);
      const perAddress = await send('een@arkel.test');
      expect(perAddress.status).toBe(429);
      expect(perAddress.body.error.message.nl).toContain('blijven bewaard');
      const perClient = await send('twee@arkel.test');
      expect(perClient.status).toBe(429);
      expect(perClient.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });

  it('keeps markup as plain text: stored, mailed and published as the characters typed', async () => {
    const hostile = '<img src=x onerror=alert(1)> Taalles';
    const sent = await post('/v1/submissions', { submitter: { ...submitter, name: '<b>Mallory</b>', email: 'mallory@arkel.test' }, offer: form(hostile) });
    expect(sent.status).toBe(202);
    const mail = mailText((await inbox.next('mallory@arkel.test')).raw);
    expect(mail).toContain('Content-Type: text/plain');
    expect(mail).not.toContain('text/html');
    expect(mail).toContain(`"${hostile}"`);
  });

  it('a wrong offer is refused with every field named, and the region of the form is enforced', async () => {
    const wrong = await post('/v1/submissions', { submitter, offer: { ...form(), cost: { free: true, amountEur: 5 }, themes: ['toveren'] } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['cost.amountEur', 'themes.0']);
    const outside = await post('/v1/submissions', { submitter, offer: form(), region: ['GM0202'] });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields[0].message.nl).toContain('buiten het gebied');
    const unknownField = await post('/v1/submissions', { submitter, offer: form(), extra: 1 });
    expect(unknownField.status).toBe(400);
  });
});

describe('providers with an account', () => {
  let aanbieder: LoggedIn;
  const OWN = 'taalcafe-nieuw-lekkerland';

  beforeAll(async () => {
    const organizationId = demo.find((offer) => offer.id === OWN)!.provider.id;
    aanbieder = await logIn(service, { email: 'taalhuis@molenlanden.test', name: 'Tineke Taalhuis', role: 'aanbieder', organizationId });
  });

  it('a change goes to review instead of being saved; the draft is kept on the server while typing', async () => {
    const { offer, version } = (await service.get(`/v1/admin/offers/${OWN}`, { headers: aanbieder.headers })).body;
    const direct = await service.get(`/v1/admin/offers/${OWN}`, jsonRequest('PUT', { offer: { ...offer, title: 'Direct' }, version }, aanbieder.headers));
    expect(direct.status).toBe(403);
    expect(direct.body.error.message.nl).toContain('coördinator');
    const draft = await post('/v1/admin/submissions', { offerId: OWN, offer: { ...offer, title: 'Taalc' } }, aanbieder.headers);
    expect(draft.status).toBe(201);
    expect(draft.body.submission.state).toBe('draft');
    const id = draft.body.submission.id as string;
    expect((await queue(molenlanden, 'draft')).map((row) => row.id)).not.toContain(id);
    expect((await service.get(`/v1/admin/submissions/${id}`, { headers: molenlanden.headers })).status).toBe(403);
    const sent = await service.get(`/v1/admin/submissions/${id}`, jsonRequest('PUT', { offer: { ...offer, title: 'Taalcafé Nieuw-Lekkerland (nieuwe tijden)' }, submit: true }, aanbieder.headers));
    expect(sent.status).toBe(200);
    expect(sent.body.submission.state).toBe('pending');
    expect(sent.body.changes.map((c: { field: string }) => c.field)).toEqual(['title']);
    expect((await service.get(`/v1/offers/${OWN}`)).body.title).not.toContain('nieuwe tijden');
    const own = (await service.get('/v1/admin/submissions', { headers: aanbieder.headers })).body.submissions as { id: string; state: string }[];
    expect(own.find((row) => row.id === id)?.state).toBe('pending');
    const published = await post(`/v1/admin/submissions/${id}/publish`, {}, molenlanden.headers);
    expect(published.status).toBe(200);
    const mail = await inbox.next('taalhuis@molenlanden.test');
    expect(linkIn(mail.raw, '/beheer/aanmeldingen/')).toBe(`${service.baseUrl}/beheer/aanmeldingen/${id}`);
    await service.projected();
    expect((await service.get(`/v1/offers/${OWN}`)).body.title).toBe('Taalcafé Nieuw-Lekkerland (nieuwe tijden)');
  });

  it('a trusted aanbieder publishes directly; the trust and the publication are audited', async () => {
    const trust = await service.get(`/v1/admin/users/${aanbieder.userId}/trust`, jsonRequest('PUT', { trusted: true }, molenlanden.headers));
    expect(trust.status).toBe(200);
    expect(trust.body.trusted).toBe(true);
    const untrustable = await service.get(`/v1/admin/users/${arnhem.userId}/trust`, jsonRequest('PUT', { trusted: true }, beheerder.headers));
    expect(untrustable.status).toBe(400);
    const { offer } = (await service.get(`/v1/admin/offers/${OWN}`, { headers: aanbieder.headers })).body;
    const sent = await post('/v1/admin/submissions', { offerId: OWN, offer: { ...offer, summary: `${offer.summary} Nu ook in de vakantie.` }, submit: true }, aanbieder.headers);
    expect(sent.status).toBe(201);
    expect(sent.body.submission.state).toBe('published');
    const audit = await service.database.db.selectFrom('audit_log').select(['action', 'actor']).where('action', 'in', ['user.trust', 'submission.trusted-publish']).execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['submission.trusted-publish', 'user.trust']);
  });

  it('claims an offer of their organisation through the coordinator', async () => {
    const other = demo.find((offer) => offer.locations.some((l) => l.address.gemeenteCode === 'GM1978') && offer.provider.id !== aanbieder.userId && offer.id !== OWN && offer.provider.id !== demo.find((o) => o.id === OWN)!.provider.id)!;
    const claim = await post(`/v1/admin/offers/${other.id}/claim`, { message: 'Dit doen wij sinds september.' }, aanbieder.headers);
    expect(claim.status).toBe(201);
    expect(claim.body.submission).toMatchObject({ kind: 'claim', state: 'pending', message: 'Dit doen wij sinds september.' });
    expect(claim.body.changes.map((c: { field: string }) => c.field)).toContain('provider.id');
    expect((await post(`/v1/admin/submissions/${claim.body.submission.id}/publish`, {}, molenlanden.headers)).status).toBe(200);
    const mine = await service.get(`/v1/admin/offers/${other.id}`, { headers: aanbieder.headers });
    expect(mine.status).toBe(200);
  });

  it('a coordinator\'s own new offer is published at once', async () => {
    const created = await post('/v1/admin/submissions', { offer: { ...form('Klik & Tik Giessenburg'), provider: { name: 'Bibliotheek Molenlanden' }, locations: [{ ...form().locations[0], address: { street: 'Kerkstraat 2', postcode: '3381', place: 'Giessenburg' } }] }, submit: true }, molenlanden.headers);
    expect(created.status).toBe(201);
    expect(created.body.submission.state).toBe('published');
    expect(created.body.current.offer.provider).toEqual({ id: 'bibliotheek-molenlanden', name: 'Bibliotheek Molenlanden' });
  });
});
