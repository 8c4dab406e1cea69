// PLACEHOLDER: replaced by the real text stage.
import type { Stage } from '../types.ts';
export const textStage: Stage<'text'> = {
  name: 'text',
  needs: ['clean', 'language'],
  run: () => ({ sentences: [], tokens: [], titleTokens: [], words: 0 }),
};
