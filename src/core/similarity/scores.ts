/**
 * Scoring a pair of articles on the seven SemEval-2022 Task 8 dimensions (1 = same .. 4 = unrelated) with the
 * committed, fitted model (model.json, written by `npm run fit`), plus the features behind the scores.
 */
import { readFileSync } from 'node:fs';
import type { IdfState } from './idf.ts';
import { backgroundIdf, pairIdf } from './background.ts';
import type { Profile } from './profile.ts';
import {
  FEATURE_NAMES,
  LANGUAGE_DEPENDENT,
  maskLanguage,
  namedFeatures,
  pairFeatures,
  prepare,
  type FeatureName,
  type Prepared,
} from './features.ts';
import { predict, predictWith, type Scores, type SimilarityModel } from './model.ts';
import { storylineError } from '../errors.ts';

const MODEL_URL = new URL('./model.json', import.meta.url);

let committed: SimilarityModel | undefined;

/** Checks that a model's feature list is the one features.ts computes (same names, same order). */
export function checkModel(model: SimilarityModel): SimilarityModel {
  const same =
    model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (!same) {
    throw storylineError(
      'INPUT_MALFORMED',
      'src/core/similarity/model.json',
      'its features differ from features.ts; run npm run fit',
    );
  }
  const masked = model.blind?.masked;
  if (
    masked &&
    (masked.length !== LANGUAGE_DEPENDENT.size ||
      masked.some((f) => !LANGUAGE_DEPENDENT.has(f as FeatureName)))
  ) {
    throw storylineError(
      'INPUT_MALFORMED',
      'src/core/similarity/model.json',
      'its language-blind features differ from features.ts; run npm run fit',
    );
  }
  return model;
}

/** The committed model (read once, on first use). */
export function committedModel(): SimilarityModel {
  committed ??= checkModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as SimilarityModel);
  return committed;
}

export interface PairScores {
  readonly scores: Scores;
  readonly features: Record<FeatureName, number>;
  /** Which models scored: the main ones, or the language-blind ones (a language pair never seen in training). */
  readonly models: 'main' | 'language-blind';
}

/** Whether a pair of languages is scored by the language-blind models (cross-language, unseen in training). */
export function usesBlind(model: SimilarityModel, langA: string, langB: string): boolean {
  if (langA === langB || !model.blind) return false;
  return !(model.languagePairs ?? []).includes([langA, langB].sort().join('-'));
}

/** Scores two prepared articles (see features.ts `prepare`, computed once per article with the IDF state). */
export function scorePrepared(
  a: Prepared,
  b: Prepared,
  model: SimilarityModel = committedModel(),
): PairScores {
  const x = pairFeatures(a, b);
  const blind = model.blind && usesBlind(model, a.profile.lang, b.profile.lang) ? model.blind : undefined;
  return {
    scores: blind ? predictWith(blind.dimensions, maskLanguage(x)) : predict(model, x),
    features: namedFeatures(x),
    models: blind ? 'language-blind' : 'main',
  };
}

/** Scores two article profiles with the IDF statistics and a model (the committed one by default). */
export function scorePair(
  a: Profile,
  b: Profile,
  idf: IdfState,
  model: SimilarityModel = committedModel(),
): PairScores {
  return scorePrepared(prepare(a, idf), prepare(b, idf), model);
}

/**
 * Scores two article profiles in the regime the model was fitted with: the background IDF plus the pair itself
 * (background.ts `pairIdf`), so the result does not depend on how many other articles are around.
 */
export function scoreProfiles(
  a: Profile,
  b: Profile,
  model: SimilarityModel = committedModel(),
  base: IdfState = backgroundIdf(),
): PairScores {
  return scorePair(a, b, pairIdf(a, b, base), model);
}
