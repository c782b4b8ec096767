// What the extractors read, as plain serialisable data: the engine's article
// blocks (kind and text), the page's declared metadata and title, and where
// the article sits. The content script sends this to the popup, which runs
// the extractors there, so their word lists and patterns stay out of the
// script that runs on every page.
import type { EngineInput, EngineResult, Kind, PageMeta } from '../types.ts';
import { DATES } from './thresholds.ts';
import { jsonLdSummary } from './json-ld.ts';

/** Block ids of the article, headline to last paragraph. */
export interface ArticleSpan { from: number; to: number }

export interface ExtractInput {
  blocks: { kind: Kind; text: string }[];
  meta: PageMeta | null;
  title: string | null;
  span: ArticleSpan | null;
  /** Every block from the headline on, whatever its verdict, for DATES.datelineBlocks blocks: a dateline is
   * often hidden with the share buttons beside it (naeb news.sky.com page: "Saturday 23 December 2023 05:39, UK"; case in extract.test.ts). */
  dateline: string[];
  /** The page's first <h1> text, whatever its verdict: the headline when the header search found none (test "takes the page's <h1> as shown…"
   * in extract.test.ts; seen on naeb's mashable page: a promoted widget between the <h1> and the region puts it out of reach). */
  h1: string | null;
}

export function extractionInput(result: EngineResult, input: EngineInput): ExtractInput {
  const article = result.blocks.filter((c) => c.verdict === 'article');
  const first = article[0];
  const last = article[article.length - 1];
  return {
    blocks: article.map((c) => ({ kind: c.kind, text: c.block.text })),
    meta: input.meta === undefined ? null : { ...input.meta, jsonLd: jsonLdSummary(input.meta.jsonLd) },
    title: input.title ?? null,
    span: first === undefined || last === undefined ? null : { from: first.block.id, to: last.block.id },
    dateline: datelineTexts(result, article.find((c) => c.kind === 'headline')?.block.id ?? first?.block.id),
    h1: result.blocks.find((c) => c.block.tag === 'h1')?.block.text ?? null,
  };
}

function datelineTexts(result: EngineResult, from: number | undefined): string[] {
  if (from === undefined) return [];
  return result.blocks.filter((c) => c.block.id > from && c.block.id <= from + DATES.datelineBlocks)
    .map((c) => c.block.text).filter((t) => t.split(/\s+/).length <= DATES.datelineMaxWords);
}
