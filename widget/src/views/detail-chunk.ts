/**
 * What only an opened offer needs, as one lazy chunk: its template, its text to read aloud, and
 * the read-aloud and share actions (and the share's anonymous count). Loaded when a resident first opens an offer.
 */
export { renderDetail, renderUnavailable, detailText, detailStyles as styles } from './offer-detail.js';
export { canReadAloud, readAloud } from '../actions/read-aloud.js';
export { shareOffer } from '../actions/share-link.js';
export { hitFromOffer, withWholeOffer } from '../api/hit-from-offer.js';
export { otherPlaces } from './other-places.js';
