/**
 * Folding for the entity tables, matching `Token.norm` (lower case, diacritics stripped, ł -> l, ß -> ss...).
 * Delegates to the text layer's `fold()` so tables and tokens always fold alike.
 */
export { fold as foldName } from '../text/fold.ts';
