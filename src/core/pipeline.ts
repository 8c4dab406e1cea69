/**
 * The analysis pipeline is data: an ordered list of stages, checked when built. Each stage returns its
 * own annotation; the runner stores it under the stage's name and never lets a stage see a later one.
 */
import { storylineError } from './errors.ts';
import type { Analysis, Annotations, AnnotationsSoFar, Article, Stage, StageName } from './types.ts';

export type Pipeline = readonly Stage[];

/** Checks that names are unique and every stage's needs run before it. Throws PIPELINE_INVALID. */
export function validatePipeline(stages: readonly Stage[]): Pipeline {
  const seen = new Set<StageName>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw storylineError('PIPELINE_INVALID', `stage "${stage.name}" appears twice`);
    for (const need of stage.needs) {
      if (!seen.has(need)) {
        throw storylineError(
          'PIPELINE_INVALID',
          `stage "${stage.name}" needs "${need}", which does not run before it`,
        );
      }
    }
    seen.add(stage.name);
  }
  return stages;
}

/** Runs every stage in order on one article. */
export function runPipeline(pipeline: Pipeline, article: Article): Analysis {
  const annotations: Record<string, unknown> = {};
  for (const stage of pipeline) {
    annotations[stage.name] = Object.freeze(stage.run(article, annotations as AnnotationsSoFar));
  }
  return { article, annotations: annotations as unknown as Annotations };
}
