// PLACEHOLDER: replaced by the real entities stage.
import type { Stage } from '../types.ts';
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  needs: ['text', 'places'],
  run: () => ({ entities: [] }),
};
