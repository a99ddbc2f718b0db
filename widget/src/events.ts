import type { SearchRequest } from '@sek/contract';

/** The events `<sek-zoeker>` fires (bubbling and composed), with their `detail`. */
export interface SekEventDetails {
  /** A search was sent: the request parameters. */
  'sek-search': SearchRequest;
  /** An offer was opened. */
  'sek-select': { offerId: string; hitId: string };
  /** A search failed: the resident's input (`invalid`) or the service (`unavailable`). */
  'sek-error': { kind: 'invalid' | 'unavailable' };
}

export type SekEventName = keyof SekEventDetails;

/**
 * Fires a `sek-*` event from an element, bubbling and composed so the host page hears it.
 * @example emit(this, 'sek-select', { offerId: 'taalcafe-arkel', hitId: 'taalcafe-arkel__loc-1' })
 */
export function emit<K extends SekEventName>(target: EventTarget, name: K, detail: SekEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sek-search': CustomEvent<SekEventDetails['sek-search']>;
    'sek-select': CustomEvent<SekEventDetails['sek-select']>;
    'sek-error': CustomEvent<SekEventDetails['sek-error']>;
  }
}
