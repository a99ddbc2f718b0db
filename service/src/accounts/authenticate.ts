import type { Context, Middleware } from 'koa';
import type { Role } from '@sek/contract';
import { ApiError } from '../http/api-error.js';
import type { AccountStore } from './account-store.js';
import { BOOTSTRAP_PRINCIPAL, principalOf, type Principal } from './principal.js';
import { sameSecret } from './secret-token.js';
import { sessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The Origin's host against the request's (behind a TLS proxy the scheme differs, the host does not). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const notLoggedIn = () => new ApiError(401, 'unauthorized', {
  nl: 'U bent niet (meer) ingelogd. Log opnieuw in.',
  en: 'You are not logged in (any more). Please log in again.',
}, undefined, { 'WWW-Authenticate': 'Bearer realm="sek-admin"' });

export const outsideScope = () => new ApiError(403, 'forbidden', {
  nl: 'Dit mag u niet: het hoort niet bij uw rol of uw gemeenten.',
  en: 'You may not do this: it is outside your role or gemeenten.',
});

/**
 * Who is asking, for every `/v1/admin` route that needs a person: a bearer token (a personal API
 * token, or the bootstrap SEK_ADMIN_TOKEN) or the session cookie. 401 without either (or with an
 * expired session), 403 with a token that is not valid. A change made with a session must carry
 * the session's CSRF token in `X-CSRF-Token` and, when the browser sends one, this site's Origin.
 */
export function authenticate(accounts: AccountStore, bootstrapToken?: string): Middleware {
  return async (ctx, next) => {
    ctx.state.principal = await principalFor(ctx, accounts, bootstrapToken);
    await next();
  };
}

async function principalFor(ctx: Context, accounts: AccountStore, bootstrapToken?: string): Promise<Principal> {
  const authorization = ctx.get('Authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw notLoggedIn();
    const token = match[1]!;
    if (bootstrapToken && sameSecret(token, bootstrapToken)) return BOOTSTRAP_PRINCIPAL;
    const account = token.startsWith('sek_') ? await accounts.apiTokenAccount(token) : undefined;
    if (!account) throw new ApiError(403, 'forbidden', { nl: 'Dit token klopt niet of is ingetrokken.', en: 'This token is not valid or has been revoked.' });
    return principalOf(account, 'api-token');
  }
  const cookie = sessionCookie(ctx);
  const session = cookie ? await accounts.sessionAccount(cookie) : undefined;
  if (!session) throw notLoggedIn();
  if (!SAFE_METHODS.has(ctx.method)) {
    const origin = ctx.get('Origin');
    const csrf = ctx.get('X-CSRF-Token');
    if ((origin && !sameHost(origin, ctx.host)) || !csrf || !sameSecret(csrf, session.csrfToken)) {
      throw new ApiError(403, 'forbidden', {
        nl: 'Deze wijziging kwam niet van het beheerscherm. Laad de pagina opnieuw en probeer het nog eens.',
        en: 'This change did not come from the management page (CSRF check). Reload the page and try again.',
      });
    }
  }
  return principalOf(session.account, 'session', { csrfToken: session.csrfToken, sessionHash: session.sessionHash });
}

export function principal(ctx: Context): Principal {
  const found = ctx.state.principal as Principal | undefined;
  if (!found) throw notLoggedIn();
  return found;
}

/** The asking person, when they have one of these roles; 403 otherwise. */
export function requireRole(ctx: Context, ...roles: Role[]): Principal {
  const who = principal(ctx);
  if (!roles.includes(who.role)) throw outsideScope();
  return who;
}
