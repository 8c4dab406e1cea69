// PLACEHOLDER: replaced by the real language stage.
import type { Stage } from '../types.ts';
export const languageStage: Stage<'language'> = {
  name: 'language',
  needs: ['clean'],
  run: (article) => ({
    lang: article.declaredLang ?? 'und',
    supported: false,
    confidence: 0,
    from: 'declared',
  }),
};
