import type { Offer } from '@sek/contract';

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
  /** Applies everything handed over, together (commits). */
  finish(): Promise<void>;
  /** Drops everything handed over and not yet applied (rolls back). */
  abort(): Promise<void>;
}
