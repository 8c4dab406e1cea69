/**
 * The clustering part of the benchmark: a stream of profiles replicated from the real base texts (fresh ids,
 * publication days advancing by `perDay` articles a day, rounds spaced further apart than the window so every
 * round is a new set of stories and old ones expire) is fed through the online clusterer, timing every
 * assignment. Figures for the first 10k articles and for the last 10k show
 * whether the cost per article stays flat as the archive grows.
 */
import { performance } from 'node:perf_hooks';
import { assign } from '../src/core/cluster/assign.ts';
import { createClusterState, DEFAULT_CLUSTER_OPTIONS } from '../src/core/cluster/state.ts';
import type { Profile } from '../src/core/similarity/profile.ts';

/** Articles per simulated day: a busy multilingual news feed. */
export const DEFAULT_PER_DAY = 300;
/** Window of articles for the "first" and "last" figures. */
const SLICE = 10_000;

export interface ClusterSlice {
  readonly from: number;
  readonly to: number;
  readonly articlesPerSecond: number;
  readonly p50AssignMs: number;
  readonly p99AssignMs: number;
}

export interface ClusterBench {
  readonly articles: number;
  readonly articlesPerSecond: number;
  /** Throughput on the process's CPU time (robust to other processes sharing the machine). */
  readonly cpuArticlesPerSecond: number;
  readonly p50AssignMs: number;
  readonly p99AssignMs: number;
  /**
   * Percentiles of the CPU time of one assignment (process user + system time around it): not inflated when
   * other processes take the CPU away mid-assignment, as wall-clock percentiles are on a shared machine.
   */
  readonly cpuP50AssignMs: number;
  readonly cpuP99AssignMs: number;
  readonly maxAssignMs: number;
  readonly stories: number;
  readonly activeStories: number;
  readonly simulatedDays: number;
  readonly slices: readonly ClusterSlice[];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
}

const r3 = (x: number) => Number(x.toFixed(3));

function slice(times: Float64Array, from: number, to: number): ClusterSlice {
  const part = times.slice(from, to);
  let total = 0;
  for (const t of part) total += t;
  part.sort();
  return {
    from,
    to,
    articlesPerSecond: Math.round((to - from) / (total / 1000)),
    p50AssignMs: r3(percentile(part, 0.5)),
    p99AssignMs: r3(percentile(part, 0.99)),
  };
}

/**
 * Simulated days from the start of one round of base texts to the next: the round's own days, then a gap
 * longer than the clustering window. Each round is then a new set of stories, as in a real stream (a copy
 * never rejoins its earlier story, whose last update is out of the window), and stories expire.
 */
export function roundSpacing(baseSize: number, perDay: number): number {
  return Math.ceil(baseSize / perDay) + DEFAULT_CLUSTER_OPTIONS.windowDays + 1;
}

/** The i-th profile of the replicated stream (fresh id; publication day advancing `perDay` a day). */
function replica(base: readonly Profile[], i: number, day0: number, perDay: number): Profile {
  const p = base[i % base.length];
  const round = Math.floor(i / base.length);
  const day = day0 + round * roundSpacing(base.length, perDay) + Math.floor((i % base.length) / perDay);
  return { ...p, id: `${p.id}~${round}`, day };
}

/** Streams `n` replicated profiles through a fresh clusterer and times each assignment. */
export function benchCluster(base: readonly Profile[], n: number, perDay = DEFAULT_PER_DAY): ClusterBench {
  const state = createClusterState();
  const day0 = Math.floor(Date.UTC(2020, 0, 1) / 86_400_000);
  const times = new Float64Array(n);
  const cpuTimes = new Float64Array(n);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const p = replica(base, i, day0, perDay);
    const c = process.cpuUsage();
    const s = performance.now();
    assign(state, p);
    times[i] = performance.now() - s;
    const d = process.cpuUsage(c);
    cpuTimes[i] = (d.user + d.system) / 1000;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const slices = [slice(times, 0, Math.min(n, SLICE))];
  if (n > SLICE) slices.push(slice(times, n - SLICE, n));
  const sorted = times.slice().sort();
  cpuTimes.sort();
  return {
    articles: n,
    articlesPerSecond: Math.round(n / seconds),
    cpuArticlesPerSecond: Math.round(n / cpuSeconds),
    p50AssignMs: r3(percentile(sorted, 0.5)),
    p99AssignMs: r3(percentile(sorted, 0.99)),
    cpuP50AssignMs: r3(percentile(cpuTimes, 0.5)),
    cpuP99AssignMs: r3(percentile(cpuTimes, 0.99)),
    maxAssignMs: r3(sorted[sorted.length - 1] ?? 0),
    stories: state.stories.size,
    activeStories: state.active.size,
    simulatedDays: Math.ceil(n / base.length) * roundSpacing(base.length, perDay),
    slices,
  };
}
