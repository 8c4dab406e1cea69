/**
 * Stage `language`: detects the language of title + cleaned body with eld (src/core/text/detect.ts),
 * and uses the declared language (`Article.declaredLang`) to break ties on short or uncertain text.
 *
 * Steps: (1) sample the title and the first SAMPLE_CHARS of the body; (2) detect; (3) if there is a
 * declared language and the text is short, the detection unreliable, or the declared language scores
 * within TIE_MARGIN of the best, take the declared one (`declared-tie-break`); (4) with no detection, take
 * the declared language (`declared`) or `und`.
 */
import { detectLanguage } from '../text/detect.ts';
import { isSupportedLang, type LanguageAnnotation, type Stage } from '../types.ts';

/**
 * eld reads at most ~380 UTF-8 bytes of words (and never more than 1,000 characters); every character is
 * at least one byte, so 500 characters always fill its window and give the same result as more.
 */
const SAMPLE_CHARS = 500;
/** Fewer letters than this is a headline-sized text: n-gram detection often picks a neighbour language. */
const SHORT_TEXT_LETTERS = 60;
/** A declared language this close to the best score is as plausible: trust the metadata. */
const TIE_MARGIN = 0.05;
/** Score margin over the runner-up that counts as full confidence. */
const CONFIDENT_MARGIN = 0.15;
/** Confidence ceiling when eld itself says the result is not reliable. */
const UNRELIABLE_CAP = 0.4;
/** Confidence given to a declared language with nothing detected: metadata is usually right. */
const DECLARED_ONLY_CONFIDENCE = 0.5;
/** Confidence of a tie broken by the declared language: the text alone could not decide. */
const TIE_BREAK_CONFIDENCE = 0.5;
/** Legacy and 3-letter tags of the languages we analyse. */
const TAG_ALIASES: Readonly<Record<string, string>> = { iw: 'he', in: 'id', zho: 'zh', chi: 'zh', ara: 'ar' };

const LETTER = /\p{L}/gu;

/** Normalises a declared language tag ("fr-FR", "FR", "fr_CA") to ISO 639-1, or undefined. */
export function normaliseLangTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_].*)?\s*$/.exec(tag);
  if (!m) return undefined;
  const code = m[1].toLowerCase();
  return TAG_ALIASES[code] ?? code;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function countLetters(s: string, cap: number): number {
  LETTER.lastIndex = 0;
  let n = 0;
  while (n < cap && LETTER.exec(s) !== null) n++;
  return n;
}

function make(lang: string, confidence: number, from: LanguageAnnotation['from']): LanguageAnnotation {
  return { lang, supported: isSupportedLang(lang), confidence: round3(confidence), from };
}

/** Decides the language of `text` given an optional declared language (pure; exported for tests). */
export function decideLanguage(text: string, declared?: string): LanguageAnnotation {
  const decl = normaliseLangTag(declared);
  const d = detectLanguage(text);
  if (!d.language)
    return decl ? make(decl, DECLARED_ONLY_CONFIDENCE, 'declared') : make('und', 0, 'detected');
  const top = d.scores[0]?.[1] ?? 0;
  const second = d.scores[1]?.[1] ?? 0;
  let confidence = Math.min(1, (top - second) / CONFIDENT_MARGIN);
  if (!d.reliable) confidence = Math.min(confidence, UNRELIABLE_CAP);
  if (decl && decl !== d.language) {
    const declScore = d.scores.find(([l]) => l === decl)?.[1];
    const short = countLetters(text, SHORT_TEXT_LETTERS) < SHORT_TEXT_LETTERS;
    const close = declScore !== undefined && top - declScore <= TIE_MARGIN;
    if (short || !d.reliable || close) {
      return make(decl, TIE_BREAK_CONFIDENCE, 'declared-tie-break');
    }
  }
  return make(d.language, confidence, 'detected');
}

export const languageStage: Stage<'language'> = {
  name: 'language',
  needs: ['clean'],
  run: (article, soFar) => {
    const body = soFar.clean?.body ?? article.text;
    const sample = article.title + '\n' + (body.length > SAMPLE_CHARS ? body.slice(0, SAMPLE_CHARS) : body);
    return decideLanguage(sample, article.declaredLang);
  },
};
