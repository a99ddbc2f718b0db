import type { FieldError, LocalizedMessage } from '@sek/contract';

/**
 * What domain code may raise. One place (`http/error-handler.ts`) maps these to HTTP answers;
 * domain code knows nothing of status codes, and routes never see a store's own errors.
 */

/** The input is wrong; each field error says which field and why, in Dutch and English. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(readonly fields: FieldError[]) {
    super(fields.map((field) => `${field.field}: ${field.code}`).join(', '));
  }
}

/** The thing asked for does not exist (or is not visible). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly localized: LocalizedMessage) {
    super(localized.en);
  }
}

/** A store (Meilisearch, PostgreSQL) cannot be reached or did not answer in time. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly store: 'search' | 'database',
    /** For the metrics: `timeout`, `unreachable`, or the store's own error code. */
    readonly kind: string,
    options?: ErrorOptions,
  ) {
    super(`${store} unavailable (${kind})`, options);
  }
}

/** A store refused a write it was able to receive (too large, wrong shape): not a passing outage. */
export class StoreRefusedError extends Error {
  override readonly name = 'StoreRefusedError';
  constructor(
    /** The store's own reason, for the log and the coordinator's report. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`store refused the write (${detail})`, options);
  }
}
