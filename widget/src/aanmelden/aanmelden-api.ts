import type { ErrorBody, LocalizedMessage, OpenedSubmission, SubmissionAnswer, SubmissionProblems } from '@sek/contract';
import type { FormDraft } from './form-draft.js';

/** An answer from the service that is not what was asked. */
export class FormProblem extends Error {
  constructor(readonly status: number, readonly localized: LocalizedMessage, readonly fields: { field: string; message: LocalizedMessage }[] = []) {
    super(localized.en);
  }
}

const offline = { nl: 'Er is geen verbinding met de sociale kaart. Uw gegevens zijn bewaard. Probeer het zo opnieuw.', en: 'There is no connection to the social map. What you filled in is kept. Please try again shortly.' };

/** A POST of JSON to the public API without cookies; an answer that is not 2xx becomes a `FormProblem`. */
export async function post<T>(api: string, path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body), credentials: 'omit' });
  } catch {
    throw new FormProblem(0, offline);
  }
  if (response.ok) return (await response.json()) as T;
  try {
    const error = ((await response.json()) as ErrorBody).error;
    throw new FormProblem(response.status, error.message, error.fields ?? []);
  } catch (problem) {
    if (problem instanceof FormProblem) throw problem;
    throw new FormProblem(response.status, offline);
  }
}

/**
 * The public routes of the provider form: no cookies, no account. Every check is the service's
 * (the offer's zod schema); the form only shows what it says.
 */
export class AanmeldenApi {
  constructor(private readonly api: () => string) {}

  async problems(draft: FormDraft, region: string[]): Promise<SubmissionProblems['fields']> {
    return (await post<SubmissionProblems>(this.api(), '/v1/submissions/check', { submitter: draft.submitter, offer: draft.offer, ...(region.length ? { region } : {}) })).fields;
  }

  submit(draft: FormDraft, region: string[], homepage: string): Promise<SubmissionAnswer> {
    return post(this.api(), '/v1/submissions', { submitter: draft.submitter, offer: draft.offer, ...(region.length ? { region } : {}), ...(homepage ? { homepage } : {}) });
  }

  confirm(token: string): Promise<SubmissionAnswer> {
    return post(this.api(), '/v1/submissions/confirm', { token });
  }

  open(token: string): Promise<OpenedSubmission> {
    return post(this.api(), '/v1/submissions/open', { token });
  }

  change(token: string, draft: FormDraft): Promise<SubmissionAnswer> {
    return post(this.api(), '/v1/submissions/change', { token, submitter: draft.submitter, offer: draft.offer });
  }
}
