/**
 * HTML to text without recursion: a DOM walk that turns block elements into line breaks, a linear depth
 * estimate that runs before any DOM is built, and a linear tag stripper for markup too deep for a DOM.
 */
import { parseHTML } from 'linkedom';

/** The part of a DOM node this module reads (linkedom's nodes, typed structurally: core has no DOM lib). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

/** The part of a DOM element and document read by the HTML parser. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  readonly title: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Elements that start a new line of text. */
const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL BODY HTML'
  ).split(' '),
);
/** Elements whose content is never article text. */
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS SELECT BUTTON HEAD TITLE META LINK MATH'.split(
    ' ',
  ),
);
/** Table cells: separated by a space so that adjacent cells do not glue words together. */
const CELL = new Set(['TD', 'TH']);
const WS = /\s+/g;
const BREAK: DomNode = { nodeType: -1, nodeName: '#break', childNodes: [], textContent: null };

/**
 * The visible text under a node, block elements on their own lines ("\n"), whitespace in text collapsed.
 * Iterative: any nesting depth is safe.
 */
export function domText(root: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === BREAK) {
      parts.push('\n');
      continue;
    }
    if (n.nodeType === TEXT_NODE) {
      parts.push((n.textContent ?? '').replace(WS, ' '));
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE && n.nodeType !== DOCUMENT_NODE && n.nodeType !== FRAGMENT_NODE) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    if (BLOCK.has(name)) {
      parts.push('\n');
      stack.push(BREAK);
    } else if (CELL.has(name)) parts.push(' ');
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('');
}

/** Parses a whole HTML document with linkedom. */
export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** The text of an HTML fragment (a feed item's description): tags out, entities decoded, blocks as lines. */
export function fragmentText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment;
  if (htmlDepth(fragment, DEEP_FRAGMENT) > DEEP_FRAGMENT) return stripTagsLinear(fragment);
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${fragment}</body></html>`);
  return domText(doc.body ?? doc);
}
/** Nesting above which a fragment is stripped linearly instead of parsed (see MAX_DOM_DEPTH for documents). */
const DEEP_FRAGMENT = 500;

/** Elements without end tags, and elements whose end tags are commonly left out: they do not nest. */
const NON_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr keygen frame ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body'
  ).split(' '),
);
/** Open/close tags; attributes bounded so a stray "<" in a huge text costs a bounded scan. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})(?:\s[^<>]{0,4000})?(\/?)>/g;

/**
 * Estimated max element nesting of an HTML text, in one linear pass over its tags; stops counting past
 * `stopAt`. Elements with optional end tags are not counted, so sloppy markup is not over-counted.
 */
export function htmlDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (m[3] === '/' || NON_NESTING.has(name)) continue;
    if (m[1] === '/') {
      if (depth > 0) depth--;
    } else if (++depth > max) {
      max = depth;
      if (max > stopAt) break;
    }
  }
  return max;
}

const DROP_BLOCKS = /<(script|style|noscript|template|svg|head)\b[^]*?<\/\1\s*>|<!--[^]*?-->/gi;
const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCK].join('|')}|br)\\b[^<>]{0,4000}>`, 'gi');
const ANY_TAG = /<\/?[a-zA-Z!?][^<>]{0,4000}>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
/** Named entities decoded by the linear stripper: the ones news markup actually uses. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  copy: '©',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ecirc: 'ê',
  ocirc: 'ô',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
  if (cp !== undefined)
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '';
  return NAMED[name!.toLowerCase()] ?? whole;
}

/**
 * Text of HTML without building a DOM (for markup nested too deep for one): scripts, styles and comments
 * dropped, block tags turned into line breaks, other tags removed, common entities decoded. Linear time.
 */
export function stripTagsLinear(html: string): string {
  return html
    .replace(DROP_BLOCKS, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '')
    .replace(/[ \t\r\f]*\n[ \t\r\f]*/g, '\n')
    .replace(ENTITY, decodeEntity);
}
