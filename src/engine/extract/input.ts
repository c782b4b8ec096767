// What the extractors read, as plain serialisable data: the engine's article
// blocks (kind and text), the page's declared metadata and title, and where
// the article sits. The content script sends this to the popup, which runs
// the extractors there, so their word lists and patterns stay out of the
// script that runs on every page.
import type { EngineInput, EngineResult, Kind, PageMeta } from '../types.ts';

/** Block ids of the article, headline to last paragraph. */
export interface ArticleSpan { from: number; to: number }

export interface ExtractInput {
  blocks: { kind: Kind; text: string }[];
  meta: PageMeta | null;
  title: string | null;
  span: ArticleSpan | null;
}

export function extractionInput(result: EngineResult, input: EngineInput): ExtractInput {
  const article = result.blocks.filter((c) => c.verdict === 'article');
  const first = article[0];
  const last = article[article.length - 1];
  return {
    blocks: article.map((c) => ({ kind: c.kind, text: c.block.text })),
    meta: input.meta ?? null,
    title: input.title ?? null,
    span: first === undefined || last === undefined ? null : { from: first.block.id, to: last.block.id },
  };
}
