// PLACEHOLDER: replaced by the real cleaning stage.
import type { Stage } from '../types.ts';
export const cleanStage: Stage<'clean'> = {
  name: 'clean',
  needs: [],
  run: (article) => ({ body: article.text, embeds: [] }),
};
