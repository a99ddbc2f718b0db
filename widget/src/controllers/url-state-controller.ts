import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { shareUrl, stateFromParams, type SearchState } from '../state/search-state.js';

/** The URL parameter of an opened offer. */
export const OFFER_PARAM = 'sek-aanbod';
/** The URL parameter of a shared list: hit ids (`<offerId>__<locationId>`), comma-separated. */
export const LIST_PARAM = 'sek-lijst';

/**
 * The search in the page URL (`url-state`): restored from a link, kept in step without history
 * entries, and an opened offer as its own history entry so the phone's Back button closes it.
 * Without `url-state` it only builds links to share; the URL and history stay untouched.
 */
export class UrlStateController implements ReactiveController {
  /** Whether the open offer has a history entry pushed here (then "Terug" means Back). */
  private offerEntryPushed = false;
  private readonly handlePopState = (): void => {
    if (!this.host.urlState) return;
    const offerId = new URL(window.location.href).searchParams.get(OFFER_PARAM);
    // Forward into an entry pushed here: "Terug" is Back again.
    this.offerEntryPushed = offerId !== null && (window.history.state as { sekOffer?: string } | null)?.sekOffer === offerId;
    this.onOfferInUrl(offerId);
  };

  constructor(
    private readonly host: ReactiveControllerHost & { urlState: boolean },
    /** Back or Forward moved to an entry with this offer open (`null`: none). */
    private readonly onOfferInUrl: (offerId: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** The search, the offer and the shared list the page URL holds; undefined without `url-state` or `sek-*` parameters. */
  restore(fallbackRadiusKm: number): { choices: SearchState; offerId: string; listIds: string[] } | undefined {
    if (!this.host.urlState) return undefined;
    const params = new URLSearchParams(window.location.search);
    const choices = stateFromParams(params, fallbackRadiusKm);
    // The list checks the ids (a link may have been edited) when it fetches them.
    return choices ? { choices, offerId: params.get(OFFER_PARAM) ?? '', listIds: params.get(LIST_PARAM)?.split(',') ?? [] } : undefined;
  }

  /** A link to this page with the search (and an offer) in it, to share. */
  link(choices: SearchState, offerId?: string): string {
    const url = new URL(shareUrl(window.location, choices));
    if (offerId) url.searchParams.set(OFFER_PARAM, offerId);
    return url.toString();
  }

  /** Keeps the URL in step with a new search, without a history entry (a new search leaves any offer). */
  searched(choices: SearchState): void {
    this.offerEntryPushed = false;
    if (this.host.urlState) window.history.replaceState(window.history.state, '', shareUrl(window.location, choices));
  }

  /** An offer was opened by the resident: its own history entry. */
  offerOpened(choices: SearchState, offerId: string): void {
    if (!this.host.urlState) return;
    window.history.pushState({ ...(window.history.state ?? {}), sekOffer: offerId }, '', this.link(choices, offerId));
    this.offerEntryPushed = true;
  }

  /**
   * The resident closes the offer. Returns true when that is a step Back in history (the entry
   * was pushed here): the popstate that follows closes it, so history stays in step.
   */
  offerClosed(choices: SearchState): boolean {
    if (!this.host.urlState) return false;
    if (this.offerEntryPushed) {
      window.history.back();
      return true;
    }
    window.history.replaceState(window.history.state, '', shareUrl(window.location, choices));
    return false;
  }
}
