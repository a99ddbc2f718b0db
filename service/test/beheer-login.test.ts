import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, sessionCookieOf } from './helpers/beheer-session.js';
import { loginLinkIn, startSmtpInbox, type SmtpInbox } from './helpers/smtp-inbox.js';
import { startTestService, type TestService } from './helpers/test-service.js';

let inbox: SmtpInbox;
let service: TestService;
let clockOffset = 0;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  service = await startTestService([], { smtpUrl: inbox.url, now: () => Date.now() / 1000 + clockOffset, loginLimits: { perClient: 20, perAddress: 3 }, staticDirs: { beheer: fileURLToPath(new URL('../../widget/beheer', import.meta.url)) } });
  const accounts = service.deps.beheer!.accounts;
  await accounts.addUser({ email: 'coordinator@gorinchem.test', name: 'Coby Coördinator', role: 'coordinator', gemeenten: ['GM0512'] }, 'test');
});
afterAll(async () => {
  await service?.close();
  await inbox?.close();
});

const askForLink = (email: string) => service.get('/v1/admin/login', jsonRequest('POST', { email }));
const useToken = (token: string) => service.get('/v1/admin/session', jsonRequest('POST', { token }));

describe('the /beheer/ page', () => {
  it('has a strict CSP, no framing and no CORS; every path under it is the app', async () => {
    const page = await fetch(`${service.baseUrl}/beheer/aanbod/iets`, { headers: { Origin: 'https://gemeente.example.nl' } });
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('logging in by e-mail link', () => {
  it('answers the same for a known and an unknown address, and mails a link only to the known one', async () => {
    const known = await askForLink('Coordinator@Gorinchem.test ');
    const unknown = await askForLink('niemand@gorinchem.test');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.body.message.nl).toContain('Als dit e-mailadres bij ons bekend is');
    const mail = await inbox.next('coordinator@gorinchem.test');
    expect(mail.raw).toContain('Subject: Uw link om in te loggen');
    expect(inbox.mails.some((m) => m.to.includes('niemand@gorinchem.test'))).toBe(false);
  });

  it('the link opens a page that does not log in by itself; its POST does, once, with a safe cookie', async () => {
    await askForLink('coordinator@gorinchem.test');
    const link = loginLinkIn((await inbox.next('coordinator@gorinchem.test')).raw);
    expect(link.startsWith(`${service.baseUrl}/beheer/inloggen#`)).toBe(true);
    const token = link.split('#')[1]!;
    // What a mail scanner does: open the link. The token is in the fragment, so the server never sees it.
    const opened = await fetch(link);
    expect(opened.headers.getSetCookie()).toEqual([]);

    const first = await useToken(token);
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ email: 'coordinator@gorinchem.test', role: 'coordinator', gemeenten: ['GM0512'] });
    const setCookie = first.headers.getSetCookie().find((line) => line.startsWith('sek_sessie='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    // On loopback the browser talks plain HTTP: no Secure there; anywhere else, Secure.
    expect(setCookie).not.toMatch(/Secure/);

    const replay = await useToken(token);
    expect(replay.status).toBe(401);
    expect(replay.body.error.message.nl).toContain('Deze link werkt niet meer');

    const cookie = sessionCookieOf(first.headers)!;
    const me = await service.get('/v1/admin/session', { headers: { Cookie: cookie } });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(first.body.csrfToken);
    const out = await service.get('/v1/admin/session', { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF-Token': me.body.csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^sek_sessie=; .*Max-Age=0/);
    expect((await service.get('/v1/admin/session', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('a link older than 15 minutes does not work', async () => {
    await askForLink('coordinator@gorinchem.test');
    const token = loginLinkIn((await inbox.next('coordinator@gorinchem.test')).raw).split('#')[1]!;
    clockOffset = 15 * 60 + 1;
    try {
      expect((await useToken(token)).status).toBe(401);
    } finally {
      clockOffset = 0;
    }
  });

  it('a Secure cookie for any other host than loopback (behind a TLS proxy)', async () => {
    const accounts = service.deps.beheer!.accounts;
    const user = (await accounts.userByEmail('coordinator@gorinchem.test'))!;
    const body = JSON.stringify({ token: await accounts.createLoginToken(user.id) });
    const url = new URL('/v1/admin/session', service.baseUrl);
    const setCookie = await new Promise<string[]>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { Host: 'kaart.example.nl', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        resolve(res.headers['set-cookie'] ?? []);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(setCookie[0]).toMatch(/^sek_sessie=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);
  });

  it('bad input gets field messages; a form post from another site is refused', async () => {
    const bad = await service.get('/v1/admin/login', jsonRequest('POST', { email: 'geen-adres' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'email' });
    expect(bad.body.error.fields[0].message.nl).toContain('geen e-mailadres');
    const form = await service.get('/v1/admin/session', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'token=abc' });
    expect(form.status).toBe(415);
  });

  it('sends at most 3 links per address per 15 minutes, still answering the same', async () => {
    await service.deps.beheer!.accounts.addUser({ email: 'veel@gorinchem.test', name: 'Veel Vragen', role: 'beheerder', gemeenten: [] }, 'test');
    for (let i = 0; i < 5; i++) expect((await askForLink('veel@gorinchem.test')).status).toBe(202);
    for (let i = 0; i < 3; i++) await inbox.next('veel@gorinchem.test');
    // A sixth request from here tells whether a fourth mail went out: the limits apply in order.
    await service.deps.beheer!.accounts.addUser({ email: 'ander@gorinchem.test', name: 'Ander Adres', role: 'beheerder', gemeenten: [] }, 'test');
    await askForLink('ander@gorinchem.test');
    await inbox.next('ander@gorinchem.test');
    expect(inbox.mails.filter((m) => m.to.includes('veel@gorinchem.test'))).toHaveLength(3);
  });

  it('limits login requests per client address with a 429 in plain words', async () => {
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++) last = (await askForLink(`iemand${i}@gorinchem.test`)).status;
    const limited = await askForLink('coordinator@gorinchem.test');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.body.error.message.nl).toContain('te vaak');
  });
});
