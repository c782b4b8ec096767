// The extractors over the engine's article blocks: headline, byline, date,
// summary and quoted speakers. Results are plain text, never markup.
import type { EngineInput, EngineResult, Kind } from '../types.ts';
import { extractMetadata } from './metadata.ts';
import { extractSpeakers, type Speaker } from './speakers.ts';
import { summarise } from './summary.ts';

export interface Extracted {
  headline: string | null;
  byline: string | null;
  published: string | null;
  summary: string[];
  speakers: Speaker[];
}

const PROSE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['body', 'standfirst']);

export function extractAll(result: EngineResult, input: EngineInput): Extracted {
  const article = result.blocks.filter((c) => c.verdict === 'article');
  const textOf = (kind: Kind): string | null => article.find((c) => c.kind === kind)?.block.text ?? null;
  const paragraphs = article.filter((c) => PROSE_KINDS.has(c.kind)).map((c) => c.block.text);
  const body = article.filter((c) => c.kind === 'body').map((c) => c.block.text);
  const span = article.length === 0 ? null : { from: article[0]?.block.id ?? 0, to: article[article.length - 1]?.block.id ?? 0 };
  const meta = extractMetadata(input.meta, textOf('headline'), textOf('byline'), input.title, span);
  return {
    headline: meta.headline,
    byline: meta.byline,
    published: meta.published,
    summary: summarise(body, meta.description ?? textOf('standfirst')),
    speakers: extractSpeakers(paragraphs),
  };
}
