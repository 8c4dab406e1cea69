/**
 * Story detail: what a story page shows, composed from the store. Places and countries come from the entity
 * index of every member (one query); quotes and coverage need the members' full analyses, so they read a
 * capped selection of members: the earliest-published article of each outlet first, then each outlet's
 * second, and so on (every outlet is heard before any outlet is heard twice). All of that, the
 * {@link StoryView}, is prepared when a story changes (`Library.prepareStories`, run after every ingest) and
 * stored, so the first view of a page reads it instead of decoding and aligning dozens of articles. The view
 * also holds the member rows, so a page reads only the story's head (row, summary, member ids: enough to tell
 * whether the view is current) and no member article's row. A page shows a digest of a large story's coverage
 * (`coverage-digest.ts`); the whole comparison is stored in a section of its own, read only for its own page.
 * The rest of the page's part is stored as the JSON text it is sent as, so a JSON answer splices it in; page
 * views ({@link PageView}) are kept in memory by the library ({@link ViewCache}) while their story's members
 * stay the same.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis } from '../../core/types.ts';
import { placeCoordinates } from '../../core/gazetteer/coordinates.ts';
import { createSizedLru } from '../../core/sized-lru.ts';
import type { Coverage } from '../../core/coverage/index.ts';
import { coverageOf } from '../coverage.ts';
import type { Store, StoredStory, StoryEntityRow, StoryHead, StoryMemberRow } from '../store/types.ts';
import { coverageDigest, coverageFactsPage, coverageTotals } from './coverage-digest.ts';
import { quoteTotals, speakersDigest, speakersPage } from './quotes-digest.ts';
import type {
  CoverageTotals,
  QuoteTotals,
  StoryArticlesOptions,
  StoryCoveragePage,
  StoryQuotesPage,
  StoryArticlesPage,
  StoryDetail,
  StoryPlace,
  StorySpeaker,
} from './types.ts';

/**
 * Member articles compared for coverage at most: the comparison is pairwise over facts, and a matrix of more
 * outlets than this is unreadable anyway.
 */
export const COVERAGE_MAX_ARTICLES = 24;
/** Member articles whose quotes are gathered at most (each costs decoding its stored analysis). */
export const QUOTES_MAX_ARTICLES = 64;

const PLACE_PREFIX = /^(country|city|region):/;

/** English names of ISO 3166-1 alpha-2 codes (Intl, no data file needed). */
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of a country code, or the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return REGION_NAMES.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most used value of a count map (ties: alphabetical first). */
function mostUsed(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [v, c] of counts) {
    if (c > n || (c === n && best !== undefined && v < best)) {
      best = v;
      n = c;
    }
  }
  return best;
}

/**
 * Members picked outlet by outlet: each outlet's earliest article (outlets in order of their first article),
 * then each one's second, ..., up to `cap`. Members come in publication order.
 */
export function pickPerOutlet<M extends StoryMemberRow>(members: readonly M[], cap: number): M[] {
  const byOutlet = new Map<string, M[]>();
  for (const m of members) {
    const key = m.source ?? `\u0000${m.id}`;
    const list = byOutlet.get(key) ?? [];
    list.push(m);
    byOutlet.set(key, list);
  }
  const out: M[] = [];
  for (let round = 0; out.length < cap; round++) {
    let any = false;
    for (const list of byOutlet.values()) {
      if (round >= list.length) continue;
      any = true;
      out.push(list[round]);
      if (out.length >= cap) break;
    }
    if (!any) break;
  }
  return out;
}

/** A place's kind from its key (`country:BY` is a country). */
function placeKind(key: string): string {
  return PLACE_PREFIX.exec(key)?.[1] ?? 'other';
}

/** A place's country: its own code for a country key, else the index row's country. */
function placeCountry(row: StoryEntityRow): string | undefined {
  if (row.key.startsWith('country:')) return row.key.slice('country:'.length).toUpperCase();
  return row.country;
}

/** Places of the story (entity-index rows of type place, or with a place key), most articles first. */
export function storyPlaces(rows: readonly StoryEntityRow[]): StoryPlace[] {
  const acc = new Map<
    string,
    { articles: Set<string>; mentions: number; surfaces: Map<string, number>; country?: string }
  >();
  for (const r of rows) {
    if (r.type !== 'place' && !PLACE_PREFIX.test(r.key)) continue;
    let a = acc.get(r.key);
    if (!a) {
      a = { articles: new Set(), mentions: 0, surfaces: new Map() };
      acc.set(r.key, a);
    }
    a.articles.add(r.articleId);
    a.mentions += r.mentions;
    a.surfaces.set(r.surface, (a.surfaces.get(r.surface) ?? 0) + 1);
    a.country ??= placeCountry(r);
  }
  const places: StoryPlace[] = [];
  for (const [key, a] of acc) {
    const kind = placeKind(key);
    const name = kind === 'country' && a.country ? countryName(a.country) : (mostUsed(a.surfaces) ?? key);
    const at = placeCoordinates(key);
    places.push({
      key,
      name,
      ...(a.country ? { country: a.country } : {}),
      kind,
      ...(at ? { lat: at[0], lon: at[1] } : {}),
      articles: a.articles.size,
      mentions: a.mentions,
    });
  }
  return places.sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || cmp(x.key, y.key));
}

/** Countries the story's places are in, with how many member articles name a place there. */
export function storyCountries(
  rows: readonly StoryEntityRow[],
): { code: string; name: string; articles: number }[] {
  const byCode = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.type !== 'place' && !PLACE_PREFIX.test(r.key)) continue;
    const code = placeCountry(r);
    if (!code) continue;
    const set = byCode.get(code) ?? new Set<string>();
    set.add(r.articleId);
    byCode.set(code, set);
  }
  return [...byCode]
    .map(([code, set]) => ({ code, name: countryName(code), articles: set.size }))
    .sort((a, b) => b.articles - a.articles || cmp(a.code, b.code));
}

/**
 * Statements grouped by speaker (speaker key, else the speaker's name folded to lower case): speakers quoted
 * by most articles first, then most quotes, then name; unattributed statements last. Scare-quoted terms are
 * not statements and are left out.
 */
export function storySpeakers(analyses: readonly Analysis[]): StorySpeaker[] {
  interface Group {
    names: Map<string, number>;
    key?: string;
    articles: Set<string>;
    quotes: StorySpeaker['quotes'][number][];
  }
  const groups = new Map<string, Group>();
  const UNATTRIBUTED = '\u0000';
  for (const { article, annotations } of analyses) {
    for (const q of annotations.quotes.quotes) {
      if (q.kind !== 'statement') continue;
      const speaker = q.speaker?.trim();
      const id = q.speakerKey ?? (speaker ? speaker.toLowerCase() : UNATTRIBUTED);
      let g = groups.get(id);
      if (!g) {
        g = { names: new Map(), articles: new Set(), quotes: [] };
        if (q.speakerKey) g.key = q.speakerKey;
        groups.set(id, g);
      }
      if (speaker) g.names.set(speaker, (g.names.get(speaker) ?? 0) + 1);
      g.articles.add(article.id);
      g.quotes.push({
        text: q.text,
        articleId: article.id,
        ...(article.source ? { source: article.source } : {}),
        lang: annotations.language.lang,
      });
    }
  }
  const speakers = [...groups].map(([id, g]) => ({
    id,
    articles: g.articles.size,
    speaker: {
      speaker: id === UNATTRIBUTED ? '' : (mostUsed(g.names) ?? id),
      ...(g.key ? { speakerKey: g.key } : {}),
      quotes: g.quotes,
    } satisfies StorySpeaker,
  }));
  speakers.sort(
    (a, b) =>
      Number(a.id === UNATTRIBUTED) - Number(b.id === UNATTRIBUTED) ||
      b.articles - a.articles ||
      b.speaker.quotes.length - a.speaker.quotes.length ||
      cmp(a.speaker.speaker, b.speaker.speaker) ||
      cmp(a.id, b.id),
  );
  return speakers.map((s) => s.speaker);
}

/**
 * Sentences of each article the coverage comparison reads at most: it aligns every pair of articles sentence
 * by sentence, so long pages (transcripts, scraped home pages of 300 sentences) would cost seconds per story;
 * a news report rarely runs past 60 sentences.
 */
export const COVERAGE_MAX_SENTENCES = 80;
/**
 * Version of the view's content: bump it when what a view holds or how it is built changes, so views stored
 * by an older version are rebuilt rather than shown. 4: the page's coverage is a digest, the whole comparison
 * a section of its own; the page's part stored as the JSON text it is sent as. 5: the digest's facts list their
 * first wordings only. 6: the page's quotes are a digest (`quotes-digest.ts`), the whole list a section of its
 * own. 7: the page's head and part stored as they are, not deflated.
 */
export const VIEW_VERSION = 7;
/**
 * The whole coverage and the whole list of speakers are kept deflated (the coverage of long articles runs to
 * hundreds of KB of text, and each is read only for its own page). The page's head and part are not: every
 * first view of a page reads them, and inflating them (two zlib calls, ~0.13 ms on average at 100,000 stored
 * articles) cost more than reading their 3-4 times as many bytes.
 */
const VIEW_DEFLATE_LEVEL = 1;

/**
 * What a story page shows beyond the story row and its member list, prepared when the story changes and
 * stored, so that a page view reads it back (see {@link storyView}) instead of building it:
 * - places and countries, from the entity index of every member (a story of 1,000 articles has ~7,500 rows);
 * - quotes by speaker and the coverage comparison, from the full analyses of a capped selection of members
 *   (decoding them and aligning every pair of compared articles is the costly part).
 * Analyses never change once stored, so a view depends only on its story's members.
 */
export interface StoryView {
  /** {@link pickedSignature} of the members the speakers and coverage were built from. */
  readonly picked: string;
  /** The digest of {@link wholeSpeakers} a story page shows (`quotes-digest.ts`). */
  readonly speakers: readonly StorySpeaker[];
  readonly quoteTotals: QuoteTotals;
  /** Every quote by speaker (its own paged address: `Library.storyQuotes`). */
  readonly wholeSpeakers: readonly StorySpeaker[];
  /** The digest of {@link wholeCoverage} a story page shows (`coverage-digest.ts`). */
  readonly coverage: Coverage;
  readonly coverageTotals: CoverageTotals;
  /** The whole coverage comparison (its own paged address: `Library.storyCoverage`). */
  readonly wholeCoverage: Coverage;
  /** Limits applied while building it (long articles cut). */
  readonly notes: readonly string[];
  readonly places: readonly StoryPlace[];
  readonly countries: readonly { readonly code: string; readonly name: string; readonly articles: number }[];
  /**
   * The member rows in publication order (scores as when built; a page takes the current ones from the
   * memberships): a page reads them here rather than from every member article's row.
   */
  readonly members: readonly StoryMemberRow[];
}

/**
 * A view as a page uses it, and as the library keeps it: what the page is composed from, decoded; the rest of
 * the page's part (places, countries, speakers, the coverage digest) as the JSON bytes it is sent as, so a
 * JSON answer splices them in and never parses nor serialises them (`storyDetailJson`), and an HTML page parses
 * them once per kept view ({@link viewParts}).
 */
export interface PageView {
  readonly picked: string;
  readonly notes: readonly string[];
  readonly members: readonly StoryMemberRow[];
  readonly coverageTotals: CoverageTotals;
  readonly quoteTotals: QuoteTotals;
  /** UTF-8 `"places":…,"countries":…,"speakers":…,"coverage":…`, as `JSON.stringify` writes those fields. */
  readonly part: Uint8Array;
}

/** The fields of a detail that come from its view's {@link PageView.part}, in the order a detail has them. */
export type ViewParts = Pick<StoryView, 'places' | 'countries' | 'speakers' | 'coverage'>;

/** The fields of {@link PageView.part}, in their order. */
const PART_FIELDS = ['places', 'countries', 'speakers', 'coverage'] as const;

/** The part of a view built from the members' full analyses. */
type AnalysedPart = Pick<StoryView, 'wholeSpeakers' | 'wholeCoverage' | 'notes'>;

/** The members a view reads in full: up to {@link QUOTES_MAX_ARTICLES}, outlet by outlet. */
function viewMembers(members: readonly StoryMemberRow[]): StoryMemberRow[] {
  return pickPerOutlet(members, QUOTES_MAX_ARTICLES);
}

/** SHA-1 of `v<version>|part|part…` (one update: a call per part cost more than the hashing). */
function sha1(parts: readonly string[]): string {
  const text = parts.length ? `v${VIEW_VERSION}|${parts.join('|')}` : `v${VIEW_VERSION}`;
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The members a view's speakers and coverage are built from (the coverage set is the first
 * {@link COVERAGE_MAX_ARTICLES} of them, picked the same way). A story that grows past the caps by outlets
 * already heard keeps them.
 */
export function pickedSignature(members: readonly StoryMemberRow[]): string {
  return sha1(viewMembers(members).map((m) => m.id));
}

/**
 * The set of the story's members (ids sorted): a view whose signature differs from its story's current one
 * is stale. A set, not the publication order, so the memberships alone tell it (see `Store.storyHead`); the
 * order follows from the set, as stored articles never change.
 */
export function viewSignature(members: readonly { readonly id: string }[]): string {
  return sha1(members.map((m) => m.id).sort());
}

/** Speakers and coverage of a story, from its picked members' stored analyses. */
async function buildAnalysedPart(store: Store, members: readonly StoryMemberRow[]): Promise<AnalysedPart> {
  const quoted = viewMembers(members);
  const compared = new Set(pickPerOutlet(members, COVERAGE_MAX_ARTICLES).map((m) => m.id));
  const analyses: Analysis[] = [];
  for (const m of quoted) {
    const a = await store.getArticle(m.id);
    if (a) analyses.push(a.analysis);
  }
  // Publication order, as the members are, for the coverage comparison and the quotes.
  const order = new Map(members.map((m, i) => [m.id, i]));
  analyses.sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!);
  const notes: string[] = [];
  const long = analyses.filter(
    (a) => compared.has(a.article.id) && a.annotations.text.sentences.length > COVERAGE_MAX_SENTENCES,
  ).length;
  if (long > 0)
    notes.push(
      `coverage reads the first ${COVERAGE_MAX_SENTENCES} sentences of ${long === 1 ? 'one long article' : `${long} long articles`}`,
    );
  return {
    wholeSpeakers: storySpeakers(analyses),
    wholeCoverage: coverageOf(
      analyses.filter((a) => compared.has(a.article.id)),
      { maxSentences: COVERAGE_MAX_SENTENCES },
    ),
    notes,
  };
}

/**
 * Builds the view of a story. `reuse`: an earlier view of it, whose speakers and coverage are kept when they
 * were built from the same picked members (a big story gaining an article from an outlet already heard only
 * has its places counted again).
 */
export async function buildStoryView(
  store: Store,
  stored: StoredStory,
  reuse?: StoryView,
): Promise<StoryView> {
  const picked = pickedSignature(stored.members);
  const analysed = reuse && reuse.picked === picked ? reuse : await buildAnalysedPart(store, stored.members);
  const rows = await store.storyEntities(stored.id);
  return {
    picked,
    speakers: speakersDigest(analysed.wholeSpeakers),
    quoteTotals: quoteTotals(analysed.wholeSpeakers),
    wholeSpeakers: analysed.wholeSpeakers,
    coverage: coverageDigest(analysed.wholeCoverage),
    coverageTotals: coverageTotals(analysed.wholeCoverage),
    wholeCoverage: analysed.wholeCoverage,
    notes: analysed.notes,
    places: storyPlaces(rows),
    countries: storyCountries(rows),
    members: stored.members,
  };
}

/**
 * A stored view starts with these bytes (`SLV` and the version), then four sections, the first three after
 * their lengths (4 bytes, big-endian): the page's head (JSON: picked, notes, members, coverage and quote
 * totals) and the page's part (the JSON text it is sent as), both as they are; the whole coverage and the
 * whole list of speakers (JSON, deflated; each read only for its own page).
 */
const VIEW_MAGIC = Buffer.from([0x53, 0x4c, 0x56, VIEW_VERSION]);

/** The head section of a view: what a page is composed from. */
type ViewHead = Pick<PageView, 'picked' | 'notes' | 'members' | 'coverageTotals' | 'quoteTotals'>;

/** `"places":…,"coverage":…` of a view, as `JSON.stringify` of a detail writes them. */
function partJson(view: ViewParts): string {
  return PART_FIELDS.map((k) => `${JSON.stringify(k)}:${JSON.stringify(view[k])}`).join(',');
}

function lengthPrefixed(bytes: Uint8Array): Buffer[] {
  const n = Buffer.alloc(4);
  n.writeUInt32BE(bytes.byteLength);
  return [n, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)];
}

/** A view as stored, with the page view it gives and the characters that page view holds. */
function encodeSections(view: StoryView): { bytes: Uint8Array; page: PageView; chars: number } {
  const head: ViewHead = {
    picked: view.picked,
    notes: view.notes,
    members: view.members,
    coverageTotals: view.coverageTotals,
    quoteTotals: view.quoteTotals,
  };
  const headJson = JSON.stringify(head);
  const part = Buffer.from(partJson(view), 'utf8');
  const deflate = (b: string | Buffer) => deflateRawSync(b, { level: VIEW_DEFLATE_LEVEL });
  const bytes = Buffer.concat([
    VIEW_MAGIC,
    ...lengthPrefixed(Buffer.from(headJson, 'utf8')),
    ...lengthPrefixed(part),
    ...lengthPrefixed(deflate(JSON.stringify(view.wholeCoverage))),
    deflate(JSON.stringify(view.wholeSpeakers)),
  ]);
  return { bytes, page: { ...head, part }, chars: headJson.length + part.byteLength };
}

/** A view as stored. */
export function encodeView(view: StoryView): Uint8Array {
  return encodeSections(view).bytes;
}

/** The four sections of a stored view (see {@link VIEW_MAGIC}); undefined for a view stored in another format or version. */
function sections(bytes: Uint8Array): [Buffer, Buffer, Buffer, Buffer] | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.byteLength < VIEW_MAGIC.byteLength + 8 || !b.subarray(0, VIEW_MAGIC.byteLength).equals(VIEW_MAGIC))
    return undefined;
  let at = VIEW_MAGIC.byteLength;
  const next = (): Buffer => {
    const n = b.readUInt32BE(at);
    const s = b.subarray(at + 4, at + 4 + n);
    at += 4 + n;
    return s;
  };
  const head = next();
  const part = next();
  const coverage = next();
  return [head, part, coverage, b.subarray(at)];
}

/** A stored view as a page uses it (the whole coverage left deflated), with the characters it holds. */
function decodePageView(bytes: Uint8Array): { view: PageView; chars: number } | undefined {
  const s = sections(bytes);
  if (!s) return undefined;
  const headJson = s[0].toString('utf8');
  // A copy: the view is kept, the rest of the stored bytes (the whole sections) need not be.
  const part = Buffer.from(s[1]);
  const head = JSON.parse(headJson) as ViewHead;
  return { view: { ...head, part }, chars: headJson.length + part.byteLength };
}

/** The whole coverage of a stored view; undefined for a view stored in another format or version. */
export function decodeWholeCoverage(bytes: Uint8Array): Coverage | undefined {
  const s = sections(bytes);
  return s && (JSON.parse(inflateRawSync(s[2]).toString('utf8')) as Coverage);
}

/** The whole list of speakers of a stored view; undefined for a view stored in another format or version. */
export function decodeWholeSpeakers(bytes: Uint8Array): StorySpeaker[] | undefined {
  const s = sections(bytes);
  return s && (JSON.parse(inflateRawSync(s[3]).toString('utf8')) as StorySpeaker[]);
}

/** A stored view, decoded whole; undefined for a view stored in another format or version. */
function readView(bytes: Uint8Array): StoryView | undefined {
  const s = sections(bytes);
  if (!s) return undefined;
  const head = JSON.parse(s[0].toString('utf8')) as ViewHead;
  const parts = JSON.parse(`{${s[1].toString('utf8')}}`) as ViewParts;
  const wholeCoverage = JSON.parse(inflateRawSync(s[2]).toString('utf8')) as Coverage;
  const wholeSpeakers = JSON.parse(inflateRawSync(s[3]).toString('utf8')) as StorySpeaker[];
  return { ...head, ...parts, wholeCoverage, wholeSpeakers };
}

/** A stored view, decoded whole (throws on a view stored in another format or version). */
export function decodeView(bytes: Uint8Array): StoryView {
  const view = readView(bytes);
  if (!view) throw new Error('story view: stored in another format or version');
  return view;
}

/** The parsed part of each page view (parsed once per page view: the same objects while it is kept). */
const parsedParts = new WeakMap<PageView, ViewParts>();

/** The places, countries, speakers and coverage digest of a page view (parsed on first use, then kept with it). */
export function viewParts(view: PageView): ViewParts {
  let parts = parsedParts.get(view);
  if (!parts) {
    parts = JSON.parse(`{${Buffer.from(view.part).toString('utf8')}}`) as ViewParts;
    parsedParts.set(view, parts);
  }
  return parts;
}

/**
 * Default size of the library's cache of page views, in characters of their JSON: at 100,000 stored
 * articles the views of the 1,000 largest stories averaged 45,000 characters with their whole coverage (the
 * largest, 548 articles, 463,000), a page view holds about half of that, so this holds 700 or more of them.
 */
export const DEFAULT_VIEW_CACHE_CHARS = 32_000_000;

/**
 * Page views by story id, each with the signature it was current for. Past its size (characters of view
 * JSON) the least recently used go first. A view is found only under its story's current signature, so a
 * story that changed is read again from the store.
 */
export interface ViewCache {
  get(storyId: string, signature: string): PageView | undefined;
  set(storyId: string, signature: string, view: PageView, chars: number): void;
  /** Characters of the views held. */
  readonly chars: number;
  /** Characters it holds at most (0: it keeps nothing). */
  readonly capacity: number;
}

/** A {@link ViewCache} holding at most `maxChars` characters of view JSON (0: holds nothing). */
export function createViewCache(maxChars: number): ViewCache {
  const views = createSizedLru<string, { signature: string; view: PageView }>(maxChars);
  return {
    get(storyId, signature) {
      const e = views.get(storyId);
      return e && e.signature === signature ? e.view : undefined;
    },
    set(storyId, signature, view, chars) {
      views.set(storyId, { signature, view }, chars);
    },
    get chars() {
      return views.size;
    },
    capacity: maxChars,
  };
}

/** What {@link prepareStoryView} gives: the view, whether it was built now, and its page view. */
export interface PreparedView {
  readonly view: StoryView;
  readonly built: boolean;
  readonly page: PageView;
  /** Characters the page view holds (what the {@link ViewCache} counts). */
  readonly chars: number;
}

/**
 * Builds and stores the view of a story unless the stored one is current. Returns whether it was built, and
 * its page view. A read-only store keeps nothing (the view is still returned).
 */
export async function prepareStoryView(
  store: Store,
  stored: StoredStory,
  signature: string = viewSignature(stored.members),
): Promise<PreparedView> {
  const had = await store.getStoryView(stored.id);
  const old = had && readView(had.body);
  if (had && old && had.signature === signature) {
    const { view: page, chars } = decodePageView(had.body)!;
    return { view: old, built: false, page, chars };
  }
  // A view of an older version is not reused: its signatures were made under another version.
  const view = await buildStoryView(store, stored, old);
  const { bytes, page, chars } = encodeSections(view);
  try {
    await store.putStoryView(stored.id, { signature, body: bytes });
  } catch (e) {
    // A store opened read-only serves pages without keeping what it built.
    if ((e as { code?: string }).code !== 'SQLITE_READONLY') throw e;
  }
  return { view, built: true, page, chars };
}

/**
 * The page view of a story current for `signature`, from the cache or else from the store (kept in the cache
 * then); undefined when neither holds it (the caller builds it, or reads the story in full).
 */
async function currentView(
  store: Store,
  storyId: string,
  signature: string,
  cache: ViewCache | undefined,
): Promise<PageView | undefined> {
  const hit = cache?.get(storyId, signature);
  if (hit) return hit;
  const had = await store.getStoryView(storyId);
  if (!had || had.signature !== signature) return undefined;
  const decoded = decodePageView(had.body);
  if (!decoded) return undefined;
  cache?.set(storyId, signature, decoded.view, decoded.chars);
  return decoded.view;
}

/**
 * Keeps the stored page view of a story in the cache when it is current (reads its head and its view; builds
 * nothing). Returns whether it is kept now.
 */
export async function keepStoryView(store: Store, id: string, cache: ViewCache): Promise<boolean> {
  const head = await store.storyHead(id);
  return (
    head !== undefined &&
    (await currentView(store, head.id, viewSignature(head.members), cache)) !== undefined
  );
}

/**
 * The page view of a story: from the cache when it holds the current one, else the stored one when current,
 * else built now (and stored).
 */
export async function storyView(store: Store, stored: StoredStory, cache?: ViewCache): Promise<PageView> {
  const signature = viewSignature(stored.members);
  const kept = await currentView(store, stored.id, signature, cache);
  if (kept) return kept;
  const { page, chars } = await prepareStoryView(store, stored, signature);
  cache?.set(stored.id, signature, page, chars);
  return page;
}

/**
 * Members latest first: the dated ones from the latest publication back (the latest stored first among
 * equal times), then the undated ones in arrival order. `members` come in publication order, undated last.
 */
function newestFirst<M extends StoryMemberRow>(members: readonly M[]): M[] {
  const undated = members.findIndex((m) => !m.published);
  const cut = undated < 0 ? members.length : undated;
  return [...members.slice(0, cut).reverse(), ...members.slice(cut)];
}

/** The page of a story's members asked for (all of them, in publication order, by default). */
export function pageArticles<M extends StoryMemberRow>(
  members: readonly M[],
  options: StoryArticlesOptions = {},
): { articles: M[]; page: StoryArticlesPage } {
  const order = options.order ?? 'oldest';
  const total = members.length;
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = options.limit === undefined ? total : Math.max(0, Math.floor(options.limit));
  const ordered = order === 'newest' ? newestFirst(members) : members;
  return { articles: ordered.slice(offset, offset + limit), page: { order, offset, limit, total } };
}

/** Options of {@link storyDetail}. */
export interface StoryDetailOptions {
  /** Page views kept between calls. */
  readonly cache?: ViewCache;
  /** Which articles to list (default all, in publication order). */
  readonly articles?: StoryArticlesOptions;
}

/** A story's head or full row, its members in publication order and its page view: what a detail is made of. */
interface DetailSource {
  readonly story: StoryHead | StoredStory;
  readonly members: readonly StoryMemberRow[];
  readonly view: PageView;
}

/** The full detail of a stored story (see the module comment for what is capped). */
export async function storyDetail(
  store: Store,
  stored: StoredStory,
  options: StoryDetailOptions = {},
): Promise<StoryDetail> {
  const view = await storyView(store, stored, options.cache);
  return composeDetail({ story: stored, members: stored.members, view }, options.articles);
}

/**
 * What a story's detail is made of, from its head (its row and member ids): its members' rows come from its
 * view (kept, or stored and current), so no member article is read; without a current view the story is read
 * in full (`id`: as asked for, so a merged id stays told) and its view built and stored. Undefined when the
 * story went in between.
 */
async function detailSource(
  store: Store,
  id: string,
  head: StoryHead,
  cache: ViewCache | undefined,
): Promise<DetailSource | undefined> {
  const view = await currentView(store, head.id, viewSignature(head.members), cache);
  if (!view) {
    const stored = await store.getStory(id);
    return stored && { story: stored, members: stored.members, view: await storyView(store, stored, cache) };
  }
  const scores = new Map(head.members.map((m) => [m.id, m.score]));
  const members = view.members.map((m) => {
    const score = scores.get(m.id) ?? m.score;
    return score === m.score ? m : { ...m, score };
  });
  return { story: head, members, view };
}

/** The full detail of a story from its head (see {@link detailSource}); undefined when the story went. */
export async function storyDetailOfHead(
  store: Store,
  id: string,
  head: StoryHead,
  options: StoryDetailOptions = {},
): Promise<StoryDetail | undefined> {
  const source = await detailSource(store, id, head, options.cache);
  return source && composeDetail(source, options.articles);
}

/**
 * `JSON.stringify` of {@link storyDetailOfHead}'s detail, as UTF-8 bytes, made without parsing or serialising
 * the view's part: its stored JSON text is spliced in. Undefined when the story went.
 */
export async function storyDetailJsonOfHead(
  store: Store,
  id: string,
  head: StoryHead,
  options: StoryDetailOptions = {},
): Promise<{ story: StoryDetail['story']; resolvedFrom?: string; json: Uint8Array } | undefined> {
  const source = await detailSource(store, id, head, options.cache);
  if (!source) return undefined;
  const { before, after } = detailFields(source, options.articles);
  // The fields around the part, as JSON.stringify writes them (the braces cut off).
  const open = JSON.stringify(before);
  const close = JSON.stringify(after);
  const json = Buffer.concat([
    Buffer.from(`${open.slice(0, -1)},`, 'utf8'),
    source.view.part,
    Buffer.from(`,${close.slice(1)}`, 'utf8'),
  ]);
  return { story: before.story, ...(before.resolvedFrom ? { resolvedFrom: before.resolvedFrom } : {}), json };
}

/** The fields of a detail before its view's part and after it, in the order of a detail. */
function detailFields(
  { story, members, view }: DetailSource,
  list: StoryArticlesOptions | undefined,
): {
  before: Pick<StoryDetail, 'story' | 'resolvedFrom' | 'summary' | 'articles' | 'articlesPage'>;
  after: Pick<StoryDetail, 'coverageTotals' | 'quoteTotals' | 'notes'>;
} {
  const { summary, resolvedFrom, members: _members, ...row } = story;
  const notes: string[] = [];
  const compared = Math.min(members.length, COVERAGE_MAX_ARTICLES);
  const quoted = Math.min(members.length, QUOTES_MAX_ARTICLES);
  if (members.length > compared)
    notes.push(
      `coverage compares ${compared} of ${members.length} articles (the earliest of each outlet first)`,
    );
  if (members.length > quoted)
    notes.push(`quotes are from ${quoted} of ${members.length} articles (the earliest of each outlet first)`);
  notes.push(...view.notes);
  const { articles, page } = pageArticles(members, list);
  return {
    before: {
      story: row,
      ...(resolvedFrom !== undefined ? { resolvedFrom } : {}),
      summary,
      articles,
      articlesPage: page,
    },
    after: {
      coverageTotals: view.coverageTotals,
      quoteTotals: view.quoteTotals,
      ...(notes.length ? { notes } : {}),
    },
  };
}

/** A detail from what it is made of (the view's part parsed once per page view). */
function composeDetail(source: DetailSource, list: StoryArticlesOptions | undefined): StoryDetail {
  const { before, after } = detailFields(source, list);
  return { ...before, ...viewParts(source.view), ...after };
}

/**
 * One whole section of a story's view (its coverage, its speakers), from its head: read from its stored view
 * when current, else the view is built and stored first. Undefined when the story went in between.
 */
async function wholeOfHead<T>(
  store: Store,
  id: string,
  head: StoryHead,
  decode: (bytes: Uint8Array) => T | undefined,
  built: (view: StoryView) => T,
): Promise<T | undefined> {
  const signature = viewSignature(head.members);
  const had = await store.getStoryView(head.id);
  const kept = had && had.signature === signature ? decode(had.body) : undefined;
  if (kept) return kept;
  const stored = await store.getStory(id);
  return stored && built((await prepareStoryView(store, stored, signature)).view);
}

/** Offset and limit of a page, whole numbers within the list (limit default: all of it). */
function pageBounds(
  total: number,
  options: { readonly offset?: number; readonly limit?: number },
): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = options.limit === undefined ? total : Math.max(0, Math.floor(options.limit));
  return { offset, limit };
}

/**
 * A page of a story's whole coverage comparison, from its head (see {@link wholeOfHead}). Undefined when the
 * story went in between.
 */
export async function storyCoverageOfHead(
  store: Store,
  id: string,
  head: StoryHead,
  options: { readonly offset?: number; readonly limit?: number } = {},
): Promise<StoryCoveragePage | undefined> {
  const whole = await wholeOfHead(store, id, head, decodeWholeCoverage, (v) => v.wholeCoverage);
  if (!whole) return undefined;
  const total = whole.facts.length;
  const { offset, limit } = pageBounds(total, options);
  return {
    storyId: head.id,
    ...(head.resolvedFrom !== undefined ? { resolvedFrom: head.resolvedFrom } : {}),
    headline: head.summary.headline || head.headline,
    coverage: coverageFactsPage(whole, offset, limit),
    factsPage: { offset, limit, total },
    coverageTotals: coverageTotals(whole),
  };
}

/**
 * A page of a story's whole list of quotes by speaker, from its head (see {@link wholeOfHead}): quotes
 * `offset` to `offset + limit`, counted across speakers. Undefined when the story went in between.
 */
export async function storyQuotesOfHead(
  store: Store,
  id: string,
  head: StoryHead,
  options: { readonly offset?: number; readonly limit?: number } = {},
): Promise<StoryQuotesPage | undefined> {
  const whole = await wholeOfHead(store, id, head, decodeWholeSpeakers, (v) => v.wholeSpeakers);
  if (!whole) return undefined;
  const totals = quoteTotals(whole);
  const { offset, limit } = pageBounds(totals.quotes, options);
  return {
    storyId: head.id,
    ...(head.resolvedFrom !== undefined ? { resolvedFrom: head.resolvedFrom } : {}),
    headline: head.summary.headline || head.headline,
    speakers: speakersPage(whole, offset, limit),
    quotesPage: { offset, limit, total: totals.quotes },
    quoteTotals: totals,
  };
}
