// What the popup is told: plain strings only, never markup.
import type { Classification, EmptySlot } from '../engine/types.ts';
import { EMPTY_SLOTS_ENTRY, USER_RULE_ENTRY, type HiddenEntry, type PageReport } from '../shared/report';
import { USER_RULE_ID, type UserHit } from './user-rules.ts';
import type { PageAnalysis } from './analyse-page.ts';

/** Hidden blocks are quoted up to this many characters in the popup. */
const QUOTE_CHARS = 160;
/** The popup lists this many hidden blocks; the counts cover all of them. */
const MAX_LISTED = 200;

export function buildReport(doc: Document, analysis: PageAnalysis, on: boolean, hidden: readonly Classification[], userHits: readonly UserHit[] = [],
  slots: readonly EmptySlot[] = []): PageReport {
  const { result } = analysis;
  const mine: HiddenEntry[] = userHits.map((h) => ({ blockId: USER_RULE_ENTRY, ruleId: USER_RULE_ID, kind: 'user rule', evidence: `your rule ${h.rule.source}`, text: clip(h.text) }));
  const byKind = countByKind(hidden);
  if (mine.length > 0) byKind['user rule'] = mine.length;
  const empty = slotsEntry(slots);
  if (empty !== null) byKind.ad = (byKind.ad ?? 0) + slots.length;
  return {
    url: doc.location.href,
    title: doc.title,
    mode: analysis.mode,
    on,
    isArticle: analysis.isArticle,
    article: analysis.isArticle ? analysis.article : null,
    hiddenTotal: hidden.length + mine.length + slots.length,
    hiddenByKind: byKind,
    // The empty ad slots' one entry comes last, after the blocks in page order, and always makes the list.
    hidden: [...[...mine, ...hidden.map((c) => ({ blockId: c.block.id, ruleId: c.ruleId, kind: c.kind, evidence: c.evidence, text: clip(c.block.text) }))]
      .slice(0, MAX_LISTED - (empty === null ? 0 : 1)), ...(empty === null ? [] : [empty])],
    warnings: result.warnings,
  };
}

/** All empty ad slots as one entry: they have no text to quote, only the name of the first as evidence. */
function slotsEntry(slots: readonly EmptySlot[]): HiddenEntry | null {
  const [first] = slots;
  if (first === undefined) return null;
  const n = slots.length;
  return { blockId: EMPTY_SLOTS_ENTRY, ruleId: first.ruleId, kind: first.kind, evidence: `${first.evidence}${n > 1 ? ` and ${n - 1} more` : ''}`,
    text: `${n} empty ad ${n === 1 ? 'slot' : 'slots'}` };
}

const clip = (text: string): string => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text);

function countByKind(hidden: readonly Classification[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of hidden) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}
