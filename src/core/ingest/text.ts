/**
 * Plain text articles: the first non-empty line that is not metadata is the title, the rest the body.
 * Leading metadata lines are kept apart in `metaLines`, and give the publication date when they state one.
 */
import type { ArticleDraft } from './article.ts';
import { isMetaLine, metaLineDate, paragraphDateline } from './dateline.ts';
import { MAX_LEADING_META_LINES, MAX_TITLE_CHARS } from './limits.ts';

/** End of the first sentence of a lead paragraph: . ! ? or … then a space and an upper-case letter or quote. */
const FIRST_SENTENCE_END = /[.!?…](?=\s+[\p{Lu}«“"„])/u;

const LINE_BREAK = /\r\n?|\n/;

/** Reads one plain-text article. The text is decoded already; tidying is left to `finishArticle`. */
export function parseText(text: string, origin: string): ArticleDraft {
  const lines = text.split(LINE_BREAK);
  const metaLines: string[] = [];
  let i = 0;
  let title = '';
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (metaLines.length < MAX_LEADING_META_LINES && isMetaLine(line)) {
      metaLines.push(lines[i]);
      continue;
    }
    const cut = line.length > MAX_TITLE_CHARS ? FIRST_SENTENCE_END.exec(line) : null;
    if (cut) {
      // A lead paragraph, not a headline: title from its first sentence, the paragraph stays in the body.
      title = line.slice(0, cut.index + 1);
    } else {
      title = line;
      i++;
    }
    break;
  }
  const body = lines.slice(i).join('\n');
  let published;
  for (const m of metaLines) {
    published = metaLineDate(m);
    if (published) break;
  }
  if (!published) {
    const first = body.trimStart().split('\n', 1)[0] ?? '';
    published = paragraphDateline(first);
  }
  return {
    title,
    text: body,
    origin,
    metaLines: metaLines.map((l) => l.trim()),
    ...(published ? { published, publishedFrom: 'dateline' as const } : {}),
  };
}
