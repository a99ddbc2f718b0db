import type { AdminSubmission, User } from '@sek/contract';
import type { SubmissionSender } from '../../aanmelden/sek-aanbod-aanmelden.js';
import type { FormDraft } from '../../aanmelden/form-draft.js';
import type { BeheerApi } from '../beheer-api.js';

/**
 * The provider form inside /beheer/: the same `<sek-aanbod-aanmelden>` residents' sites embed,
 * loaded from its own bundle (so its map chunk never enters sek-beheer.js), sending with the
 * person's session.
 */
export async function loadAanmeldenForm(): Promise<void> {
  const url = '/widget/sek-aanbod-aanmelden.js';
  await import(/* @vite-ignore */ url);
}

/** The form's "who" answers become the offer's provider name (an aanbieder's own is fixed by the service). */
export const withProvider = (draft: FormDraft) => ({ ...draft.offer, provider: { ...(draft.offer.provider as object | undefined), name: draft.submitter.organization } });

/** Drafts kept on the server while typing; sending publishes (coordinator, trusted aanbieder) or asks for review. */
export function sessionSender(api: BeheerApi, offerId: string | undefined): SubmissionSender {
  let id: string | undefined;
  let creating: Promise<AdminSubmission> | undefined;
  const store = async (draft: FormDraft, submit: boolean): Promise<AdminSubmission> => {
    if (!id && creating) id = (await creating).submission.id;
    if (id) return api.request<AdminSubmission>('PUT', `/v1/admin/submissions/${id}`, { offer: withProvider(draft), submit });
    creating = api.request<AdminSubmission>('POST', '/v1/admin/submissions', { ...(offerId ? { offerId } : {}), offer: withProvider(draft), submit });
    const created = await creating;
    id = created.submission.id;
    return created;
  };
  return {
    saveDraft: async (draft) => {
      await store(draft, false);
    },
    send: async (draft) => {
      const answer = await store(draft, true);
      return {
        message: answer.submission.state === 'published'
          ? { nl: 'Gepubliceerd. Bewoners vinden het binnen een paar seconden.', en: 'Published. Residents find it within a few seconds.' }
          : { nl: 'Verstuurd naar de coördinator. U krijgt een e-mail als er besloten is.', en: 'Sent to the coordinator. You get an e-mail when it is decided.' },
      };
    },
  };
}

/** Step 1 filled in for a logged-in person. */
export const submitterOf = (user: User, organization = ''): FormDraft['submitter'] => ({ organization, name: user.name, email: user.email });
