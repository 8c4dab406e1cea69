/**
 * Stage `clean`: separates the article's own prose (`body`) from what is not (`embeds`): embedded
 * tweets and social posts, photo credits, share/follow/newsletter lines, "read also" links, bare URLs,
 * and the metadata lines ingestion set apart. Embeds are kept (in document order), not thrown away.
 *
 * Works line by line ("\n" = paragraph). For each non-empty line, in order:
 * 1. inside an Instagram embed block ("View this post on Instagram" ... "A post shared by"): post;
 * 2. a tweet attribution line ("— Outlet (@handle) September 9, 2020"): joined to the tweet before it
 *    (the previous line, taken out of the body if it was kept as prose);
 * 3. a tweet-sized line with a tweet link (pic.twitter.com, t.co, twitter.com/x.com status): tweet;
 * 4. short lines with social post markers or post URLs (Instagram, Facebook, Telegram, YouTube, TikTok, VK): post;
 * 5. a line that is only a URL: url;
 * 6. photo credit, share/follow line, "read also" link (phrase tables in src/core/text/lang/boilerplate.ts);
 * 7. otherwise prose: site notices inside it (cookie consent, newsletter sign-up, reproduction rights: scraped
 *    pages often run them into the text) are cut out sentence by sentence as `notice` embeds, inline bare URLs
 *    are cut out (kept as `url` embeds), and the line goes to the body.
 * Phrase tables of all languages apply at once (the language is detected after cleaning). Reporter
 * credits at the end of a paragraph are left in the body: the quote stage reads attributions there.
 */
import { fold } from '../text/fold.ts';
import { AGENCIES, BOILERPLATE, NETWORKS } from '../text/lang/boilerplate.ts';
import type { CleanAnnotation, Embed, EmbedKind, Stage } from '../types.ts';

/** Longest line taken as a photo credit: credits are a name or two and an agency. */
const CREDIT_MAX_CHARS = 160;
/** Longest line taken as a share/follow line or a "read also" link (a headline). */
const SHARE_MAX_CHARS = 100;
const READ_ALSO_MAX_CHARS = 220;
/** A share phrase may be followed by this much ("Follow us on Twitter and Facebook"). */
const SHARE_TAIL_MAX_CHARS = 40;
/** Longest text taken as the tweet before an attribution line (280 characters plus links). */
const TWEET_MAX_CHARS = 600;
/** Longest line taken as a social post line; a longer paragraph with a post URL is prose (URL cut). */
const POST_LINE_MAX_CHARS = 200;
/** Lines an Instagram embed block may span between its header and its "shared by" line. */
const POST_BLOCK_MAX_LINES = 6;

const TWEET_LINK =
  /(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+|(?:twitter|x)\.com\/\w{1,15}\/status(?:es)?\/\d+)/i;
const TWEET_ATTRIBUTION = /^[—–-]\s*[^\n()]{0,80}\(@\w{1,30}(?:@[\w.]+)?\)(?:\s+[^\n]{0,60})?$/u;
const POST_URL =
  /(?:instagram\.com\/(?:p|reel|tv)\/|facebook\.com\/\S+\/(?:posts|videos|photos)\/|fb\.watch\/|\bt\.me\/\w+|youtube\.com\/(?:watch|embed|shorts)|youtu\.be\/|tiktok\.com\/@|vk\.com\/(?:wall|video))/i;
const INSTAGRAM_HEAD =
  /^(?:view this post on instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|ver esta publicacion en instagram|visualizza questo post su instagram|ver essa foto no instagram|ver esta publicacao no instagram|bekijk dit bericht op instagram|wyswietl ten post na instagramie|посмотреть эту публикацию в instagram|bu gonderiyi instagram'da gor)/;
const POST_SHARED =
  /^(?:a post shared by|une publication partagee par|ein beitrag geteilt von|una publicacion compartida (?:de|por)|un post condiviso da|uma publicacao compartilhada por|een bericht gedeeld door|post udostepniony przez|публикация от пользователя|posted by .{1,60} on \w+day)/;
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;
const INLINE_URL = /(?:https?:\/\/|\bwww\.)[^\s<>"«»]*[^\s<>"«».,;:!?)\]]/gi;
const SENTENCE_END = /[.!?。！？]$/;
const ONLY_PUNCT = /^[\p{P}\s]*$/u;
const COPYRIGHT = /©|\(c\)\s/i;
/** Date prefix of scraped metadata lines ("date 2020-09 Sputnik/..."). */
const META_DATE_PREFIX = /^\s*(?:date|published|datum|fecha|data)\s*:?\s*[\d][\d\-/.T:+Z]*\s*/i;

/** A folded phrase list as one anchored alternation, longest first. */
function alternation(phrases: Iterable<string>): string {
  const list = [...new Set([...phrases].map(fold))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const tables = Object.values(BOILERPLATE);
const READ_ALSO = new RegExp(
  `^(?:${alternation(tables.flatMap((t) => t.readAlso))})(?![\\p{L}])\\s*(.*)$`,
  'u',
);
const NETWORK_TAIL = new RegExp(
  `^(?:\\s|[:|,/·•\\-–—&+]|on|sur|auf|en|su|em|no|op|na|via|per|в|на|ve|و|عبر|and|et|und|y|e|i|${alternation(NETWORKS)})*$`,
  'u',
);
const NETWORK_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(NETWORKS)})(?![\\p{L}])`, 'u');
const SHARE_WORD = new RegExp(
  `^(?:${alternation(tables.flatMap((t) => t.shareWords))})(?![\\p{L}])(.*)$`,
  'u',
);
const SHARE_PHRASE = new RegExp(
  `^(?:${alternation(tables.flatMap((t) => t.sharePhrases))})(?![\\p{L}])(.*)$`,
  'u',
);
/** A site-notice phrase anywhere in a folded line (its left word boundary is checked in code: see `hasNotice`). */
const NOTICE = new RegExp(alternation(tables.flatMap((t) => t.notices)), 'gu');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a folded text holds a site-notice phrase starting a word. */
function hasNotice(folded: string): boolean {
  NOTICE.lastIndex = 0;
  for (let m = NOTICE.exec(folded); m !== null; m = NOTICE.exec(folded)) {
    if (m.index === 0 || !WORD_CHAR.test(folded[m.index - 1])) return true;
    NOTICE.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Sentence ends inside a paragraph: end punctuation and a space, or a lower-case letter's full stop run into
 * the next sentence's capital ("...Datenschutzerklärung.Details"), as scraped notices are.
 */
const SENTENCE_BREAK = /(?<=[.!?])\s+|(?<=[。！？])\s*|(?<=\p{Ll}[.!?])(?=\p{Lu})/u;
/**
 * A sentence between two notice sentences is taken as part of the notice when it is this short (a fragment of
 * one consent text, "gen."); a longer one is prose.
 */
const NOTICE_GAP_MAX_CHARS = 60;
const PHOTO_LABEL = new RegExp(`^\\(?(?:${alternation(tables.flatMap((t) => t.photoLabels))})`, 'u');
const AGENCY_SET = new Set(AGENCIES.map(fold));

/** True when `line` is a photo credit ("Photo: AFP", "© Reuters", "(Foto: dpa)", "X/Y via REUTERS"). */
export function isPhotoCredit(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > CREDIT_MAX_CHARS) return false;
  const f = fold(t);
  if (PHOTO_LABEL.test(f) || COPYRIGHT.test(t)) return true;
  const bare = f.replace(/^\(|\)$/g, '').trim();
  if (AGENCY_SET.has(bare)) return true;
  if (!/\/|\svia\s/.test(f) || SENTENCE_END.test(f)) return false;
  // Segments between "/" and "via": a credit names an agency as one of them.
  return f.split(/\s*\/\s*|\s+via\s+/).some((seg) => AGENCY_SET.has(seg.trim()));
}

function isShareLine(folded: string): boolean {
  if (folded.length > SHARE_MAX_CHARS) return false;
  // A line of network names alone ("Twitter", "Facebook | LinkedIn") is a row of share buttons.
  if (NETWORK_NAME.test(folded) && NETWORK_TAIL.test(folded)) return true;
  const w = SHARE_WORD.exec(folded);
  if (w && NETWORK_TAIL.test(w[1])) return true;
  const p = SHARE_PHRASE.exec(folded);
  return p !== null && p[1].length <= SHARE_TAIL_MAX_CHARS && !SENTENCE_END.test(p[1]);
}

function isReadAlso(folded: string): boolean {
  if (folded.length > READ_ALSO_MAX_CHARS) return false;
  const m = READ_ALSO.exec(folded);
  if (!m) return false;
  const rest = m[1];
  return ONLY_PUNCT.test(rest) || /^[:\-–—>|»/]/.test(rest) || !SENTENCE_END.test(rest);
}

/**
 * Embeds of a metadata line: a photo credit in it is recognised (its date prefix, if any, kept as a
 * metadata embed); any other line is one metadata embed.
 */
function metaEmbeds(line: string): Embed[] {
  const t = line.trim();
  if (!t) return [];
  const prefix = META_DATE_PREFIX.exec(t);
  const rest = prefix ? t.slice(prefix[0].length) : t;
  if (rest && isPhotoCredit(rest)) {
    const out: Embed[] = [{ kind: 'photo-credit', text: rest }];
    if (prefix) out.unshift({ kind: 'metadata', text: prefix[0].trim() });
    return out;
  }
  return [{ kind: 'metadata', text: t }];
}

/**
 * Cuts the site-notice sentences out of a prose line (each run of them, with short fragments between two, becomes
 * one `notice` embed); returns what is left of the line.
 */
function cutNotices(line: string, embeds: Embed[]): string {
  const sentences = line.split(SENTENCE_BREAK);
  const notice = sentences.map((x) => hasNotice(fold(x)));
  for (let i = 1; i + 1 < notice.length; i++) {
    if (!notice[i] && notice[i - 1] && notice[i + 1] && sentences[i].length <= NOTICE_GAP_MAX_CHARS)
      notice[i] = true;
  }
  const prose: string[] = [];
  let run: string[] = [];
  for (let i = 0; i <= sentences.length; i++) {
    if (i < sentences.length && notice[i]) {
      run.push(sentences[i]);
      continue;
    }
    if (run.length) addEmbed(embeds, 'notice', run.join(' '));
    run = [];
    if (i < sentences.length) prose.push(sentences[i]);
  }
  return prose.join(' ').trim();
}

/** Cuts inline bare URLs out of a prose line; returns the line and the URLs. */
function cutUrls(line: string, embeds: Embed[]): string {
  if (line.indexOf('http') < 0 && line.indexOf('www.') < 0) return line;
  INLINE_URL.lastIndex = 0;
  const out = line.replace(INLINE_URL, (url) => {
    embeds.push({ kind: 'url', text: url });
    return '';
  });
  return out
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/** Appends one embed (a module function: no closure created per article). */
function addEmbed(embeds: Embed[], kind: EmbedKind, text: string): void {
  embeds.push({ kind, text });
}

/** Cleans article text: body (prose paragraphs joined by "\n") and embeds in document order. */
export function cleanText(text: string, metaLines: readonly string[] = []): CleanAnnotation {
  const embeds: Embed[] = [];
  for (const m of metaLines) embeds.push(...metaEmbeds(m));
  const lines = text.split('\n');
  const body: string[] = [];
  /** Index in `embeds` of a tweet from the previous non-empty line, or -1. */
  let lastTweet = -1;
  /** Whether the previous non-empty line went to the body. */
  let lastWasBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const folded = fold(line);
    let tweet = -1;
    let toBody = false;
    if (INSTAGRAM_HEAD.test(folded)) {
      // Absorb the caption lines up to "A post shared by ..." when it follows closely.
      let end = i;
      for (let j = i + 1; j < lines.length && j <= i + POST_BLOCK_MAX_LINES; j++) {
        if (POST_SHARED.test(fold(lines[j].trim()))) {
          end = j;
          break;
        }
      }
      addEmbed(
        embeds,
        'post',
        lines
          .slice(i, end + 1)
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n'),
      );
      i = end;
    } else if (line.length <= CREDIT_MAX_CHARS && TWEET_ATTRIBUTION.test(line)) {
      if (lastTweet >= 0) {
        embeds[lastTweet] = { kind: 'tweet', text: embeds[lastTweet].text + '\n' + line };
      } else if (lastWasBody && body[body.length - 1].length <= TWEET_MAX_CHARS) {
        addEmbed(embeds, 'tweet', body.pop() + '\n' + line);
      } else addEmbed(embeds, 'tweet', line);
    } else if (line.length <= TWEET_MAX_CHARS && TWEET_LINK.test(line)) {
      addEmbed(embeds, 'tweet', line);
      tweet = embeds.length - 1;
    } else if (line.length <= POST_LINE_MAX_CHARS && (POST_SHARED.test(folded) || POST_URL.test(line))) {
      addEmbed(embeds, 'post', line);
    } else if (URL_ONLY.test(line)) {
      addEmbed(embeds, 'url', line.replace(/^<|>$/g, ''));
    } else if (line.length <= CREDIT_MAX_CHARS && isPhotoCredit(line.replace(META_DATE_PREFIX, ''))) {
      embeds.push(...metaEmbeds(line));
    } else if (isShareLine(folded)) {
      addEmbed(embeds, 'share', line);
    } else if (isReadAlso(folded)) {
      addEmbed(embeds, 'read-also', line);
    } else {
      const prose = cutUrls(hasNotice(folded) ? cutNotices(line, embeds) : line, embeds);
      if (prose) {
        body.push(prose);
        toBody = true;
      }
    }
    lastTweet = tweet;
    lastWasBody = toBody;
  }
  return { body: body.join('\n'), embeds };
}

export const cleanStage: Stage<'clean'> = {
  name: 'clean',
  needs: [],
  run: (article) => cleanText(article.text, article.metaLines),
};
