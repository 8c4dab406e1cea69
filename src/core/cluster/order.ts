/**
 * Stream order: the order an online clusterer sees a batch of articles in. By publication time (ties: input
 * order), then the undated ones in input order: an undated article is taken as current news, dated by the
 * stream's clock (see assign.ts), which the dated articles before it have set.
 */
import type { Article } from '../types.ts';

/** The articles in stream order (a new array; the input is not changed). */
export function streamOrder(articles: readonly Article[]): Article[] {
  const dated: { a: Article; i: number; t: number }[] = [];
  const undated: Article[] = [];
  articles.forEach((a, i) => {
    const t = a.published ? Date.parse(a.published) : NaN;
    if (Number.isNaN(t)) undated.push(a);
    else dated.push({ a, i, t });
  });
  dated.sort((x, y) => x.t - y.t || x.i - y.i);
  return [...dated.map((d) => d.a), ...undated];
}
