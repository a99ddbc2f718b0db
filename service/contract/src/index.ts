/**
 * `@sek/contract`: the shapes of SEK's public API, defined once. The service validates with these
 * schemas; the widget imports their types (`import type`) and the zod-free modules
 * `@sek/contract/vocabulary`, `@sek/contract/themes` and `@sek/contract/search-params`.
 */
export * from './api.js';
export * from './beheer.js';
export * from './errors.js';
export * from './field-errors/field-labels.js';
export * from './freshness.js';
export * from './field-errors/validation-messages.js';
export * from './field-errors/zod-field-errors.js';
export * from './import-report.js';
export * from './insight.js';
export * from './offer.js';
export * from './offer-files.js';
export * from './openapi.js';
export * from './places.js';
export * from './query-params.js';
export * from './schedule.js';
export * from './regions.js';
export * from './search-params.js';
export * from './search-query.js';
export * from './search-response.js';
export * from './steps.js';
export * from './submission.js';
export * from './theme-keywords.js';
export * from './theme-schema.js';
export * from './themes.js';
export * from './vocabulary.js';
