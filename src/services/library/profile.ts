/**
 * The clustering profile of an analysed article, in a module of its own so that the library's read paths and
 * the replay after a crash do not load the analysis pipeline (its tables cost seconds to load).
 */
import { buildProfile, type Profile } from '../../core/similarity/profile.ts';
import type { Analysis } from '../../core/types.ts';

/**
 * The profile as clustering reads it: without the per-sentence units (only similarity evidence and coverage
 * read those), which would otherwise be most of what crosses from the worker.
 */
export function clusterProfile(analysis: Analysis): Profile {
  return { ...buildProfile(analysis), sentences: [] };
}
