/**
 * Metadata lines and date lines at the head of plain-text articles: " date 2020-09 Sputnik/... via REUTERS",
 * "Published: 2020-09-14", a photo credit, a bare URL; and datelines opening the first paragraph
 * ("PARIS, 14 septembre 2020 (AFP) -", "Sept. 14, 2020 —", "2020年9月14日").
 */
import { MONTH_NUMBER, foldMonth } from './lang/months.ts';
import { normalisePublished, type PublishedTime } from './published.ts';

/** Longest line taken as a metadata line: longer lines are prose, even when they start like metadata. */
const MAX_META_LINE_CHARS = 240;
/** Characters at the start of the first paragraph searched for a dateline. */
const DATELINE_WINDOW = 120;

/** Date/update keywords: metadata only when a colon or a digit follows ("Date set for vote" is a title). */
const DATE_KEY =
  /^(?:date|dated|published|posted|updated|last updated|publié|publiée|mis à jour|datum|fecha|data|veröffentlicht|gepubliceerd|yayın tarihi|опубликовано|дата)\s*(?::|(?=\d))/iu;
/** Source/author keywords followed by a colon. */
const FIELD_KEY =
  /^(?:source|sources|author|authors|auteur|autor|autore|auteurs|by|par|von|por|door|przez|photo|foto|crédit photo|crédit|credit|credits|image|url|link|lien|quelle|fuente|fonte|bron|źródło|источник|kaynak)\s*:/iu;
/** A short byline: "By Jane Doe", "Par Jean Dupont et Marie Martin". */
const BYLINE =
  /^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor|[Pp]rzez)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|et|and|und|y|e|en|i|de|van|von|da|di|le|la))*$/u;
const URL_LINE = /^(?:(?:url|link|lien)\s*)?(?:https?:\/\/|www\.)\S+$/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/iu;
/** A photo credit ends with an agency and shows a credit's shape ("A/B via REUTERS", "Photo X / AFP"). */
const CREDIT_AGENCY =
  /(?:^|[\s/])(?:via\s+)?(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|EFE|Getty Images|Sputnik|ANP|dpa|DPA|ANSA|TASS|ТАСС|Xinhua|Anadolu|AA|PAP|SIPA|Shutterstock|Pool|BELTA|БелТА|RIA Novosti|РИА Новости)\s*\)?$/u;
const CREDIT_SHAPE = /\/|\bvia\b|©|\b(?:photo|foto|crédit|credit|image)\b/iu;
/** An ISO date or date-time alone on a line. */
const ISO_DATE_LINE =
  /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/iu;
/** An ISO date anywhere in a metadata line. */
const ISO_DATE_IN =
  /\b\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?(?![\d-])/u;

/** True when a leading line is metadata (date, source, author, credit, URL), not the title. */
export function isMetaLine(line: string): boolean {
  const s = line.trim();
  if (s === '' || s.length > MAX_META_LINE_CHARS) return false;
  return (
    DATE_KEY.test(s) ||
    FIELD_KEY.test(s) ||
    URL_LINE.test(s) ||
    COPYRIGHT.test(s) ||
    ISO_DATE_LINE.test(s) ||
    (s.length <= 60 && BYLINE.test(s)) ||
    (CREDIT_AGENCY.test(s) && CREDIT_SHAPE.test(s)) ||
    wholeLineDate(s) !== undefined
  );
}

/** A line that is nothing but a date ("14 septembre 2020", "September 14, 2020"). */
function wholeLineDate(s: string): PublishedTime | undefined {
  const d = datelineDate(s);
  return d && d.end >= s.replace(/[\s.,:;–—-]+$/u, '').length ? d.date : undefined;
}

/** The publication date a metadata line states, if any (ISO first, then a written date). */
export function metaLineDate(line: string): PublishedTime | undefined {
  const iso = ISO_DATE_IN.exec(line);
  if (iso) {
    const p = normalisePublished(iso[0]);
    if (p) return p;
  }
  const afterKey = line.trim().replace(DATE_KEY, '').trim();
  return normalisePublishedText(afterKey);
}

function normalisePublishedText(s: string): PublishedTime | undefined {
  return datelineDate(s)?.date;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dayTime(y: number, m: number, d: number): PublishedTime | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return normalisePublished(`${y}-${pad(m)}-${pad(d)}`);
}

/** Optional place ("PARIS, ", "МОСКВА, ") and weekday ("lundi ", "Monday, ") before the date. */
const LEAD = String.raw`^(?:[\p{L}][\p{L}\p{M} .'’-]{1,40},\s*)?(?:\p{L}{3,12}\.?,?\s+)?`;
const DAY_MONTH_YEAR = new RegExp(
  `${LEAD}(\\d{1,2})(?:er|\\.|º)?\\s+(\\p{L}[\\p{L}\\p{M}]*\\.?)\\s+(\\d{4})`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(
  `${LEAD}(\\p{L}[\\p{L}\\p{M}]*\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
  'u',
);
const NUMERIC_DMY = new RegExp(`${LEAD}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b`, 'u');
const ISO_LEAD = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'u');
const CJK_DATE = /^[^\n]{0,20}?(\d{4})年(\d{1,2})月(\d{1,2})日/u;

/**
 * The date a dateline at the start of a paragraph states, with the end offset of the match; undefined when
 * the paragraph does not open with a full date (day, month and year).
 */
export function datelineDate(paragraph: string): { date: PublishedTime; end: number } | undefined {
  const s = paragraph.slice(0, DATELINE_WINDOW);
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = MONTH_NUMBER.get(foldMonth(m[2]));
    const date = month ? dayTime(Number(m[3]), month, Number(m[1])) : undefined;
    if (date) return { date, end: m[0].length };
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = MONTH_NUMBER.get(foldMonth(m[1]));
    const date = month ? dayTime(Number(m[3]), month, Number(m[2])) : undefined;
    if (date) return { date, end: m[0].length };
  }
  m = ISO_LEAD.exec(s);
  if (m) {
    const date = dayTime(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { date, end: m[0].length };
  }
  m = NUMERIC_DMY.exec(s);
  if (m) {
    const date = dayTime(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) return { date, end: m[0].length };
  }
  m = CJK_DATE.exec(s);
  if (m) {
    const date = dayTime(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { date, end: m[0].length };
  }
  return undefined;
}

/** Separator that closes a dateline: a dash, a colon, an agency in parentheses, or Chinese 电/讯 ("wire"). */
const DATELINE_CLOSE = /^\s*(?:[(（][^)）]{1,30}[)）]\s*)?(?:[-–—:：电讯]|$)/u;

/**
 * The publication date of a dateline opening the first paragraph ("PARIS, 14 septembre 2020 (AFP) - ..."):
 * the date must be followed by a dash, a colon or an agency in parentheses, so prose that merely starts with a
 * date is not taken for a dateline.
 */
export function paragraphDateline(paragraph: string): PublishedTime | undefined {
  const d = datelineDate(paragraph);
  if (!d) return undefined;
  return DATELINE_CLOSE.test(paragraph.slice(d.end, d.end + 40)) ? d.date : undefined;
}
