/**
 * Cross-language name keys: one key per real-world entity, whatever the language or script it is written
 * in. `tokenKey` works on one word, `nameKey` on a whole typed name. See name-key.ts for the design.
 */
export { tokenKey, clearTokenKeyMemo } from './skeleton.ts';
export { nameKey } from './name-key.ts';
export type { NameKeyOptions } from './name-key.ts';
