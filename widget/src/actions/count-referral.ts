/**
 * Tells the service that offers were printed or shared, so coordinators see which offers are handed
 * over: only the action and the offer ids, no cookie, nothing about the person. Never fails the action
 * it counts. The host switches it off with `referral-count="off"` on the element (read here, in the
 * lazy chunks that print and share, so it adds nothing to every page view).
 */
export function countReferral(host: Element & { api?: string }, action: 'print' | 'share', offerIds: string[]): void {
  const offers = [...new Set(offerIds)].slice(0, 200);
  if (offers.length === 0 || host.getAttribute('referral-count') === 'off') return;
  fetch(`${(host.api || location.origin).replace(/\/$/, '')}/v1/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, offers }),
    credentials: 'omit',
    keepalive: true,
  }).catch(() => undefined);
}
