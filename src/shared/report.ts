// What the content script reports about its page: plain, serialisable data.
import type { ExtractInput } from '../engine/index.ts';

/** HiddenEntry.blockId of what no block stands for: a reader's rule's hit, and the page's empty ad slots (one entry for all). */
export const USER_RULE_ENTRY = -1;
export const EMPTY_SLOTS_ENTRY = -2;
/** Entries for page regions around the article, fixed or sticky boxes, and an undone scroll lock. */
export const REGIONS_ENTRY = -3;
export const BOXES_ENTRY = -4;
export const SCROLL_LOCK_ENTRY = -5;

export interface HiddenEntry {
  /** The engine's block, or one of the *_ENTRY values above (no block). */
  blockId: number;
  ruleId: string;
  kind: string;
  evidence: string;
  text: string;
}

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
