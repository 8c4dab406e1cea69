/**
 * Candidate mentions in the caseless scripts, where capitalisation says nothing:
 * - Arabic: gazetteer hits; a name right after a person cue chain (الرئيس الروسي فلاديمير بوتين, وقال وزير
 *   الخارجية ...), the cue and its complements skipped; organisation words with their genitive complement
 *   (وزارة الخارجية); later repetitions of a found name (with proclitics و ب ل stripped);
 * - Chinese: gazetteer substrings; person names after titles (总统普京, 发言人赵立坚) or before verbs of speech
 *   (卢卡申科表示): a run of transliteration characters, or a common family name plus one or two characters;
 *   later repetitions of a found name.
 */
import type { Sentence, Token } from '../types.ts';
import { foldName } from './fold.ts';
import { ar, zh } from './lang/index.ts';
import {
  Evidence,
  copyCandidate,
  newCandidate,
  type Candidate,
  type EntityLookups,
  type GazetteerHit,
  type TextHit,
} from './model.ts';
import type { TokenSeq } from './cased.ts';

/** Cue-chain words skipped between an Arabic cue and the name (رئيس وزراء روسيا ...). */
const MAX_AR_SKIP = 10;
/** Words in an Arabic name found after a cue (given name + family name). */
const MAX_AR_NAME = 2;
/** Words after an Arabic organisation word (وزارة الخارجية الروسية -> وزارة الخارجية). */
const MAX_AR_ORG_TAIL = 3;
/** Arabic proclitics stripped when looking for repetitions of a found name (وبوتين, لبوتين). */
const AR_PROCLITICS = /^(?:و|ف|ب|ل|وب|ول|فب)(?=..)/;
const AR_DEFINITE = 'ال';
/** "on behalf of" (المتحدث باسم ...): an organisation follows. */
const BI_ISM = foldName('باسم');
/** Words of the organisation after باسم (المديرية العامة للسلامة الساحلية). */
const MAX_AR_ORG_PHRASE = 5;
/** Proclitic + article at the start of a word: a common noun phrase, not a name. */
const AR_CLITIC_DEFINITE = /^(?:بال|وال|فال|كال|لل|وبال|ولل)/;
/** First halves of compound Arabic names (عبد الله, أبو بكر, بن علي). */
const AR_COMPOUND = new Set(['عبد', 'ابو', 'أبو', 'بن', 'ابن', 'بنت'].map((w) => foldName(w)));

const AR_CUES = new Set(ar.personCues.map(foldName));
const AR_COMPLEMENTS = new Set(ar.complements.map(foldName));
const AR_STOP = new Set(ar.stop.map(foldName));
const AR_ORG = new Set(ar.orgWords.map(foldName));
/** Arabic cue words that are roles (nouns), kept in `roles`; the verbs of speech are not. */
const AR_ROLE_NOUNS = new Set(ar.personCues.slice(0, ar.personCues.indexOf('قال')).map(foldName));

/** Arabic candidates of one token sequence. */
export function findArabicCandidates(seq: TokenSeq, lookups: EntityLookups, out: Candidate[]): void {
  const { tokens, src, title } = seq;
  const n = tokens.length;
  if (n === 0) return;
  const norms = tokens.map((t) => t.norm);
  const ctx = { lang: 'ar', texts: tokens.map((t) => t.text) };
  const hits: (GazetteerHit | undefined)[] = new Array<GazetteerHit | undefined>(n);
  for (let i = 0; i < n; i++)
    if ((tokens[i] as Token).kind === 'word') hits[i] = lookups.matchAt(norms, i, ctx);
  const covered = new Uint8Array(n);
  const sameSentence = (a: number, b: number): boolean =>
    (tokens[a] as Token).sentence === (tokens[b] as Token).sentence;
  const isWord = (i: number): boolean => i < n && (tokens[i] as Token).kind === 'word';
  const make = (s: number, e: number): Candidate =>
    newCandidate(
      src.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end),
      norms.slice(s, e),
      (tokens[s] as Token).start,
      (tokens[e - 1] as Token).end,
      (tokens[s] as Token).sentence,
      title,
      false,
      false,
    );
  const nameWords = new Set<string>();

  for (let i = 0; i < n; i++) {
    if (!isWord(i)) continue;
    const hit = hits[i];
    if (hit) {
      if (!hit.adjectival) {
        const c = make(i, i + hit.length);
        c.type = hit.kind === 'org' ? 'organization' : 'place';
        c.evidence = Evidence.Strong;
        c.gazKey = hit.key;
        if (hit.country !== undefined) c.country = hit.country;
        out.push(c);
      }
      for (let k = i; k < i + hit.length; k++) covered[k] = 1;
      i += hit.length - 1;
      continue;
    }
    const norm = norms[i] as string;
    if (AR_ORG.has(norm)) {
      // The organisation word, its genitive complements (definite words, or one construct noun right after
      // it: هيئة ميناء), and a closing place name (هيئة ميناء الإسكندرية).
      let e = i + 1;
      while (e < n && e - i <= MAX_AR_ORG_TAIL && isWord(e) && sameSentence(i, e)) {
        const w = norms[e] as string;
        const h = hits[e];
        if (h !== undefined) {
          if (!h.adjectival && e > i + 1) e += h.length;
          break;
        }
        if (AR_STOP.has(w) || AR_CUES.has(w)) break;
        if (!w.startsWith(AR_DEFINITE)) {
          // One construct noun right after the organisation word, only if a definite word or a place follows.
          const next = norms[e + 1];
          if (e > i + 1 || next === undefined || !(next.startsWith(AR_DEFINITE) || hits[e + 1] !== undefined))
            break;
        }
        e++;
      }
      if (e > i + 1) {
        const c = make(i, e);
        c.type = 'organization';
        c.evidence = Evidence.Cue;
        out.push(c);
        for (let k = i; k < e; k++) covered[k] = 1;
        i = e - 1;
        continue;
      }
    }
    if (!AR_CUES.has(norm)) continue;
    // Skip the rest of the cue chain: more cues, complements, nationality adjectives, country names.
    let k = i + 1;
    let skipped = 0;
    let role = AR_ROLE_NOUNS.has(norm) ? (tokens[i] as Token).text : undefined;
    while (k < n && skipped < MAX_AR_SKIP && isWord(k) && sameSentence(i, k)) {
      const w = norms[k] as string;
      const h = hits[k];
      if (w === BI_ISM) {
        // المتحدث باسم المديرية العامة للسلامة الساحلية التركية سيلين يورت: the organisation, then the name.
        let e = k + 1;
        while (e < n && e - k <= MAX_AR_ORG_PHRASE && isWord(e) && sameSentence(i, e)) {
          const h = hits[e];
          const word = norms[e] as string;
          if (
            e > k + 1 &&
            (h?.adjectival === true || !(word.startsWith(AR_DEFINITE) || word.startsWith('لل')))
          )
            break;
          e += h !== undefined && !h.adjectival ? h.length : 1;
        }
        if (e > k + 1) {
          const org = make(k + 1, e);
          const h = hits[k + 1];
          if (h === undefined || h.length < e - k - 1) {
            org.type = 'organization';
            org.evidence = Evidence.Cue;
            out.push(org);
            for (let m = k + 1; m < e; m++) covered[m] = 1;
          }
        }
        while (e < n && isWord(e) && hits[e]?.adjectival === true) e++;
        skipped += e - k;
        k = e;
        continue;
      }
      // Cues, complements, and the portfolio of a minister (وزير النقل): definite words are not names here.
      if (AR_CUES.has(w) || AR_COMPLEMENTS.has(w) || (w.startsWith(AR_DEFINITE) && !AR_STOP.has(w))) {
        if (role === undefined && AR_ROLE_NOUNS.has(w)) role = (tokens[k] as Token).text;
        k++;
        skipped++;
        continue;
      }
      if (h && (h.adjectival || h.kind === 'country')) {
        k += h.length;
        skipped++;
        continue;
      }
      break;
    }
    let e = k;
    let parts = 0;
    while (e < n && parts < MAX_AR_NAME && isWord(e) && sameSentence(i, e) && !hits[e]) {
      const w = norms[e] as string;
      if (AR_STOP.has(w) || AR_CUES.has(w) || AR_COMPLEMENTS.has(w) || AR_ORG.has(w)) break;
      if (e === k && w.startsWith(AR_DEFINITE)) break;
      // A preposition or conjunction glued to the article (بالعاهل, والرئيس) is no name.
      if (AR_CLITIC_DEFINITE.test(w)) break;
      // ... nor a cue word with a proclitic (لرئيس, وللوزير).
      if (AR_CUES.has(w.replace(AR_PROCLITICS, ''))) break;
      // Compound names count as one part: عبد الرحمن, أبو مازن, بن سلمان.
      if (AR_COMPOUND.has(w) && e + 1 < n && isWord(e + 1) && sameSentence(i, e + 1)) e++;
      e++;
      parts++;
    }
    if (e === k) continue;
    const c = make(k, e);
    c.type = 'person';
    // In a headline the word after a cue is as often a verb (يزور) as a name: title mentions only join.
    c.evidence = title ? Evidence.Weak : Evidence.Cue;
    if (role !== undefined) c.roles = [role];
    out.push(c);
    for (let m = k; m < e; m++) {
      covered[m] = 1;
      nameWords.add(norms[m] as string);
    }
    i = e - 1; // the cue chain is consumed: its later cue words must not emit the same name again
  }

  // Later mentions of a found name: the family name (last word) alone, proclitics stripped.
  if (nameWords.size === 0) return;
  for (let i = 0; i < n; i++) {
    if (covered[i] === 1 || !isWord(i)) continue;
    const w = norms[i] as string;
    const bare = nameWords.has(w) ? w : w.replace(AR_PROCLITICS, '');
    if (!nameWords.has(bare)) continue;
    const c = copyCandidate(make(i, i + 1), [bare]);
    c.type = 'person';
    c.evidence = Evidence.Weak;
    out.push(c);
  }
}

const ZH_TITLES = [...zh.titles].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const ZH_TITLE_RE = new RegExp(ZH_TITLES.join('|'), 'g');
const ZH_AFTER_RE = new RegExp(zh.after.join('|'), 'g');
const ZH_SURNAMES = new Set(zh.surnames);
const ZH_TRANSLIT = new Set(zh.translitChars);
const ZH_STOP = new Set(zh.stopChars);
const HAN = /\p{Script=Han}/u;
/** Longest transliterated foreign name, in characters (卢卡申科, 泽连斯基, 纳扎尔巴耶夫). */
const MAX_TRANSLIT = 8;
/** Shortest transliterated name (普京). */
const MIN_TRANSLIT = 2;
const MIDDLE_DOT = '·';

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** A person name starting at `k` after a title: transliterated run, or family name + 1-2 characters. */
function nameAfter(text: string, k: number): string | undefined {
  const first = text[k];
  if (first === undefined) return undefined;
  if (ZH_TRANSLIT.has(first)) {
    let e = k;
    while (
      e < text.length &&
      e - k < MAX_TRANSLIT &&
      (ZH_TRANSLIT.has(text[e] as string) || text[e] === MIDDLE_DOT)
    )
      e++;
    if (e - k >= MIN_TRANSLIT) return text.slice(k, e);
  }
  if (ZH_SURNAMES.has(first)) {
    let e = k + 1;
    while (e < text.length && e - k < 3 && isHan(text[e]) && !ZH_STOP.has(text[e] as string)) e++;
    if (e - k >= 2) return text.slice(k, e);
  }
  return undefined;
}

/** A person name ending right before `k` (a verb of speech): transliterated run, or family name + 1-2. */
function nameBefore(text: string, k: number): string | undefined {
  let s = k;
  while (
    s > 0 &&
    k - s < MAX_TRANSLIT &&
    (ZH_TRANSLIT.has(text[s - 1] as string) || text[s - 1] === MIDDLE_DOT)
  )
    s--;
  if (k - s >= MIN_TRANSLIT + 1) return text.slice(s, k);
  for (const len of [3, 2]) {
    const c = text[k - len];
    if (c !== undefined && ZH_SURNAMES.has(c)) {
      const name = text.slice(k - len, k);
      let ok = true;
      for (const ch of name) if (!isHan(ch) || ZH_STOP.has(ch)) ok = false;
      if (ok) return name;
    }
  }
  return undefined;
}

/** Sentence index of offset `at` (binary search over sentence spans), or -1. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}

const ZH_ORG_SUFFIX_RE = new RegExp([...zh.orgSuffixes].sort((a, b) => b.length - a.length).join('|'), 'g');
/** Characters of a company name before its suffix (天宇|汽车, 华信|银行). */
const MAX_ZH_ORG_HEAD = 4;
const MIN_ZH_ORG_HEAD = 2;
const ZH_ORGS = [...zh.organisations].sort((a, b) => b.length - a.length);

/** Gazetteer hits plus the curated government bodies (外交部) not already covered, in text order. */
function chineseOrgs(text: string, hits: readonly TextHit[]): TextHit[] {
  const out = [...hits];
  const covered = (s: number, e: number): boolean => out.some((h) => h.start < e && s < h.end);
  for (const org of ZH_ORGS) {
    for (let at = text.indexOf(org); at >= 0; at = text.indexOf(org, at + org.length)) {
      if (covered(at, at + org.length)) continue;
      out.push({
        key: '',
        kind: 'org',
        name: org,
        length: org.length,
        adjectival: false,
        start: at,
        end: at + org.length,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Chinese candidates of one text (the body or the title). */
export function findChineseCandidates(
  text: string,
  title: boolean,
  sentences: readonly Sentence[],
  lookups: EntityLookups,
  out: Candidate[],
): void {
  if (text.length === 0) return;
  const sentence = (at: number): number => (title ? -1 : sentenceAt(sentences, at));
  const covered = new Uint8Array(text.length);
  const base = (start: number, end: number): Candidate =>
    newCandidate(
      text.slice(start, end),
      [text.slice(start, end)],
      start,
      end,
      sentence(start),
      title,
      false,
      false,
    );
  for (const h of chineseOrgs(text, lookups.matchText?.(text) ?? [])) {
    for (let k = h.start; k < h.end; k++) covered[k] = 1;
    if (h.adjectival) continue;
    const c = base(h.start, h.end);
    c.type = h.kind === 'org' ? 'organization' : 'place';
    c.evidence = Evidence.Strong;
    if (h.key !== '') c.gazKey = h.key;
    if (h.country !== undefined) c.country = h.country;
    out.push(c);
  }
  // "天宇汽车将在...", "华信银行": two to four characters before an organisation suffix, not crossing
  // punctuation, function characters or a gazetteer name.
  for (const m of text.matchAll(ZH_ORG_SUFFIX_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    let start = m.index ?? 0;
    while (start > 0 && (m.index ?? 0) - start < MAX_ZH_ORG_HEAD) {
      const ch = text[start - 1] as string;
      if (!isHan(ch) || ZH_STOP.has(ch) || covered[start - 1] === 1) break;
      start--;
    }
    if ((m.index ?? 0) - start < MIN_ZH_ORG_HEAD || covered[end - 1] === 1) continue;
    for (let k = start; k < end; k++) covered[k] = 1;
    const c = base(start, end);
    c.type = 'organization';
    c.evidence = Evidence.Cue;
    out.push(c);
  }
  const names = new Map<string, string | undefined>();
  for (const m of text.matchAll(ZH_TITLE_RE)) {
    const k = (m.index ?? 0) + m[0].length;
    if (covered[k] === 1) continue;
    const name = nameAfter(text, k);
    if (name !== undefined && !names.has(name)) names.set(name, m[0]);
  }
  for (const m of text.matchAll(ZH_AFTER_RE)) {
    const k = m.index ?? 0;
    if (k === 0 || covered[k - 1] === 1) continue;
    const name = nameBefore(text, k);
    if (name !== undefined && !names.has(name)) names.set(name, undefined);
  }
  // Every occurrence of a found name is a mention (longest names first so 普京 inside 普京娜 is not double-counted).
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const name of sorted) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (covered[at] === 1 || covered[at + name.length - 1] === 1) continue;
      for (let k = at; k < at + name.length; k++) covered[k] = 1;
      const c = base(at, at + name.length);
      c.type = 'person';
      c.evidence = Evidence.Cue;
      const role = names.get(name);
      if (role !== undefined) c.roles = [role];
      out.push(c);
    }
  }
}
