/**
 * Small, deterministic formatting helpers shared by the pages: dates (UTC, ISO-like, no locale clock), language
 * names, counts, and links with query strings.
 */

/** English names of languages ("fr" -> "French"), from the ICU data bundled with Node. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
/** Language names kept at most: detection knows a few dozen codes; odd stored codes are looked up each time. */
const MAX_LANGUAGE_NAMES = 256;

/** "YYYY-MM-DD" of an ISO date or time (the date as written: no time-zone conversion), or '' when absent. */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** An ISO time in UTC (`Z`): its date and minutes can be cut out of it as written. */
const UTC_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?Z$/;

/** "YYYY-MM-DD HH:MM" (UTC) of an ISO time; a bare date stays a date; '' when absent or unreadable. */
export function dateTime(iso: string | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  // Most stored times: no parsing (a story page formats hundreds of them).
  if (UTC_TIME.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

/** Language names looked up so far (ICU look-ups cost more than the rest of a facts line). */
const languageNames = new Map<string, string>();

/** The English name of a language code, or the code itself when unknown. */
export function languageName(code: string): string {
  let name = languageNames.get(code);
  if (name === undefined) {
    try {
      const found = LANGUAGE_NAMES.of(code);
      name = found && found !== code ? found : code;
    } catch {
      name = code;
    }
    // Codes come from language detection (a few dozen); the map stays small.
    if (languageNames.size < MAX_LANGUAGE_NAMES) languageNames.set(code, name);
  }
  return name;
}

/** "1 article", "3 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A path with a query string of the non-empty parameters, in the order given. */
export function href(
  path: string,
  params: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The link to a story (its whole coverage, its whole list of quotes), an article, an entity page, or the comparison of two articles. */
export const links = {
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  storyCoverage: (id: string) => `/stories/${encodeURIComponent(id)}/coverage`,
  storyQuotes: (id: string) => `/stories/${encodeURIComponent(id)}/quotes`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  entity: (key: string) => `/entities/${encodeURIComponent(key)}`,
  // Written out: a story page links a hundred comparisons, and a URLSearchParams each cost more than its row.
  compare: (a: string, b: string) => `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
};

/** Percent of `x` within [min, max] (50 when the range is empty), rounded to 0.1 for stable markup. */
export function percent(x: number, min: number, max: number): number {
  if (!(max > min)) return 50;
  return Math.round(((x - min) / (max - min)) * 1000) / 10;
}

/** The URL when it is http(s), else undefined: article data never becomes a `javascript:` link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Highest page number read from a query: deeper pages would pass the store's offset limits anyway. */
export const MAX_PAGE = 1000;

/** A page number from a query parameter: 1 when absent or unreadable, clamped to [1, MAX_PAGE]. */
export function pageNumber(raw: string | undefined): number {
  return Math.min(MAX_PAGE, Math.max(1, Number.parseInt(raw ?? '1', 10) || 1));
}
