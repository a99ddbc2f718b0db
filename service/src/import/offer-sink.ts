import type { Offer } from '@sek/contract';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Why a store could not apply everything it was handed. */
export interface SinkFailure {
  /** Counts of the offers handed over that were not applied. */
  notApplied: WriteCounts;
  /** The store's own reason, for the log and the report (never shown raw to a resident). */
  detail: string;
}

/**
 * Where an import writes offers. Compares each offer with what is stored (unchanged offers are not
 * written again), writes in batches, and tells honestly what was applied. A store that cannot be
 * reached throws; the import turns that into a failed report.
 */
export interface OfferSink {
  /** A dry-run sink compares and counts but writes nothing. */
  readonly dryRun: boolean;
  write(offers: Offer[]): Promise<WriteCounts>;
  /** Every stored offer id of a source (for replace). */
  idsOfSource(source: string): Promise<Set<string>>;
  delete(offerIds: string[]): Promise<void>;
  /** Waits until everything handed over is applied; says what was not. */
  finish(): Promise<SinkFailure | undefined>;
}
