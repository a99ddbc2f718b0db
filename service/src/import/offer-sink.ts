import type { Offer, ReviewReason } from '@sek/contract';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Ids of offers the importing person may not keep (outside their gemeenten or organisation): not written. */
  refused?: string[];
}

/**
 * Where an import writes offers. Compares each offer with what is stored (unchanged offers are not
 * written again), writes in batches, and tells honestly what was applied. A store that cannot be
 * reached throws; the import turns that into a failed report and aborts.
 */
export interface OfferSink {
  /** A dry-run sink compares and counts but writes nothing. */
  readonly dryRun: boolean;
  write(offers: Offer[]): Promise<WriteCounts>;
  /** Every stored offer id of a source (for replace). */
  idsOfSource(source: string): Promise<Set<string>>;
  delete(offerIds: string[]): Promise<void>;
  /** The themes of a stored offer (a coordinator's earlier choice); undefined when it is not stored. */
  storedThemes(id: string): Promise<string[] | undefined>;
  /**
   * Puts an offer SEK could not fully classify (no theme) in the coordinators' review queue, or
   * updates the one already waiting there for it. False when it is outside the importing person's scope.
   */
  queueForReview(offer: Offer, reason: ReviewReason, source: string): Promise<boolean>;
  /** Applies everything handed over, together (commits). */
  finish(): Promise<void>;
  /** Drops everything handed over and not yet applied (rolls back). */
  abort(): Promise<void>;
}
