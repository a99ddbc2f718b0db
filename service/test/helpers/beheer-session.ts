import type { NewUser } from '@sek/contract';
import type { TestService } from './test-service.js';

export interface LoggedIn {
  userId: string;
  /** `Cookie` and `X-CSRF-Token` headers for requests as this person. */
  headers: Record<string, string>;
  cookie: string;
  csrf: string;
}

/** The `name=value` of the session cookie a response sets. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const line = headers.getSetCookie().find((value) => value.startsWith('sek_sessie='));
  return line?.split(';')[0];
}

/** Adds a person (as the CLI does) and logs them in through the real login link flow. */
export async function logIn(service: TestService, user: Omit<NewUser, 'gemeenten'> & { gemeenten?: string[] }): Promise<LoggedIn> {
  const accounts = service.deps.beheer!.accounts;
  const row = (await accounts.addUser({ gemeenten: [], ...user }, 'test')) ?? (await accounts.userByEmail(user.email))!;
  const token = await accounts.createLoginToken(row.id);
  const answer = await service.get('/v1/admin/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  const cookie = sessionCookieOf(answer.headers)!;
  const csrf = answer.body.csrfToken as string;
  return { userId: row.id, cookie, csrf, headers: { Cookie: cookie, 'X-CSRF-Token': csrf } };
}

/** A JSON request with these headers. */
export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
