/**
 * The outside shape of one analysed article (`storyline analyze --json`, see ../shared/docs/CONTRACT.md).
 * Fields may be added; none renamed or removed without changing the contract.
 */
import type { Analysis, Embed, EntityType } from '../core/types.ts';

export interface ArticleJson {
  id: string;
  title: string;
  lang: string;
  published?: string;
  source?: string;
  url?: string;
  origin: string;
  entities: {
    name: string;
    type: EntityType;
    key: string;
    mentions: number;
    variants: string[];
    roles?: string[];
  }[];
  places: {
    name: string;
    key: string;
    country?: string;
    kind: string;
    mentions: number;
    adjectival: number;
    variants: string[];
  }[];
  dates: { text: string; date: string; grain: string; certain: boolean; mentions: number }[];
  dateReference?: { date: string; from: string };
  quotes: { text: string; speaker?: string; speakerKey?: string; kind: string; attribution?: string }[];
  embeds: Embed[];
  sentences: number;
  words: number;
}

/** Builds the contract JSON of one analysis. Dates are aggregated: one row per (date, grain), first wording kept. */
export function articleJson({ article, annotations }: Analysis): ArticleJson {
  const dates = new Map<string, ArticleJson['dates'][number]>();
  for (const d of annotations.dates.dates) {
    const k = `${d.date}|${d.grain}`;
    const row = dates.get(k);
    if (row) {
      row.mentions++;
      row.certain ||= d.certain;
    } else dates.set(k, { text: d.text, date: d.date, grain: d.grain, certain: d.certain, mentions: 1 });
  }
  const out: ArticleJson = {
    id: article.id,
    title: article.title,
    lang: annotations.language.lang,
    published: article.published,
    source: article.source,
    url: article.url,
    origin: article.origin,
    entities: annotations.entities.entities.map((e) => ({
      name: e.name,
      type: e.type,
      key: e.key,
      mentions: e.mentions,
      variants: [...e.variants],
      ...(e.roles && e.roles.length ? { roles: [...e.roles] } : {}),
    })),
    places: annotations.places.places.map((p) => ({
      name: p.name,
      key: p.key,
      country: p.country,
      kind: p.kind,
      mentions: p.mentions,
      adjectival: p.adjectival,
      variants: [...p.variants],
    })),
    dates: [...dates.values()],
    quotes: annotations.quotes.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerKey: q.speakerKey,
      kind: q.kind,
      attribution: q.attribution,
    })),
    embeds: annotations.clean.embeds.map((e) => ({ kind: e.kind, text: e.text })),
    sentences: annotations.text.sentences.length,
    words: annotations.text.words,
  };
  if (annotations.dates.reference && annotations.dates.referenceFrom) {
    out.dateReference = { date: annotations.dates.reference, from: annotations.dates.referenceFrom };
  }
  return out;
}
