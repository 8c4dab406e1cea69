import type { Sentence } from '../types.ts';

/**
 * Index of the sentence containing `offset`: the last sentence that starts at or before it (binary search over
 * sentence spans sorted by start), or -1 when there are no sentences or the offset comes before the first.
 */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
