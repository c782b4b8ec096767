// The --json shape: one object per file.
import type { Analysis } from '../adapters/analyse.ts';
import { HIDDEN_BY_PAGE } from '../engine/index.ts';

export interface CliJson {
  file: string;
  mode: string;
  headline: string | null;
  byline: string | null;
  published: string | null;
  summary: string[];
  speakers: { name: string; role: string | null; quotes: string[] }[];
  article: string;
  hidden: { ruleId: string; kind: string; text: string }[];
  warnings: string[];
}

export function toJson(file: string, analysis: Analysis): CliJson {
  const { result } = analysis;
  return {
    file,
    mode: analysis.mode,
    headline: analysis.headline,
    byline: analysis.byline,
    published: analysis.published,
    summary: analysis.summary,
    speakers: analysis.speakers,
    article: result.article,
    hidden: result.blocks
      .filter((c) => c.verdict === 'furniture' && c.ruleId !== HIDDEN_BY_PAGE.id)
      .map((c) => ({ ruleId: c.ruleId, kind: c.kind, text: c.block.text })),
    warnings: result.warnings,
  };
}
