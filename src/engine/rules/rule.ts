// The shape every rule has. Rules are data first: an id (also the file name,
// the fixture key, the UI label and the hidden mark's value on the page), the kind
// and verdict they give, and a matcher that returns evidence (why) or null.
// Its one-line summary is in rules/table.ts, outside the rule object: the
// content script ships the objects to every page, and no code there reads it.
import type { Block, Kind, Verdict } from '../types.ts';
import type { IsLabel } from '../text/labels.ts';

export interface RuleContext {
  readonly blocks: readonly Block[];
  /** The furniture kind of the nearest landmark container holding the block, if any. */
  landmarkOf(block: Block): Landmark | null;
  /** Class/id words of the block's own element and its nearest ancestors (DOM only; empty for saved text). */
  classWords(block: Block, levels: number): readonly string[];
  /** Whether a heading is a label of a role in a language other than English (lexicon/labels.ts). */
  isLabel: IsLabel;
}

export interface Landmark {
  kind: Kind;
  /** How the container was recognised, e.g. `<aside class="related-links">`. */
  describe: string;
}

export interface Match {
  evidence: string;
  /** A label ("PROMOTED VIDEO", "iJobs Job Widget") opens a run of the same kind over its widget; other findings leave it out. */
  opensRun?: boolean;
  /** The label heads a bar of short controls (share buttons, a search box), not a widget with blurbs:
   * without markup its run ends at the first line of prose (fixture share-bar-over-story.txt: "Share this story"; seen on scrapinghub/6a72de37). */
  controlsOnly?: boolean;
  /** A terminating label that only counts when this many blocks after it match the same rule. */
  confirmBy?: number;
  /** A generic finding (mostly links, one of many short lines) that a label's run may rename. */
  weak?: boolean;
}

export interface Rule {
  id: string;
  kind: Kind;
  verdict: Verdict;
  /** Runs opened by this rule last to the end of the page (boilerpipe's terminating blocks: comments). */
  terminates?: boolean;
  match(block: Block, ctx: RuleContext): Match | null;
}
