// The extractors over the engine's article blocks: headline, byline, date,
// summary and quoted speakers. Results are plain text, never markup.
import type { EngineInput, EngineResult, Kind } from '../types.ts';
import { extractionInput, type ExtractInput } from './input.ts';
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

export function extractFrom(x: ExtractInput): Extracted {
  const textOf = (kind: Kind): string | null => x.blocks.find((b) => b.kind === kind)?.text ?? null;
  const paragraphs = x.blocks.filter((b) => PROSE_KINDS.has(b.kind)).map((b) => b.text);
  const body = x.blocks.filter((b) => b.kind === 'body').map((b) => b.text);
  const meta = extractMetadata({ meta: x.meta ?? undefined, headlineBlock: textOf('headline'), bylineBlock: textOf('byline'), title: x.title ?? undefined,
    span: x.span, dateline: x.dateline, pageH1: x.h1 });
  return {
    headline: meta.headline,
    byline: meta.byline,
    published: meta.published,
    summary: summarise(body, meta.description ?? textOf('standfirst')),
    speakers: extractSpeakers(paragraphs),
  };
}

export function extractAll(result: EngineResult, input: EngineInput): Extracted {
  return extractFrom(extractionInput(result, input));
}
