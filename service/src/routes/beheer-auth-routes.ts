import type Router from '@koa/router';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { API_ROUTES, LoginRequest, SessionRequest, type SessionResponse } from '@sek/contract';
import type { AppDeps } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { jsonBody } from '../http/json-body.js';
import { clientAddress, limiterKey } from '../http/rate-limit.js';
import { userOf } from '../accounts/account-store.js';
import { authenticate, principal } from '../accounts/authenticate.js';
import { loginLink, loginMail } from '../accounts/login-mail.js';
import { setSessionCookie } from '../accounts/session-cookie.js';
import type { Beheer } from '../app-deps.js';

const ACCEPTED = {
  message: {
    nl: 'Als dit e-mailadres bij ons bekend is, krijgt u binnen een paar minuten een e-mail met een link om in te loggen. Kijk ook in uw ongewenste e-mail.',
    en: 'If this address is known to us, you will receive an e-mail with a login link within a few minutes. Also check your spam folder.',
  },
};

/**
 * Logging in by e-mail link: ask for a link (`POST /v1/admin/login`, the same answer whether or
 * not the address is known; limited per client and per address), use it (`POST /v1/admin/session`,
 * from the page the link opens: a mail scanner that opens the link does not log in), see who is
 * logged in, and log out.
 */
export function addBeheerAuthRoutes(router: Router, deps: AppDeps, beheer: Beheer): void {
  const { accounts, mailer } = beheer;
  const perClient = new RateLimiterMemory({ points: beheer.loginLimits?.perClient ?? 10, duration: 15 * 60, keyPrefix: 'login-client' });
  const perAddress = new RateLimiterMemory({ points: beheer.loginLimits?.perAddress ?? 3, duration: 15 * 60, keyPrefix: 'login-address' });

  router.post(API_ROUTES.requestLogin.path, async (ctx) => {
    try {
      await perClient.consume(limiterKey(clientAddress(ctx, deps.rateLimits?.trustedHeader)));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const minutes = Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000));
      throw new ApiError(429, 'rate_limited', {
        nl: `U heeft te vaak om een link gevraagd. Wacht ${minutes} minuten en probeer het opnieuw.`,
        en: `Too many login requests. Wait ${minutes} minutes and try again.`,
      }, undefined, { 'Retry-After': String(Math.ceil(rejection.msBeforeNext / 1000)) });
    }
    const { email } = await jsonBody(ctx, LoginRequest);
    // Answer at once and send in the background: how long the answer takes tells nothing either.
    void (async () => {
      const allowed = await perAddress.consume(limiterKey(email)).then(() => true, () => false);
      if (!allowed) return;
      const user = await accounts.userByEmail(email);
      if (!user || user.disabled_at) return;
      const token = await accounts.createLoginToken(user.id);
      await mailer.send(loginMail(user.email, user.name, loginLink(beheer.publicUrl(), token)));
    })().catch((error: unknown) => deps.log.warn('login mail failed', { error: error instanceof Error ? error.message : String(error) }));
    ctx.status = 202;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = ACCEPTED;
  });

  router.post(API_ROUTES.createSession.path, async (ctx) => {
    const { token } = await jsonBody(ctx, SessionRequest);
    const user = await accounts.useLoginToken(token);
    if (!user) {
      throw new ApiError(401, 'unauthorized', {
        nl: 'Deze link werkt niet meer. Een link werkt 15 minuten en maar één keer. Vraag een nieuwe link aan.',
        en: 'This link no longer works. A link works for 15 minutes, once. Ask for a new link.',
      });
    }
    const session = await accounts.createSession(user.id);
    setSessionCookie(ctx, session.cookie, session.maxAgeSeconds);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { user: userOf(user), csrfToken: session.csrfToken } satisfies SessionResponse;
  });

  const auth = authenticate(accounts, deps.admin?.token);
  router.get(API_ROUTES.getSession.path, auth, async (ctx) => {
    const who = principal(ctx);
    const row = who.account ? await accounts.userById(who.account.id) : undefined;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      user: row ? userOf(row) : { id: 'admin-token', email: '', name: 'Beheerder (SEK_ADMIN_TOKEN)', role: 'beheerder', gemeenten: [], organizationId: null, active: true, trusted: false, createdAt: new Date(0).toISOString(), lastLoginAt: null },
      csrfToken: who.csrfToken ?? '',
    } satisfies SessionResponse;
  });

  router.delete(API_ROUTES.deleteSession.path, auth, async (ctx) => {
    const who = principal(ctx);
    if (who.sessionHash) await accounts.endSession(who.sessionHash);
    setSessionCookie(ctx, undefined);
    ctx.status = 204;
  });
}
