import { countReferral } from './count-referral.js';

/**
 * Shares a link: the Web Share API where there is one (phones), else the clipboard.
 * Resolves with what happened, so the widget can say so; 'failed' means "show the link to copy".
 */
export async function shareLink(title: string, url: string): Promise<'shared' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'shared';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Shares an offer's link and, when it was shared or copied, counts it (offer id only; not with `referral-count="off"`). */
export async function shareOffer(host: Element, title: string, url: string, offerId: string): Promise<'shared' | 'copied' | 'failed'> {
  const outcome = await shareLink(title, url);
  if (outcome !== 'failed') countReferral(host, 'share', [offerId]);
  return outcome;
}
