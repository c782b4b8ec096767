// What the popup is told: plain strings only, never markup.
import { timings } from './timings.ts';
import { FIXED_BOX, OUTSIDE_ARTICLE, READER_RULE, SCROLL_LOCK, type Classification, type EmptySlot, type StageRule } from '../engine/index.ts';
import type { BlockEntry, GroupEntry, GroupTarget, PageReport } from '../shared/report';
import type { UserHit } from './apply-user-rules.ts';
import type { PageAnalysis } from './analyse-page.ts';
import { call, get } from '../adapters/dom/safe.ts';

/** Hidden blocks are quoted up to this many characters in the popup. */
const QUOTE_CHARS = 160;
/** The popup lists this many hidden blocks; the counts cover all of them. */
const MAX_LISTED = 200;
/** An element is described by at most this many characters of its id and class. */
const DESCRIBE_CHARS = 60;

/** What was hidden besides text blocks: whole regions around the article, fixed boxes, undone scroll locks. */
export interface ScreenMarks { regions: readonly Element[]; boxes: readonly Element[]; locks: readonly Element[] }
/** None of them (a fresh object each time: the controller adds late regions and boxes to its own). */
export const noScreenMarks = (): { regions: Element[]; boxes: Element[]; locks: Element[] } => ({ regions: [], boxes: [], locks: [] });

export function buildReport(doc: Document, analysis: PageAnalysis, on: boolean, hidden: readonly Classification[], userHits: readonly UserHit[] = [],
  slots: readonly EmptySlot[] = [], screen: ScreenMarks = noScreenMarks()): PageReport {
  const { result } = analysis;
  const mine: GroupEntry[] = userHits.map((h) => ({ target: 'reader-rule', ruleId: READER_RULE.id, kind: READER_RULE.kind, evidence: `your rule ${h.rule.source}`, text: clip(h.text) }));
  const byKind = countByKind(hidden);
  if (mine.length > 0) byKind[READER_RULE.kind] = mine.length;
  const empty = slotsEntry(slots);
  if (empty !== null) byKind.ad = (byKind.ad ?? 0) + slots.length;
  const elements = elementEntries(screen);
  for (const [kind, n] of [[OUTSIDE_ARTICLE.kind, screen.regions.length], [FIXED_BOX.kind, screen.boxes.length]] as const) {
    if (n > 0) byKind[kind] = (byKind[kind] ?? 0) + n;
  }
  const tail = [...(empty === null ? [] : [empty]), ...elements];
  return {
    url: doc.location.href,
    title: doc.title,
    mode: analysis.mode,
    on,
    isArticle: analysis.isArticle,
    article: analysis.isArticle ? analysis.article : null,
    hiddenTotal: hidden.length + mine.length + slots.length + screen.regions.length + screen.boxes.length,
    hiddenByKind: byKind,
    // Entries for what has no block (empty ad slots, regions, boxes) come last, after the blocks in page order, and always make the list.
    hidden: [...[...mine, ...hidden.map(blockEntry)]
      .slice(0, MAX_LISTED - tail.length), ...tail],
    warnings: result.warnings,
    timings: timings(),
  };
}

const blockEntry = (c: Classification): BlockEntry =>
  ({ target: 'block', blockId: c.block.id, ruleId: c.ruleId, kind: c.kind, evidence: c.evidence, text: clip(c.block.text) });

/** All empty ad slots as one entry: they have no text to quote, only the name of the first as evidence. */
function slotsEntry(slots: readonly EmptySlot[]): GroupEntry | null {
  const [first] = slots;
  if (first === undefined) return null;
  const n = slots.length;
  return { target: 'empty-slots', ruleId: first.ruleId, kind: first.kind, evidence: `${first.evidence}${n > 1 ? ` and ${n - 1} more` : ''}`,
    text: plural(n, 'empty ad slot') };
}

/** One entry each for the regions around the article, the fixed boxes and the undone scroll lock, when there are any. */
function elementEntries({ regions, boxes, locks }: ScreenMarks): GroupEntry[] {
  const named = (els: readonly Element[]): string => `${describe(els[0])}${els.length > 1 ? ` and ${els.length - 1} more` : ''}`;
  const entries: [GroupTarget, StageRule, readonly Element[], string, string][] = [
    ['regions', OUTSIDE_ARTICLE, regions, `beside the article's container: ${named(regions)}`, `${plural(regions.length, 'page region')} around the article`],
    ['boxes', FIXED_BOX, boxes, `fixed or sticky, no article text: ${named(boxes)}`, `${plural(boxes.length, 'fixed or sticky box')} over the page`],
    ['scroll-lock', SCROLL_LOCK, locks, `overflow hidden or position fixed on ${locks.map(describe).join(' and ')}`, 'Scrolling unlocked'],
  ];
  return entries.filter(([, , els]) => els.length > 0).map(([target, rule, , evidence, text]) => ({ target, ruleId: rule.id, kind: rule.kind, evidence, text }));
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : noun.endsWith('x') ? 'es' : 's'}`;

/** `<aside class="rail promo">` (at most 60 characters of class and id). */
function describe(element: Element | undefined): string {
  if (element === undefined) return '';
  // Through getAttribute: a form's id and className can be its controls (src/adapters/dom/safe.ts).
  const [id, cls] = ['id', 'class'].map((a) => call(element, 'getAttribute', a)?.trim() ?? '');
  const name = [id ? `id "${id}"` : '', cls ? `class "${cls}"` : ''].filter(Boolean).join(' ').slice(0, DESCRIBE_CHARS);
  return `<${get(element, 'localName')}${name ? ' ' + name : ''}>`;
}

const clip = (text: string): string => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text);

function countByKind(hidden: readonly Classification[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of hidden) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}
