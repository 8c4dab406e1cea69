/**
 * The entity scan's shortcuts answer as the questions they replace: a word's class bits equal the cue-table
 * predicates one by one, the role and organisation tests with their affix filter equal the plain stem and
 * suffix rules, and the on-demand case statistics equal the sets of the body's words. Checked on every word
 * of the bundled sample corpus (each article in its own language) and on edge rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStage } from '../../src/core/stages/clean.ts';
import { textStage } from '../../src/core/stages/text.ts';
import type { Annotations, Article, Token } from '../../src/core/types.ts';
import {
  cuesFor,
  isOrgIntro,
  isOrgWord,
  isRole,
  type CompiledCues,
} from '../../src/core/entities/lang/index.ts';
import { ROLE_STEM_SLACK } from '../../src/core/entities/lang/types.ts';
import { isGivenName, isGivenNameInflected } from '../../src/core/entities/given-names.ts';
import { CaseStats } from '../../src/core/entities/cased.ts';
import {
  ARTICLES,
  BARE_ARTICLE,
  BARE_CONJUNCTION,
  BARE_ORG,
  BARE_ORG_CONNECTOR,
  BARE_ORG_INTRO,
  BARE_PARTICLE,
  BARE_PARTICLE_FOLLOWER,
  BARE_ROLE,
  BARE_TITLE,
  CONJUNCTIONS,
  PARTICLE_FOLLOWERS,
  W_ADJECTIVE_ENDING,
  W_FILLER,
  W_GIVEN,
  W_GIVEN_INFLECTED,
  W_KNOWN,
  W_NOT_NAME,
  W_ORG,
  W_ORG_ADJECTIVE,
  W_ORG_INTRO,
  W_ROLE,
  W_SPEECH,
  W_TITLE,
  bare,
  stripSuffix,
  wordClass,
} from '../../src/core/entities/word-class.ts';

const SAMPLES = join(import.meta.dirname, '../../samples/articles.jsonl');
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr'];

/** Body tokens of each sample article, with the article's declared language. */
function sampleTokens(): { lang: string; tokens: readonly Token[] }[] {
  const out: { lang: string; tokens: readonly Token[] }[] = [];
  for (const line of readFileSync(SAMPLES, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { title: string; text: string; lang?: string; language?: string };
    const lang = row.lang ?? row.language ?? 'en';
    const article: Article = {
      id: 's',
      title: row.title,
      text: row.text,
      origin: 'samples',
      declaredLang: lang,
    };
    const so: Partial<Annotations> = {};
    so.clean = cleanStage.run(article, so);
    so.language = { lang, supported: true, confidence: 1, from: 'declared' };
    so.text = textStage.run(article, so);
    out.push({ lang, tokens: so.text.tokens });
  }
  return out;
}

/** Edge words every language is asked about besides the corpus's. */
const EDGE_WORDS = [
  '',
  "'",
  "l'",
  'l’',
  "d'",
  "şubat'ta",
  'президента',
  'außenminister',
  'minister',
  'ministra',
];

/** Every (language, word) pair to check: corpus words in their language, cue words and edges in all. */
function words(): Map<string, Set<string>> {
  const byLang = new Map<string, Set<string>>();
  for (const lang of LANGS) byLang.set(lang, new Set(EDGE_WORDS));
  for (const { lang, tokens } of sampleTokens()) {
    const set = byLang.get(cuesFor(lang).lang) as Set<string>;
    for (const t of tokens) set.add(t.norm);
  }
  for (const lang of LANGS) {
    const c = cuesFor(lang);
    const set = byLang.get(lang) as Set<string>;
    for (const w of [...c.roles, ...c.roleStems, ...c.roleSuffixes, ...c.orgWords, ...c.orgStems]) {
      set.add(w);
      set.add(w + 'ami');
      set.add('au' + w);
    }
  }
  return byLang;
}

const WORDS = words();

/** The role and organisation rules without the affix filter (lang/index.ts before the filter). */
function stemRule(norm: string, stems: readonly string[]): boolean {
  return stems.some((s) => norm.length - s.length <= ROLE_STEM_SLACK && norm.startsWith(s));
}
function suffixRule(norm: string, suffixes: readonly string[]): boolean {
  return suffixes.some((s) => norm.length >= s.length + 3 && norm.endsWith(s));
}
function plainRole(c: CompiledCues, w: string): boolean {
  return c.roles.has(w) || stemRule(w, c.roleStems) || suffixRule(w, c.roleSuffixes);
}
function plainOrg(c: CompiledCues, w: string): boolean {
  return c.orgWords.has(w) || stemRule(w, c.orgStems) || suffixRule(w, c.orgSuffixes);
}

test('word classes: the corpus has words in every cased language', () => {
  for (const lang of ['en', 'fr', 'de', 'pl', 'ru', 'tr'])
    assert.ok((WORDS.get(lang)?.size ?? 0) > 100, lang);
});

test('isRole and isOrgWord with the affix filter equal the plain stem and suffix rules', () => {
  let roles = 0;
  for (const [lang, set] of WORDS) {
    const c = cuesFor(lang);
    for (const w of set) {
      assert.equal(isRole(c, w), plainRole(c, w), `${lang} role ${w}`);
      assert.equal(isOrgWord(c, w), plainOrg(c, w), `${lang} org ${w}`);
      if (isRole(c, w) && !c.roles.has(w)) roles++;
    }
  }
  assert.ok(roles > 20, `words that are roles by stem or suffix only: ${roles}`);
});

test('wordClass bits equal the cue-table predicates, for the norm and the bare norm', () => {
  for (const [lang, set] of WORDS) {
    const c = cuesFor(lang);
    for (const w of set) {
      const f = wordClass(c, w);
      const b = bare(w);
      const expect: [number, boolean][] = [
        [W_KNOWN, true],
        [W_ROLE, isRole(c, w)],
        [W_TITLE, c.titles.has(w)],
        [W_ORG, isOrgWord(c, w)],
        [W_ORG_INTRO, isOrgIntro(c, w)],
        [W_GIVEN, isGivenName(w)],
        [W_GIVEN_INFLECTED, isGivenNameInflected(w, c.lang)],
        [W_NOT_NAME, c.notNames.has(c.lang === 'tr' ? stripSuffix(w) : w)],
        [W_SPEECH, c.speech.has(w)],
        [W_FILLER, c.fillers.has(w)],
        [W_ORG_ADJECTIVE, c.orgAdjectives.has(w)],
        [W_ADJECTIVE_ENDING, c.adjectiveEnding?.test(w) ?? false],
        [BARE_ROLE, isRole(c, b)],
        [BARE_TITLE, c.titles.has(b)],
        [BARE_ORG, isOrgWord(c, b)],
        [BARE_ORG_INTRO, isOrgIntro(c, b)],
        [BARE_PARTICLE, c.particles.has(b)],
        [BARE_PARTICLE_FOLLOWER, PARTICLE_FOLLOWERS.has(b)],
        [BARE_ORG_CONNECTOR, c.orgConnectors.has(b)],
        [BARE_ARTICLE, ARTICLES.has(b)],
        [BARE_CONJUNCTION, CONJUNCTIONS.has(b)],
      ];
      for (const [bit, want] of expect) assert.equal((f & bit) !== 0, want, `${lang} ${w} bit ${bit}`);
      // Asked again (memo), the same bits.
      assert.equal(wordClass(c, w), f);
    }
  }
});

test('bare and stripSuffix: edge rows', () => {
  const rows: [string, string, string][] = [
    ["l'", 'l', 'l'],
    ['l’', 'l', 'l’'],
    ["şubat'ta", "şubat'ta", 'şubat'],
    ["'ta", "'ta", "'ta"],
    ['', '', ''],
    ['paris', 'paris', 'paris'],
  ];
  for (const [w, b, s] of rows) {
    assert.equal(bare(w), b, `bare ${w}`);
    assert.equal(stripSuffix(w), s, `stripSuffix ${w}`);
  }
});

test('CaseStats answers as the sets of the body words, before and after it builds them', () => {
  for (const { tokens } of sampleTokens().slice(0, 8)) {
    // Sentence-initial flags as the scan sets them, simplified: the first word of each sentence.
    const initial = new Uint8Array(tokens.length);
    let sentence = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'word' && t.sentence !== sentence) initial[i] = 1;
      if (t.kind === 'word') sentence = t.sentence;
    }
    const midCap = new Set<string>();
    const lower = new Set<string>();
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      if (!t.upper) lower.add(t.norm);
      else if (initial[i] === 0) midCap.add(t.norm);
    });
    const stats = new CaseStats();
    assert.equal(stats.midCap('x'), false, 'no body yet');
    stats.setBody(tokens, initial);
    // More questions than the scans it answers before building the sets, words asked in both ways.
    const asked = [...new Set(tokens.map((t) => t.norm))].slice(0, 40).concat(['', 'not-a-word-here']);
    for (const w of asked) {
      assert.equal(stats.midCap(w), midCap.has(w), `midCap ${w}`);
      assert.equal(stats.lower(w), lower.has(w), `lower ${w}`);
    }
  }
});
