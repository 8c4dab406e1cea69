// PLACEHOLDER: replaced by the real dates stage.
import type { Stage } from '../types.ts';
export const datesStage: Stage<'dates'> = {
  name: 'dates',
  needs: ['clean', 'language', 'text'],
  run: () => ({ dates: [] }),
};
