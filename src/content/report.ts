// What the popup is told: plain strings only, never markup.
import type { Classification } from '../engine/types.ts';
import type { PageReport } from '../shared/report';
import type { PageAnalysis } from './analyse-page.ts';

/** Hidden blocks are quoted up to this many characters in the popup. */
const QUOTE_CHARS = 160;
/** The popup lists this many hidden blocks; the counts cover all of them. */
const MAX_LISTED = 200;

export function buildReport(doc: Document, analysis: PageAnalysis, on: boolean, hidden: readonly Classification[]): PageReport {
  const { result, extracted } = analysis;
  return {
    url: doc.location.href,
    title: doc.title,
    mode: analysis.mode,
    on,
    isArticle: analysis.isArticle,
    headline: analysis.isArticle ? extracted.headline : null,
    summary: analysis.isArticle ? extracted.summary : [],
    speakers: analysis.isArticle ? extracted.speakers : [],
    hiddenTotal: hidden.length,
    hiddenByKind: countByKind(hidden),
    hidden: hidden.slice(0, MAX_LISTED).map((c) => ({
      blockId: c.block.id, ruleId: c.ruleId, kind: c.kind, evidence: c.evidence,
      text: c.block.text.length > QUOTE_CHARS ? `${c.block.text.slice(0, QUOTE_CHARS - 1)}…` : c.block.text,
    })),
    warnings: result.warnings,
  };
}

function countByKind(hidden: readonly Classification[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of hidden) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}
