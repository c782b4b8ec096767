// What the content script reports about its page: plain, serialisable data.
import type { ExtractInput } from '../engine/index.ts';

/** What one hidden entry stands for: one of the engine's blocks (which the popup can show again), or a group
 * that no block stands for — the hits of the reader's own rules, the page's empty ad slots (one entry for all),
 * the regions around the article, fixed or sticky boxes, an undone scroll lock. */
export type HiddenEntry = BlockEntry | GroupEntry;

interface EntryBase {
  /** The rule's id: a row of the engine's RULE_TABLE. */
  ruleId: string;
  kind: string;
  evidence: string;
  text: string;
}
export interface BlockEntry extends EntryBase { target: 'block'; blockId: number }
export type GroupTarget = 'reader-rule' | 'empty-slots' | 'regions' | 'boxes' | 'scroll-lock';
export interface GroupEntry extends EntryBase { target: GroupTarget }

export interface PageReport {
  url: string;
  title: string;
  mode: 'html' | 'text';
  on: boolean;
  isArticle: boolean;
  /** The article for the popup's extractors (headline, summary, speakers); null when the page is no article. */
  article: ExtractInput | null;
  /** The first hidden blocks, in page order (a huge page can hide thousands; the list is capped). */
  hidden: HiddenEntry[];
  /** All hidden blocks, counted per kind. */
  hiddenByKind: Record<string, number>;
  hiddenTotal: number;
  warnings: string[];
  /** Milliseconds of work on this page (content/timings.ts), for `npm run bench:browser`. */
  timings: Timings;
}

export interface Timings { fullPass: number[]; lateBatch: number[]; slice: number[] }
