// PLACEHOLDER: replaced by the real quotes stage.
import type { Stage } from '../types.ts';
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  needs: ['text', 'entities'],
  run: () => ({ quotes: [] }),
};
