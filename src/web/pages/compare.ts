/**
 * `/compare?a=&b=`: two stored articles side by side. Shared entities and places are highlighted in both
 * texts; aligned sentences link to each other (ids `a-sN` / `b-sN`; hovering or focusing one highlights both);
 * the seven dimensions as bars on the 1 (same) .. 4 (unrelated) scale; the verdict; facts only in A or B.
 */
import { layout, html, type Html } from '../html.ts';
import type { ArticleDetail, StoredComparison } from '../../services/library/types.ts';
import { DIMENSIONS } from '../../core/similarity/model.ts';
import { dateTime, languageName, links, percent } from '../format.ts';
import { bodyDiv, locateNames, locateSentences, nestMarks, renderMarked, type Mark } from '../marks.ts';

type Side = 'a' | 'b';
type Result = StoredComparison['result'];

/** Lowest and highest score of the SemEval scale (1 = same .. 4 = unrelated). */
const SCALE_MIN = 1;
const SCALE_MAX = 4;

const DIMENSION_LABELS: Record<(typeof DIMENSIONS)[number], string> = {
  overall: 'Overall',
  geography: 'Geography',
  entities: 'Entities',
  time: 'Time',
  narrative: 'Narrative',
  style: 'Style',
  tone: 'Tone',
};

/** Every written form, in this article, of the entities and places both articles name -> their key. */
function sharedNames(detail: ArticleDetail, keys: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of [...detail.json.entities, ...detail.json.places]) {
    if (!keys.has(e.key)) continue;
    for (const n of [e.name, ...e.variants]) if (!names.has(n)) names.set(n, e.key);
  }
  return names;
}

/** The marks of one side: aligned and only-here sentences, and shared names. */
function sideMarks(result: Result, side: Side, detail: ArticleDetail, keys: ReadonlySet<string>): Mark[] {
  const other: Side = side === 'a' ? 'b' : 'a';
  const ev = result.evidence;
  const pairs = new Map<number, number[]>();
  for (const p of ev.alignedSentences) {
    const list = pairs.get(p[side].index) ?? [];
    list.push(p[other].index);
    pairs.set(p[side].index, list);
  }
  const only = side === 'a' ? ev.onlyInA : ev.onlyInB;
  const onlySet = new Set(only.map((s) => s.index));
  const sentences = [...ev.alignedSentences.map((p) => p[side]), ...only];
  const located = locateSentences(detail.body, sentences);
  const outer: Mark[] = [...located].map(([index, r]) => {
    const to = pairs.get(index);
    const id = `${side}-s${index}`;
    const attrs: Record<string, string> = to
      ? {
          class: 'sent aligned',
          id,
          href: `#${other}-s${to[0]}`,
          'data-pair': to.map((i) => `${other}-s${i}`).join(' '),
        }
      : { class: onlySet.has(index) ? 'sent only' : 'sent', id };
    return { ...r, tag: to ? 'a' : 'span', attrs };
  });
  const inner: Mark[] = locateNames(detail.body, sharedNames(detail, keys)).map((n) => ({
    start: n.start,
    end: n.end,
    tag: 'mark',
    attrs: { class: 'shared', 'data-key': n.key },
  }));
  return nestMarks(outer, inner);
}

function bars(result: Result): Html {
  return html`<dl class="dims">
    ${DIMENSIONS.map((d) => {
      const v = result.scores[d];
      const close = percent(SCALE_MAX - v, 0, SCALE_MAX - SCALE_MIN);
      return html`<div class="dim ${d === 'overall' ? 'dim-overall' : ''}">
        <dt>${DIMENSION_LABELS[d]}</dt>
        <dd>
          <span class="track" aria-hidden="true"><span class="fill" style="width:${close}%"></span></span>
          <span class="value">${v.toFixed(2)}</span>
        </dd>
      </div>`;
    })}
  </dl>`;
}

function articleColumn(result: Result, side: Side, detail: ArticleDetail, keys: ReadonlySet<string>): Html {
  const row = detail.row;
  return html`<article class="side side-${side}" aria-labelledby="title-${side}">
    <p class="side-label">Article ${side.toUpperCase()}</p>
    <h2 id="title-${side}" lang="${row.lang}" dir="auto">
      <a href="${links.article(row.id)}">${row.title || '(untitled)'}</a>
    </h2>
    <p class="facts">
      ${row.source ?? 'unknown outlet'} · <abbr title="${languageName(row.lang)}">${row.lang}</abbr> ·
      ${dateTime(row.published) || 'undated'}
      ${detail.storyId ? html` · <a href="${links.story(detail.storyId)}">its story</a>` : ''}
    </p>
    ${bodyDiv(row.lang, renderMarked(detail.body, sideMarks(result, side, detail, keys)))}
  </article>`;
}

function alignedList(result: Result): Html {
  const pairs = result.evidence.alignedSentences;
  if (pairs.length === 0) return html`<p class="empty">No sentence of A has a counterpart in B.</p>`;
  return html`<ol class="aligned">
    ${pairs.map(
      (p) =>
        html`<li>
          <a href="#a-s${p.a.index}" dir="auto">${p.a.text}</a>
          <span class="muted" aria-label="matches">⇄</span>
          <a href="#b-s${p.b.index}" dir="auto">${p.b.text}</a>
          <span class="muted">(${p.score.toFixed(2)})</span>
        </li>`,
    )}
  </ol>`;
}

function onlyList(title: string, side: Side, list: Result['evidence']['onlyInA']): Html {
  return html`<section class="only-list" aria-label="${title}">
    <h3>${title}</h3>
    ${
      list.length
        ? html`<ul>
            ${list.map((s) => html`<li><a href="#${side}-s${s.index}">${s.text}</a></li>`)}
          </ul>`
        : html`<p class="empty">None.</p>`
    }
  </section>`;
}

function shared(result: Result): Html {
  const ev = result.evidence;
  const rows = [...ev.sharedEntities, ...ev.sharedPlaces];
  if (rows.length === 0) return html`<p class="empty">No shared entities or places.</p>`;
  return html`<ul class="chips">
    ${rows.map(
      (e) =>
        html`<li>
          <a class="chip" href="${links.entity(e.key)}"
            >${e.a.surface}${e.b.surface !== e.a.surface ? html` / ${e.b.surface}` : ''}</a
          >
        </li>`,
    )}
  </ul>`;
}

/** Renders the comparison page. */
export function comparePage(c: StoredComparison): Html {
  const r = c.result;
  const keys = new Set([...r.evidence.sharedEntities, ...r.evidence.sharedPlaces].map((e) => e.key));
  const verdict = r.sameStory ? 'Same story' : 'Different stories';
  const body = html`<h1>Comparison</h1>
    <section class="verdict ${r.sameStory ? 'same' : 'different'}" aria-labelledby="h-verdict">
      <h2 id="h-verdict">${verdict}</h2>
      <p>
        Overall ${r.scores.overall.toFixed(2)} on a scale of ${r.scale}. A longer bar means closer: a full bar
        is 1 (the same), an empty one 4 (unrelated).
      </p>
      ${bars(r)}
      ${
        r.notes.length
          ? html`<ul class="notes">
              ${r.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : ''
      }
    </section>
    <section aria-labelledby="h-shared">
      <h2 id="h-shared">Shared entities and places</h2>
      ${shared(r)}
    </section>
    <p class="key muted">
      In the texts: <mark class="shared">shared names</mark>,
      <span class="sent aligned">sentences with a counterpart</span> (follow one to its counterpart),
      <span class="sent only">sentences without one</span>.
    </p>
    <div class="sides">${articleColumn(r, 'a', c.a, keys)} ${articleColumn(r, 'b', c.b, keys)}</div>
    <section aria-labelledby="h-aligned">
      <h2 id="h-aligned">Aligned sentences</h2>
      ${alignedList(r)}
    </section>
    <section class="only" aria-labelledby="h-only">
      <h2 id="h-only">Facts without a counterpart</h2>
      <div class="sides">
        ${onlyList('Only in A', 'a', r.evidence.onlyInA)} ${onlyList('Only in B', 'b', r.evidence.onlyInB)}
      </div>
    </section>`;
  return layout({ title: `Compare: ${c.a.row.title} / ${c.b.row.title}` }, body);
}
