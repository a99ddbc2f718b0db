import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getOffer, type OfferDetail, type SearchHit, type WholeHit } from '../api/search-client.js';
import { emit } from '../events.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { SearchState } from '../state/search-state.js';
import type { UrlStateController } from './url-state-controller.js';
import type { DetailHandlers } from '../views/offer-detail.js';
import { LazyChunk } from './lazy-chunk.js';

type DetailViews = typeof import('../views/detail-chunk.js');

export interface DetailContext {
  api(): string;
  choices(): SearchState;
  strings(): Strings;
  lang(): Lang;
  today(): string;
  /** The search centre to measure the other places from (null: no place searched). */
  center(): { lat: number; lng: number } | null;
}

/**
 * The opened offer, shown in place of the list: the whole offer fetched by id (a search hit carries
 * only what the list shows), focus into its title and back to the result it came from, its own
 * history entry (with `url-state`), its other places ordered nearest first, read aloud and share.
 * Fires `sek-select`.
 */
export class DetailController implements ReactiveController {
  selected?: SearchHit;
  /** The whole offer (all its places); absent when it could not be fetched (the detail says so). */
  private whole?: OfferDetail;
  /** The open hit with its whole offer; absent while none is open or when it could not be fetched. */
  opened?: WholeHit;
  private reading = false;
  private notice = '';
  private fallbackUrl = '';
  private returnFocusTo = '';
  /** Where focus goes once the opened offer is rendered. */
  private focusNext?: string;
  private stopReading?: () => void;
  private fetching?: AbortController;
  /** The code and the whole offer of the offer being opened. */
  private fetched: Promise<unknown> = Promise.resolve();
  /** The detail's templates and styles: a lazy chunk, loaded when the first offer is opened. */
  private readonly views: LazyChunk<DetailViews>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly urlState: UrlStateController,
    private readonly context: DetailContext,
  ) {
    host.addController(this);
    this.views = new LazyChunk(host, () => import('../views/detail-chunk.js'));
  }

  hostDisconnected(): void {
    this.stopReading?.();
    this.fetching?.abort();
  }

  /** Opens an offer a link holds that the search did not find (a QR code on a referral letter); a gone offer opens nothing. */
  async openById(offerId: string): Promise<void> {
    try {
      const [views, offer] = await Promise.all([this.views.load(), getOffer(this.context.api(), offerId)]);
      await this.open(views.hitFromOffer(offer), '', { fromHistory: true, whole: offer });
    } catch {
      // Not visible (any more): the search stays.
    }
  }

  /**
   * Opens an offer. `fromHistory`: the URL already holds it (a link, Back/Forward), so no entry is
   * added. `focus: 'other-places'`: for "Ook op N andere plekken", focus goes to that list.
   * `whole`: the offer, when the caller already fetched it.
   */
  async open(hit: SearchHit, triggerId: string, { fromHistory = false, focus = 'title' as 'title' | 'other-places', whole = undefined as OfferDetail | undefined } = {}): Promise<void> {
    this.returnFocusTo = triggerId || hit.id;
    this.stopReading?.();
    this.fetching?.abort();
    const fetching = new AbortController();
    this.fetching = fetching;
    const ready = Promise.all([this.views.load(), whole ?? getOffer(this.context.api(), hit.offer.id, fetching.signal).catch(() => undefined)]);
    this.fetched = ready;
    const [, fetched] = await ready;
    // Another offer was opened (or the detail closed) while this one was fetched.
    if (fetching.signal.aborted) return;
    if (!fromHistory) this.urlState.offerOpened(this.context.choices(), hit.offer.id);
    this.selected = hit;
    this.whole = fetched;
    this.opened = fetched && this.views.value!.withWholeOffer(hit, fetched);
    this.notice = '';
    this.fallbackUrl = '';
    emit(this.host, 'sek-select', { offerId: hit.offer.id, hitId: hit.id });
    // Focus moves in the update that shows the offer, so `updateComplete` finds it there.
    this.focusNext = focus === 'other-places' && fetched ? '#also-at' : '#detail-title';
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  hostUpdated(): void {
    if (this.focusNext) this.focus(this.focusNext);
    this.focusNext = undefined;
  }

  /** Settles when an offer being opened has its code and its whole offer (the host's `updateComplete` waits for it). */
  get loaded(): Promise<unknown> {
    return Promise.all([this.views.settled, this.fetched]);
  }

  /** Closes the detail ("Terug", Escape, Back) and puts focus back on the result it came from. */
  async close({ fromHistory = false } = {}): Promise<void> {
    if (!this.selected) return;
    if (!fromHistory && this.urlState.offerClosed(this.context.choices())) return; // the popstate closes it
    this.clear();
    await this.host.updateComplete;
    this.focus(`.result-link[data-hit="${CSS.escape(this.returnFocusTo)}"]`);
  }

  /** Leaves the offer without moving focus (a new search replaces the list it came from). */
  clear(): void {
    this.stopReading?.();
    this.fetching?.abort();
    this.selected = undefined;
    this.host.requestUpdate();
  }

  /** The open offer, in place of the list; when it could not be fetched, its title, "Terug" and why. */
  render(print: (hit: WholeHit) => void) {
    const views = this.views.value;
    if (!this.selected || !views) return undefined;
    const t = this.context.strings();
    const opened = this.opened;
    if (!opened) return views.renderUnavailable(this.selected.offer.title, t, this.context.lang(), () => void this.close());
    return views.renderDetail(opened, this.context.today(), t, this.context.lang(), this.handlers(() => print(opened)));
  }

  private handlers(print: () => void): DetailHandlers {
    return {
      onBack: () => void this.close(),
      onPrint: print,
      onShare: () => void this.share(),
      onReadAloud: () => this.toggleReading(),
      reading: this.reading,
      canReadAloud: this.views.value!.canReadAloud(),
      detailNotice: this.notice,
      shareUrl: this.fallbackUrl,
      otherPlaces: this.views.value!.otherPlaces(this.whole!, this.selected!, this.context.center()),
    };
  }

  private toggleReading(): void {
    if (this.reading) {
      this.stopReading?.();
      return;
    }
    const opened = this.opened;
    if (!opened) return;
    const t = this.context.strings();
    const reading = this.views.value!.readAloud(this.views.value!.detailText(opened, this.context.today(), t, this.context.lang()), this.context.lang(), () => {
      this.reading = false;
      this.stopReading = undefined;
      this.host.requestUpdate();
    });
    this.reading = true;
    this.stopReading = reading.stop;
    this.notice = reading.noVoice ? t.noVoice : '';
    this.host.requestUpdate();
  }

  private async share(): Promise<void> {
    const hit = this.selected;
    if (!hit) return;
    const url = this.urlState.link(this.context.choices(), hit.offer.id);
    const outcome = await this.views.value!.shareOffer(this.host, hit.offer.title, url, hit.offer.id);
    this.notice = outcome === 'copied' ? this.context.strings().linkCopied : '';
    this.fallbackUrl = outcome === 'failed' ? url : '';
    this.host.requestUpdate();
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
