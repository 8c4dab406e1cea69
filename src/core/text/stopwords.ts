/**
 * Stopwords per language from `stopwords-iso`, folded (so "été" and "ete" both hit), loaded lazily:
 * the JSON is read once on first use, and each language's Set is built once.
 */
import { createRequire } from 'node:module';
import { fold } from './fold.ts';

const require = createRequire(import.meta.url);
let table: Readonly<Record<string, readonly string[]>> | undefined;
const SETS = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** Folded stopwords of `lang` (ISO 639-1); an empty set for unknown languages. */
export function stopwords(lang: string): ReadonlySet<string> {
  let set = SETS.get(lang);
  if (set) return set;
  table ??= require('stopwords-iso') as Record<string, readonly string[]>;
  const list = table[lang];
  set = list ? new Set(list.map(fold)) : EMPTY;
  SETS.set(lang, set);
  return set;
}
