/**
 * The library's clustering: the online clustering state (src/core/cluster) kept in step with the store.
 *
 * The state lives in memory and is saved in the store (encoded by src/core/cluster/codec.ts, with the
 * arrival number `seq` of the last article it covers) every {@link DEFAULT_CHECKPOINT_ARTICLES} articles or
 * more (see {@link CHECKPOINT_MAX_SHARE}) and when the library closes, in the same transaction as the
 * articles it covers. Articles, memberships,
 * merges and story rows are written together per batch, so after a crash (SIGKILL included) the store holds
 * whole batches only; the state saved may be older, and the articles stored after it are replayed through
 * clustering from their stored analyses (in arrival order: the order they were first clustered in), which
 * rebuilds exactly the state the lost process had. The same check runs before every batch, so a store
 * written by another process meanwhile is caught up the same way.
 */
import { assign, type Assignment } from '../../core/cluster/assign.ts';
import { CLUSTER_CODEC_VERSION, decodeClusterState, encodeClusterState } from '../../core/cluster/codec.ts';
import { createClusterState, resolveStoryId, type ClusterState } from '../../core/cluster/state.ts';
import { summarizeStory } from '../../core/cluster/summary.ts';
import type { Profile } from '../../core/similarity/profile.ts';
import type { Store } from '../store/types.ts';
import { clusterProfile } from './profile.ts';
import type { IngestPhases } from './types.ts';

/** Phase times being summed (see {@link IngestPhases}). */
export type Phases = { -readonly [K in keyof IngestPhases]: number };

/** All phases at zero. */
export function noPhases(): Phases {
  return { read: 0, dedupe: 0, wait: 0, store: 0, cluster: 0, checkpoint: 0, replay: 0, analysis: 0 };
}

/**
 * Articles clustered between two saves of the state at least: a crash costs replaying the articles stored
 * since the last save (about a millisecond each), and a save costs encoding the whole state.
 */
export const DEFAULT_CHECKPOINT_ARTICLES = 5000;
/**
 * Share of an ingest's time saves may take at most: the state of 100,000 articles is ~110 MB of JSON and
 * takes seconds to encode (docs/BENCHMARKS.md, "Ingest"), so a save also waits until ten times its last
 * duration has passed since it ended.
 */
export const CHECKPOINT_MAX_SHARE = 0.1;
/** Stored articles read per page when replaying. */
const REPLAY_PAGE = 200;

/** The clustering state and where it stands against the store. */
export interface Clustering {
  state: ClusterState;
  /** Arrival number of the last stored article the state has clustered. */
  seq: number;
  /** Articles clustered since the state was last saved. */
  sinceSave: number;
  /** True when the state may be ahead of the store (a failed write): reload before the next use. */
  dirty: boolean;
  /** Whether `state` was loaded at all (loading is deferred until needed). */
  loaded: boolean;
  readonly checkpointEvery: number;
  /** When the last save ended (performance.now()) and how long it took, in ms. */
  lastSaveAt: number;
  lastSaveMs: number;
}

/** A clustering not loaded yet (see {@link ensureCurrent}). */
export function newClustering(checkpointEvery = DEFAULT_CHECKPOINT_ARTICLES): Clustering {
  return {
    state: createClusterState(),
    seq: 0,
    sinceSave: 0,
    dirty: false,
    loaded: false,
    checkpointEvery: Math.max(1, checkpointEvery),
    lastSaveAt: Number.NEGATIVE_INFINITY,
    lastSaveMs: 0,
  };
}

/** Stories changed by a batch: their rows are rewritten once at its end. */
export type Touched = Set<string>;

/** Writes one assignment: merged stories become aliases of the one joined, then the article's membership. */
export async function recordAssignment(
  tx: Store,
  articleId: string,
  a: Assignment,
  touched: Touched,
): Promise<void> {
  for (const from of a.merged ?? []) {
    await tx.aliasStory(from, a.storyId);
    touched.delete(from);
  }
  await tx.setMembership(articleId, a.storyId, a.score);
  touched.add(a.storyId);
}

/** Rewrites the rows (summaries) of the stories a batch changed, in id order. */
export async function putTouched(tx: Store, state: ClusterState, touched: Touched): Promise<void> {
  const ids = [...new Set([...touched].map((id) => resolveStoryId(state, id)))].sort();
  for (const id of ids) {
    const story = state.stories.get(id);
    if (story) await tx.putStory(summarizeStory(story));
  }
}

/** Clusters one stored article: assignment, membership, merges (assignment timed into `phases.cluster`). */
export async function clusterOne(
  tx: Store,
  c: Clustering,
  articleId: string,
  profile: Profile,
  seq: number,
  touched: Touched,
  phases?: Phases,
): Promise<Assignment> {
  const t0 = performance.now();
  const a = assign(c.state, profile);
  if (phases) phases.cluster += performance.now() - t0;
  await recordAssignment(tx, articleId, a, touched);
  c.seq = seq;
  c.sinceSave++;
  return a;
}

/** The saved state, when it can be used (this codec version, not ahead of the store); else a fresh one. */
async function savedState(tx: Store, lastSeq: number): Promise<{ state: ClusterState; seq: number }> {
  const blob = await tx.loadClusterState();
  if (blob && blob.version === CLUSTER_CODEC_VERSION && (blob.seq ?? 0) <= lastSeq && (blob.seq ?? 0) > 0) {
    try {
      return { state: decodeClusterState(blob.json), seq: blob.seq ?? 0 };
    } catch {
      // An unreadable state is rebuilt from the stored articles below.
    }
  }
  return { state: createClusterState(), seq: 0 };
}

/**
 * Brings the clustering level with the store (inside a write transaction `tx`): when the store holds
 * articles the state has not clustered (a crash after the last save, another process's ingest, a state
 * never loaded), loads the saved state and replays the stored articles after it. Returns the articles
 * replayed.
 */
export async function ensureCurrent(tx: Store, c: Clustering, phases?: Phases): Promise<number> {
  const last = await tx.lastSeq();
  if (c.loaded && !c.dirty && c.seq === last) return 0;
  const t0 = performance.now();
  const saved = await savedState(tx, last);
  c.state = saved.state;
  c.seq = saved.seq;
  c.sinceSave = 0;
  c.dirty = true;
  c.loaded = true;
  let replayed = 0;
  const touched: Touched = new Set();
  for (;;) {
    const page = await tx.storedArticles({ afterSeq: c.seq, limit: REPLAY_PAGE });
    if (page.length === 0) break;
    for (const row of page) {
      await clusterOne(tx, c, row.id, clusterProfile(row.analysis), row.seq, touched);
      replayed++;
    }
  }
  await putTouched(tx, c.state, touched);
  if (replayed > 0) await saveState(tx, c);
  c.dirty = false;
  if (phases) phases.replay += performance.now() - t0;
  return replayed;
}

/** Saves the state with the arrival number it covers. */
export async function saveState(tx: Store, c: Clustering): Promise<void> {
  const t0 = performance.now();
  await tx.saveClusterState({
    version: CLUSTER_CODEC_VERSION,
    json: encodeClusterState(c.state),
    seq: c.seq,
  });
  c.sinceSave = 0;
  c.lastSaveAt = performance.now();
  c.lastSaveMs = c.lastSaveAt - t0;
}

/**
 * Saves the state when enough articles were clustered since the last save and enough time has passed (see
 * {@link CHECKPOINT_MAX_SHARE}), or when `force` and anything changed.
 */
export async function checkpoint(tx: Store, c: Clustering, force = false, phases?: Phases): Promise<boolean> {
  if (c.sinceSave === 0) return false;
  if (!force) {
    if (c.sinceSave < c.checkpointEvery) return false;
    if (performance.now() - c.lastSaveAt < c.lastSaveMs / CHECKPOINT_MAX_SHARE) return false;
  }
  const t0 = performance.now();
  await saveState(tx, c);
  if (phases) phases.checkpoint += performance.now() - t0;
  return true;
}
