/**
 * The coverage matrix of a story: facts (rows) by outlets (columns), grouped by reach (every outlet, some,
 * only one); facts only one outlet reports are highlighted and say which outlet.
 */
import { html, raw, type Html } from './html.ts';
import type { Coverage, FactGroup, Reach } from '../core/coverage/index.ts';
import type { CoverageTotals } from '../services/library/types.ts';
import type { DigestFact } from '../services/library/coverage-digest.ts';
import { links, plural } from './format.ts';

const REACH_HEADINGS: Record<Reach, string> = {
  all: 'Reported by every outlet',
  some: 'Reported by some outlets',
  one: 'Reported by only one outlet',
};

const REACHES: readonly Reach[] = ['all', 'some', 'one'];

/**
 * The two cells of the matrix, made once: a story's matrix has up to hundreds of facts by 24 outlets, and
 * these hold no text from articles. A fact an outlet does not report is a blank cell (read as "blank"; the
 * caption says so): spelled out, "not reported" made a third of the page of the largest story (130 facts by
 * 24 outlets, mostly blank). A reported cell holds the word for screen readers; the stylesheet hides it and
 * draws the dot (a third of the size the dot and the word as two spans took: a sixth of a story page).
 */
const CELL_YES = raw('<td class="yes"><i>reported</i></td>');
const CELL_NO = raw('<td class="no"></td>');

/** The row's cells, one per outlet in column order. */
function factCells(f: FactGroup, outlets: readonly string[]): Html {
  const reporting = new Set(f.outlets);
  return raw(outlets.map((o) => (reporting.has(o) ? CELL_YES : CELL_NO)).join(''));
}

/** A fact's heading: its first wording, the others folded (a digest's fact lists its first few only). */
function factHeader(f: DigestFact): Html {
  const [first, ...others] = f.members;
  const more = (f.wordings ?? f.members.length) - 1;
  return html`<th scope="row" id="fact-${f.id}" dir="auto">
    ${f.reach === 'one' ? html`<span class="badge">only ${f.outlets[0]}</span> ` : ''}${first?.text ?? ''}
    ${
      more > 0
        ? html`<details>
            <summary>${plural(more, 'other wording')}</summary>
            <ul>
              ${others.map((m) => html`<li><span class="muted">${m.outlet}:</span> ${m.text}</li>`)}
            </ul>
            ${
              more > others.length
                ? html`<p class="muted">${more - others.length} more in the whole matrix.</p>`
                : ''
            }
          </details>`
        : ''
    }
  </th>`;
}

/**
 * The coverage matrix of `coverage`'s facts, or a note when there are none. `totals`: of the whole comparison,
 * when `coverage` holds part of it (a digest, a page); the counts line then says how many facts it has.
 */
export function coverageMatrix(coverage: Coverage, totals?: CoverageTotals): Html {
  const outlets = coverage.outlets;
  const names = outlets.map((o) => o.outlet);
  if (coverage.facts.length === 0 && !totals?.facts) return html`<p class="empty">No facts to compare.</p>`;
  const counts = totals
    ? [totals.all, totals.some, totals.one]
    : REACHES.map((r) => coverage.facts.filter((f) => f.reach === r).length);
  const total = totals?.facts ?? coverage.facts.length;
  return html`<p class="muted">
      ${plural(total, 'fact')}: ${counts[0]} reported by every outlet, ${counts[1]} by some, ${counts[2]} by
      only one.
    </p>
    <div class="scroll-x" tabindex="0" role="region" aria-label="Coverage matrix (scrolls sideways)">
      <table class="matrix">
        <caption class="visually-hidden">
          Facts by outlet: a cell says "reported" where the outlet reports the fact, and is blank where it
          does not.
        </caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            ${outlets.map(
              (o) =>
                html`<th scope="col" class="outlet">
                  <a href="${links.article(o.id)}" title="${o.title}">${o.outlet}</a>
                </th>`,
            )}
          </tr>
        </thead>
        ${REACHES.map((reach) => {
          const facts = coverage.facts.filter((f) => f.reach === reach);
          if (facts.length === 0) return '';
          return html`<tbody class="reach-${reach}">
            <tr class="group">
              <th scope="rowgroup" colspan="${outlets.length + 1}">
                ${REACH_HEADINGS[reach]} (${facts.length})
              </th>
            </tr>
            ${facts.map(
              (f) =>
                html`<tr class="fact ${reach === 'one' ? 'only' : ''}" data-reach="${reach}">
                  ${factHeader(f)} ${factCells(f, names)}
                </tr>`,
            )}
          </tbody>`;
        })}
      </table>
    </div>`;
}
