import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { search, SearchError, type FieldError, type SearchHit, type SearchRequest, type SearchResponse } from '../api/search-client.js';
import { emit } from '../events.js';

export type SearchStatus = 'idle' | 'loading' | 'results' | 'error';

/** The map and a printed list hold at most this many places, fetched this many at a time. */
export const ALL_PLACES_MAX = 200;
const ALL_PLACES_PAGE = 50;
/** The pause after typing a search word before searching. */
const TYPING_PAUSE_MS = 350;
/** Request fields the resident fills in; an error in any other is the host page's mistake. */
const RESIDENT_FIELDS = new Set(['near', 'q', 'radiusKm']);

export interface SearchSource {
  /** The service's base URL. */
  api(): string;
  /** The request for a page of what is chosen now. */
  request(page: number): SearchRequest;
  /** The host attribute a request field comes from, to name it in a console error. */
  attributeOf(field: string): string;
  /** A new search (page 1) starts: leave an open offer, keep the URL in step. */
  starting(): void;
}

/**
 * Searches: the answer, the pages of places loaded so far and the online offers, with one search
 * in flight at a time (a newer one aborts the older), a pause while typing, and "Meer laden" as a
 * state of its own so the list and the focus stay while the next page loads. Fires `sek-search`
 * and `sek-error` from the host.
 */
export class SearchController implements ReactiveController {
  status: SearchStatus = 'idle';
  response?: SearchResponse;
  /** The places loaded so far (page 1 up to `page`). */
  results: SearchHit[] = [];
  /** The online offers: answered with page 1, kept while more pages of places load. */
  online: SearchHit[] = [];
  page = 1;
  loadingMore = false;
  /** What is wrong with the resident's input (`near`, `q`), with places they may have meant. */
  fieldError?: FieldError;
  private inFlight?: AbortController;
  private typingTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: SearchSource,
    /** A page of results arrived (page 1: a new search). */
    private readonly onResults: (response: SearchResponse, page: number) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.inFlight?.abort();
    clearTimeout(this.typingTimer);
  }

  /** Searches after a short pause (while the resident types); each keystroke restarts the pause. */
  searchSoon(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search(), TYPING_PAUSE_MS);
  }

  /** A new search (page 1). Resolves when its answer is shown, failed or replaced. */
  async search(): Promise<void> {
    clearTimeout(this.typingTimer);
    this.source.starting();
    this.status = 'loading';
    this.fieldError = undefined;
    this.loadingMore = false;
    await this.fetch(1);
  }

  /** The next page of places, added below the list; the list stays while it loads. */
  async loadMore(): Promise<void> {
    if (this.status !== 'results' || this.loadingMore || !this.response || this.page >= this.response.totalPages) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    await this.fetch(this.page + 1);
  }

  private async fetch(page: number): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const request = this.source.request(page);
    this.host.requestUpdate();
    emit(this.host, 'sek-search', request);
    try {
      const response = await search(this.source.api(), request, controller.signal);
      if (controller.signal.aborted) return;
      this.response = response;
      this.page = page;
      const known = new Set(page === 1 ? [] : this.results.map((hit) => hit.id));
      this.results = page === 1 ? response.results : [...this.results, ...response.results.filter((hit) => !known.has(hit.id))];
      if (page === 1) this.online = response.online.results;
      this.status = 'results';
      this.onResults(response, page);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.handleError(error);
    } finally {
      if (this.inFlight === controller) {
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }

  private handleError(error: unknown): void {
    const field = error instanceof SearchError && error.kind === 'invalid' ? error.body?.error.fields?.[0] : undefined;
    if (field && RESIDENT_FIELDS.has(field.field)) {
      this.fieldError = field;
      this.status = 'idle';
      emit(this.host, 'sek-error', { kind: 'invalid' });
      return;
    }
    if (field) {
      // The page's own configuration is wrong: tell the webmaster, not the resident.
      console.error(`<sek-zoeker>: ${this.source.attributeOf(field.field)}: ${field.message.en}`);
    }
    this.status = 'error';
    emit(this.host, 'sek-error', { kind: field ? 'invalid' : 'unavailable' });
  }

  /**
   * Every place of the search (up to ALL_PLACES_MAX), not only the pages loaded: for the map and
   * the printed list. On a failure, what is there (the caller says how many of how many).
   */
  async allPlaces(): Promise<SearchHit[]> {
    const response = this.response;
    const located = [...this.results];
    if (!response) return located;
    try {
      for (let page = 1; located.length < Math.min(response.total, ALL_PLACES_MAX); page++) {
        const more = await search(this.source.api(), { ...this.source.request(page), limit: ALL_PLACES_PAGE });
        const known = new Set(located.map((hit) => hit.id));
        located.push(...more.results.filter((hit) => !known.has(hit.id)));
        if (page >= more.totalPages) break;
      }
    } catch {
      // Keep what is there.
    }
    return located.slice(0, ALL_PLACES_MAX);
  }
}
