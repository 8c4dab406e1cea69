/**
 * Online story clustering: the state record and its options. Every operation is a function over this plain
 * record (`assign(state, profile)`, `mergeStories(state, a, b)`, `summarize(state, id)`), in the manner of
 * Orama: no class hides state, and the same stream of profiles always yields the same record.
 *
 * A story keeps bounded centroids (top-K terms per language, top-K keys, names, numbers), so the cost of
 * scoring an article against it does not grow with its size; stories not updated within the time window
 * leave the inverted index and are compacted, so the cost per article does not grow with the archive.
 */
import type { EntityType } from '../types.ts';

/** Weights of the score components (renormalised over the components both sides have). */
export interface ScoreWeights {
  /** Shared entity and place keys (language-independent): the main cross-lingual evidence. */
  readonly keys: number;
  /** TF-IDF cosine of stems against the story's centroid in the article's language. */
  readonly terms: number;
  /** Folded capitalised words (shared spellings of names across languages). */
  readonly names: number;
  /** Share of the article's numbers the story also reports. */
  readonly numbers: number;
  /** Share of the article's event days the story also reports (within a day). */
  readonly days: number;
}

/** Per-type weight of an entity key inside the key vector. */
export type KeyTypeWeights = Readonly<Record<EntityType | 'city' | 'region' | 'country', number>>;

export interface ClusterOptions {
  /** A story not updated for more than this many days is no longer a candidate (and leaves the index). */
  readonly windowDays: number;
  /** Days of gap between an article and a story's last update that cost nothing (same news cycle). */
  readonly graceDays: number;
  /** Half-life, in days, of the time decay applied beyond the grace period. */
  readonly halfLifeDays: number;
  /** Best score below this: the article starts a new story. */
  readonly threshold: number;
  /** Story-to-story similarity at or above this after an update: the two stories merge. */
  readonly mergeThreshold: number;
  /** Terms kept per story and language (the centroid's top-K by weight). */
  readonly topTerms: number;
  /** Keys, names and numbers kept per story. */
  readonly topKeys: number;
  /** Terms of an article used to look up candidates (its top TF-IDF terms). */
  readonly lookupTerms: number;
  /** Stories kept per posting list (the most recently updated). */
  readonly maxPosting: number;
  /** A feature in more than this share of the articles seen is a stop-key (not used for look-up). */
  readonly stopShare: number;
  /** Stop-keys are only declared once this many articles were seen (small streams keep every key). */
  readonly stopMinDocs: number;
  /** Candidate stories fully scored per article (the ones sharing the most IDF weight of features). */
  readonly maxCandidates: number;
  readonly weights: ScoreWeights;
  /**
   * Weights when terms cannot be compared (the story has no member in the article's language). Keys are
   * the evidence that crosses scripts; shared spellings of names discriminate better between Latin-script
   * languages but say nothing between scripts (see docs/EVALUATION.md, "Clustering").
   */
  readonly crossWeights: ScoreWeights;
  /**
   * Multiplier of a score that could not compare terms (the story has no member in the article's language):
   * keys and names alone are weaker evidence, since the same people appear in many different stories.
   */
  readonly crossLingualFactor: number;
  /**
   * Term cosine at which keys, names and numbers count fully (same-language comparisons; 0 = no gate). Below
   * it they count in proportion: shared people alone do not make the same story.
   */
  readonly termGate: number;
  /**
   * Cross-lingual counterpart of `termGate`: the stem cosine with the story's closest other language at
   * which keys, names and numbers count fully (0 = no gate). Shared stems across languages are names and
   * cognates written alike; keys alone never separate cross-language stories (docs/EVALUATION.md).
   */
  readonly crossTermGate: number;
  /**
   * Cross-lingual gate on keys: the corroboration (best of shared name spellings, numbers and event days) at
   * which shared keys count fully (0 = no gate). Below it keys count in proportion: the same leaders and
   * capitals recur across unrelated stories in every language (docs/EVALUATION.md, "Clustering").
   */
  readonly crossKeyGate: number;
  /**
   * Near misses (0 = off): an article that starts a new story although its best candidate scored at least this
   * share of the threshold is remembered by that candidate, and the two stories are compared once more the next
   * time the candidate grows (a story of one article is a thin centroid: the order of arrival decides too much).
   */
  readonly nearMissShare: number;
  /** Story-to-story score at which a remembered near miss merges into the candidate on that second look. */
  readonly nearMissMerge: number;
  /**
   * Cross-lingual concept gate: the concept cosine (the multilingual lexicon's content words, "Wahl" =
   * "election") at which a cross-lingual score counts fully (0 = off). Below it the score counts in proportion:
   * the same leaders and places recur across unrelated stories, so across languages they must also share what
   * happened. Not applied when either side has no concept (a language or text the lexicon does not cover).
   */
  readonly crossConceptGate: number;
  /**
   * Same-language comparisons count names a side has none of as 0 (absent evidence), instead of leaving the
   * component out and renormalising the weights over terms and keys. A language written without capitals
   * (Arabic, Chinese) never shows names, and renormalising let terms and keys stand in for them, so two reports on
   * one topic in such a language (same president, same vocabulary) scored as if they also shared the names.
   */
  readonly absentNamesCount: boolean;
  readonly keyTypes: KeyTypeWeights;
}

/** Near misses a story remembers (the oldest is forgotten first): a bounded state, whatever the stream. */
export const MAX_NEAR_MISSES = 8;

/** Defaults, tuned by scripts/tune-cluster.ts (see docs/EVALUATION.md, "Clustering"). */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  windowDays: 10, // news stories rarely get new reports after a week and a half; older ones are archived
  graceDays: 2, // reports of the same event trail it by a day or two
  halfLifeDays: 3, // a follow-up a week later must be clearly the same story to join
  threshold: 0.25, // picked by scripts/tune-cluster.ts (both folds agree); see docs/EVALUATION.md
  mergeThreshold: 0.4, // converged stories: as close as an article that joins, with no decay between them
  topTerms: 200, // enough for the core vocabulary of a story in one language
  topKeys: 100, // people, places, names and numbers of a long-running story
  lookupTerms: 12, // the few terms that name a story (its top TF-IDF terms)
  maxPosting: 32, // a feature shared by more recent stories than this says little about any one
  stopShare: 0.05, // a feature in 5% of all articles (a big country, "government") is not a story signal
  stopMinDocs: 200,
  maxCandidates: 5, // stories sharing a story's real features are few (same figures as 10 and 20, half the cost of 10)
  weights: { keys: 0.1, terms: 0.8, names: 0.1, numbers: 0, days: 0 }, // same language: terms separate best
  crossWeights: { keys: 0.25, terms: 0, names: 0.1, numbers: 0.025, days: 0.025 }, // keys carry across scripts
  crossLingualFactor: 1,
  termGate: 0.3, // same-story pairs: term cosine median 0.36; different-story pairs q90 0.17
  crossTermGate: 0, // off: gating cross-lingual keys on shared stems cost the samples' cross-language stories
  nearMissShare: 0.6, // Wikinews halves 0.811 -> 0.842 and 0.801 -> 0.810 (same on 0.5-0.7; docs/EVALUATION.md)
  nearMissMerge: 0.2, // below the join threshold: the near miss already counts as evidence; 0.15-0.18 cost pairs precision
  crossConceptGate: 0.25, // SemEval pairs halves: precision 0.943 -> 0.952 and 0.873 -> 0.883, Wikinews same (0.3 costs it 0.01)
  absentNamesCount: true, // SemEval pairs 12 -> 11 different pairs together (ar-ar joins: 6 right, 5 wrong); nothing else moves
  crossKeyGate: 0.2, // SemEval pairs halves: precision 0.900 -> 0.920 and 0.848 -> 0.881 (docs/EVALUATION.md)
  keyTypes: {
    person: 1, // a person named is the strongest sign of the same story
    organization: 0.8,
    other: 0.6, // events, products, works: specific, but noisier keys
    place: 0.5,
    city: 0.5,
    region: 0.35,
    country: 0.2, // countries are shared by many unrelated stories
  },
};

/** One member article, as much as the summary needs. */
export interface StoryMember {
  readonly id: string;
  readonly title: string;
  readonly titleTerms: readonly string[];
  readonly lang: string;
  readonly source?: string;
  readonly day?: number;
  readonly eventDays: readonly number[];
  /** Arrival sequence number in the stream. */
  readonly seq: number;
}

/** A sparse weighted vector with its cached Euclidean norm. */
export interface Centroid {
  readonly weights: Map<string, number>;
  norm: number;
}

export interface Story {
  readonly id: string;
  readonly members: StoryMember[];
  /** Arrival sequence of the first and last member. */
  firstSeq: number;
  lastSeq: number;
  firstDay?: number;
  lastDay?: number;
  /** Language -> TF-IDF centroid (sum of member vectors, top-K). Emptied when the story is archived. */
  readonly terms: Map<string, Centroid>;
  /** Entity and place keys: weighted sum of member key vectors (top-K). */
  readonly keys: Centroid;
  /** Key -> type, and key -> surface form -> count (for the summary). */
  readonly keyTypes: Map<string, EntityType>;
  readonly surfaces: Map<string, Map<string, number>>;
  readonly names: Centroid;
  /** Concepts of the members (language-independent; vectors.ts `CONCEPT`), top-K. */
  readonly concepts: Centroid;
  /** Number -> count; event day -> count. */
  readonly numbers: Map<string, number>;
  readonly days: Map<number, number>;
  readonly countries: Map<string, number>;
  readonly outlets: Map<string, number>;
  readonly langs: Map<string, number>;
  /** Index features this story is posted under, per feature kind (see vectors.ts `FEATURE_KINDS`). */
  readonly indexed: readonly Set<string>[];
  /**
   * Scratch of the candidate look-up (index.ts): the look-up it was last reached by and the IDF weight it
   * shares with that article. Plain numbers on the record, so a look-up allocates nothing per story.
   */
  lookupMark: number;
  lookupWeight: number;
  /**
   * Ids of stories begun by near misses of this one (see `ClusterOptions.nearMissShare`), oldest first, at most
   * `MAX_NEAR_MISSES`: looked at once, the next time this story grows, then forgotten.
   */
  readonly nearMisses: string[];
  /** False once archived (out of the window) or merged into another story. */
  active: boolean;
  /** Set when archived: the headline chosen while the centroid was still there. */
  frozenHeadline?: string;
}

/** Document counts of one language's stems. */
export interface LanguageDf {
  docs: number;
  readonly df: Map<string, number>;
}

export interface ClusterState {
  readonly options: ClusterOptions;
  /** Every story by id, in creation order (merged-away stories are removed; see `aliases`). */
  readonly stories: Map<string, Story>;
  /** Merged-away story id -> the id it was merged into. */
  readonly aliases: Map<string, string>;
  /** Article id -> story id at assignment (resolve through `aliases`). */
  readonly articleStory: Map<string, string>;
  /**
   * Document frequency of every feature over the whole stream, per kind (vectors.ts `DF_KINDS`: the indexed
   * kinds and concepts). The slot of terms stays empty: terms are counted per language (`termDf`).
   */
  readonly df: readonly Map<string, number>[];
  /** Articles seen. */
  docs: number;
  /**
   * Per language: articles seen in it and the document frequency of its stems. An article's terms take their
   * IDF, and their stop-feature share, from its own language: in a multilingual stream every word of a
   * minority language is rare in the whole stream, so its common words (country, president, new) weighed like
   * names and unrelated articles in that language looked alike.
   */
  readonly termDf: Map<string, LanguageDf>;
  /** Per feature kind: feature -> the stories posted under it, least recently updated first. */
  readonly index: readonly Map<string, Story[]>[];
  /** Look-ups so far (the mark of the current one; see `Story.lookupMark`). */
  lookups: number;
  /** Active story id -> last update day, least recently updated first (for eviction). */
  readonly active: Map<string, number>;
  /** Latest publication day seen (the stream's clock); undefined until an article has a day. */
  clock?: number;
}

/** A fresh, empty clustering state. */
export function createClusterState(options: Partial<ClusterOptions> = {}): ClusterState {
  return {
    options: { ...DEFAULT_CLUSTER_OPTIONS, ...options },
    stories: new Map(),
    aliases: new Map(),
    articleStory: new Map(),
    df: [new Map(), new Map(), new Map(), new Map(), new Map()],
    docs: 0,
    termDf: new Map(),
    index: [new Map(), new Map(), new Map(), new Map()],
    lookups: 0,
    active: new Map(),
  };
}

/** The current id of a story (follows merges); the id itself when it was never merged. */
export function resolveStoryId(state: ClusterState, id: string): string {
  let cur = id;
  for (let next = state.aliases.get(cur); next !== undefined; next = state.aliases.get(cur)) cur = next;
  return cur;
}

/** The story an article was assigned to (after merges), or undefined. */
export function storyOfArticle(state: ClusterState, articleId: string): string | undefined {
  const id = state.articleStory.get(articleId);
  return id === undefined ? undefined : resolveStoryId(state, id);
}
