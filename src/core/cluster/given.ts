/**
 * Given names behind a shared person key. A person the curated list does not know is keyed by the skeleton of
 * the surname, so that "Alexandre Loukachenko" and "Alexander Lukashenko" meet across spellings; but then
 * "Marvin Jones" and "Christian Jones", or "Gert Engelhardt" and "Boris Engelhardt", share a key too. When
 * both sides write a given name in the same script and the two cannot be spellings of one name, the shared key
 * is a coincidence of surnames and does not count.
 *
 * The test is deliberately loose (a wrong "conflict" costs a true join): only first letters are compared, of
 * every capitalised word before the surname (a role written before the name, "Veranstalter Patrick Schmidt",
 * adds letters and never hides the given name), through classes that keep transcriptions together (Yevgeny /
 * Evgeny / Jewgeni, Yuri / Iouri / Jurij, Wladimir / Vladimir, Konstantin / Constantin, Filip / Philipp,
 * Hennadiy / Gennady); two forms conflict only when they share no letter, and two different scripts are never
 * compared.
 */
import { CYRILLIC, GREEK } from '../keys/scripts.ts';

/** Latin first letter -> its class: vowels with j/y, c/k/q, v/w, g/h, f/p. Others are their own class. */
const LETTER_CLASS: Readonly<Record<string, string>> = {
  a: 'a',
  e: 'a',
  i: 'a',
  o: 'a',
  u: 'a',
  y: 'a',
  j: 'a',
  c: 'k',
  k: 'k',
  q: 'k',
  v: 'v',
  w: 'v',
  g: 'g',
  h: 'g',
  f: 'f',
  p: 'f',
};

/** Class of one capitalised word's first letter in its script ("latn:k"), or undefined. */
function letterClass(word: string): string | undefined {
  const first = word[0];
  const lower = first.toLowerCase();
  if (lower === first) return undefined; // particles (da, von, bin) and lower-case words are not names
  const cyr = CYRILLIC[lower];
  if (cyr !== undefined) return cyr ? `cyrl:${LETTER_CLASS[cyr[0]] ?? cyr[0]}` : undefined;
  const grk = GREEK[lower];
  if (grk !== undefined) return grk ? `grek:${LETTER_CLASS[grk[0]] ?? grk[0]}` : undefined;
  const base = lower.normalize('NFD')[0];
  if (base < 'a' || base > 'z') return undefined;
  return `latn:${LETTER_CLASS[base] ?? base}`;
}

/**
 * The given-name signature of a person's surface form: its script and the letter classes of the capitalised
 * words before the last one ("latn:k" for "Christian Jones", "latn:fv" for "Veranstalter Patrick Schmidt": a
 * role written before the name adds a letter, never removes the given name's). Undefined for one word, or when
 * those words are not Latin, Cyrillic or Greek (the first script found is kept). An initial ("M. Jones") counts
 * by its letter.
 */
export function givenClass(surface: string): string | undefined {
  const words = surface.split(' ').filter(Boolean);
  if (words.length < 2) return undefined;
  let script: string | undefined;
  const letters: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const cls = letterClass(words[i]);
    if (cls === undefined) continue;
    const s = cls.slice(0, 4);
    if (script === undefined) script = s;
    else if (s !== script) continue;
    if (!letters.includes(cls[5])) letters.push(cls[5]);
  }
  return script === undefined ? undefined : `${script}:${letters.sort().join('')}`;
}

/** True when two signatures of the same script share a letter class. */
function shareLetter(a: string, b: string): boolean {
  for (let i = 5; i < a.length; i++) if (b.includes(a[i], 5)) return true;
  return false;
}

/** Script part of a class ("latn" of "latn:k"). */
function scriptOfClass(cls: string): string {
  return cls.slice(0, 4);
}

/**
 * How a given-name signature compares with the surface forms a story holds for the same key: `match` when a
 * form in the same script shares a letter with it, `conflict` when forms in that script have given names and
 * none shares one, `none` when no form is comparable (other scripts, or no given name).
 */
function compareGiven(
  cls: string,
  forms: ReadonlyMap<string, number> | undefined,
): 'match' | 'conflict' | 'none' {
  if (!forms) return 'none';
  const script = scriptOfClass(cls);
  let comparable = false;
  for (const surface of forms.keys()) {
    const other = givenClass(surface);
    if (other === undefined || scriptOfClass(other) !== script) continue;
    if (shareLetter(cls, other)) return 'match';
    comparable = true;
  }
  return comparable ? 'conflict' : 'none';
}

/** True when a given-name signature cannot belong to any of a story's forms of the same key (see above). */
export function givenConflicts(cls: string, forms: ReadonlyMap<string, number> | undefined): boolean {
  return compareGiven(cls, forms) === 'conflict';
}

/**
 * True when two stories' forms of one key conflict: some given-name signature of `a` conflicts with `b`'s
 * forms, and none matches them.
 */
export function formsConflict(
  a: ReadonlyMap<string, number> | undefined,
  b: ReadonlyMap<string, number> | undefined,
): boolean {
  if (!a || !b) return false;
  let conflict = false;
  for (const surface of a.keys()) {
    const cls = givenClass(surface);
    if (cls === undefined) continue;
    const r = compareGiven(cls, b);
    if (r === 'match') return false;
    if (r === 'conflict') conflict = true;
  }
  return conflict;
}
