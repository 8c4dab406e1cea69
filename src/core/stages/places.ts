// PLACEHOLDER: replaced by the real places stage.
import type { Stage } from '../types.ts';
export const placesStage: Stage<'places'> = {
  name: 'places',
  needs: ['text'],
  run: () => ({ places: [] }),
};
