import type { ErrorBody, FieldError, LocalizedMessage, SessionResponse } from '@sek/contract';
import { local } from './beheer-lang.js';

/** An answer that is not what was asked: the status, its message in both languages and the field problems. */
export class BeheerProblem extends Error {
  constructor(readonly status: number, readonly localized: LocalizedMessage, readonly fields: FieldError[] = []) {
    super(localized.en);
  }

  /** The message in the chosen language. */
  text(): string {
    return local(this.localized);
  }

  /** The message per field path in the chosen language, for showing beside the fields. */
  fieldMessages(): Map<string, string> {
    return new Map(this.fields.map((field) => [field.field, local(field.message)]));
  }
}

async function problemOf(response: Response): Promise<BeheerProblem> {
  try {
    const body = (await response.json()) as ErrorBody;
    return new BeheerProblem(response.status, body.error.message, body.error.fields ?? []);
  } catch {
    return new BeheerProblem(response.status, response.status >= 500
      ? { nl: 'Het beheer werkt nu even niet. Probeer het over een paar minuten opnieuw.', en: 'The management app is not available right now. Please try again in a few minutes.' }
      : { nl: 'Dit lukte niet.', en: 'This did not work.' });
  }
}

/**
 * The management API from the browser: same origin, the session cookie (HttpOnly, so never read
 * here), and the CSRF token on every change. A 401 tells the app to show the login screen.
 */
export class BeheerApi {
  csrfToken = '';
  onLoggedOut: () => void = () => {};

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-Token'] = this.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      // `no-cache`: a coordinator always sees the current state, also of public answers a browser may keep (`/v1/steps`).
      response = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-cache', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new BeheerProblem(0, { nl: 'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.', en: 'There is no connection. Check your internet and try again.' });
    }
    if (response.status === 401 && path !== '/v1/admin/session') this.onLoggedOut();
    if (!response.ok) throw await problemOf(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** Who is logged in, or undefined. */
  async session(): Promise<SessionResponse | undefined> {
    try {
      const session = await this.get<SessionResponse>('/v1/admin/session');
      this.csrfToken = session.csrfToken;
      return session;
    } catch (error) {
      if (error instanceof BeheerProblem && error.status === 401) return undefined;
      throw error;
    }
  }

  /**
   * Uploads a file with upload progress (fetch cannot report it; XMLHttpRequest can), answering
   * with the parsed JSON body and the status.
   */
  upload<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<{ status: number; body: T }> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('X-CSRF-Token', this.csrfToken);
      xhr.setRequestHeader('Content-Type', file.type || (file.name.endsWith('.csv') ? 'text/csv' : file.name.endsWith('.zip') ? 'application/zip' : 'application/json'));
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => {
        if (xhr.status === 401) this.onLoggedOut();
        try {
          const body = JSON.parse(xhr.responseText) as T & Partial<ErrorBody>;
          if (body.error && !('read' in body)) reject(new BeheerProblem(xhr.status, body.error.message, body.error.fields ?? []));
          else resolve({ status: xhr.status, body });
        } catch {
          reject(new BeheerProblem(xhr.status, { nl: 'Het antwoord kon niet gelezen worden. Probeer het opnieuw.', en: 'The answer could not be read. Please try again.' }));
        }
      };
      xhr.onerror = () => reject(new BeheerProblem(0, { nl: 'De verbinding viel weg tijdens het versturen. Er is niets veranderd; probeer het opnieuw.', en: 'The connection dropped while sending. Nothing was changed; please try again.' }));
      xhr.send(file);
    });
  }
}
