// One declutter pass over a page and its undo, free of extension APIs so the
// same code is tested in jsdom: analyse, then mark furniture hidden (or show
// the text view of a saved .txt). Marks only; nodes are never removed.
import type { Classification } from '../engine/types.ts';
import { analysePageSteps, type PageAnalysis } from './analyse-page.ts';
import { drain, type Steps } from '../engine/steps.ts';
import { markAll, unmarkAll } from './hide.ts';
import { hideTargets } from './targets.ts';
import { removeTextView, showTextView } from './text-view.ts';
import { commonAncestor } from './late.ts';

export interface DeclutterState {
  analysis: PageAnalysis;
  /** Furniture the reader sees hidden (excludes blocks the page hides itself and reader exceptions). */
  hidden: Classification[];
  marked: Set<Element>;
  /** The deepest element holding all article text (late widgets inside it are judged more carefully). */
  articleRoot: Element | null;
}

/** Declutter `doc`; `previous` marks no longer wanted are removed, `kept` blocks stay visible. */
export function declutter(doc: Document, previous: ReadonlySet<Element>, kept: (c: Classification) => boolean): DeclutterState {
  return drain(declutterSteps(doc, previous, kept));
}

/** As steps: the reading is sliced, the marking happens in the last step, all at once. */
export function* declutterSteps(doc: Document, previous: ReadonlySet<Element>, kept: (c: Classification) => boolean): Steps<DeclutterState> {
  const analysis = yield* analysePageSteps(doc);
  const { result, pre, text, containerElements } = analysis;
  if (!analysis.isArticle) return { analysis, hidden: [], marked: markAll(doc, [], previous), articleRoot: null };
  const hidden = result.blocks.filter((c) => c.verdict === 'furniture' && c.ruleId !== 'hidden-by-page' && !kept(c));
  if (pre !== null) {
    showTextView(doc, pre, text, result.blocks, kept);
    return { analysis, hidden, marked: markAll(doc, [], previous), articleRoot: pre };
  }
  yield;
  const targets = hideTargets(result.blocks, containerElements, kept);
  yield;
  const articleRoot = commonAncestor(result.blocks.filter((c) => c.verdict === 'article')
    .map((c) => containerElements[c.block.path[c.block.path.length - 1] ?? -1]).filter((e): e is Element => e !== undefined));
  const marked = markAll(doc, targets.map((t) => ({ element: t.element, ruleId: t.classification.ruleId })), previous);
  return { analysis, hidden, marked, articleRoot };
}

/** Undo every mark and the text view: the page serialises as before. */
export function restore(doc: Document, analysis: PageAnalysis | null, marked: ReadonlySet<Element>): void {
  if (analysis?.pre) removeTextView(doc, analysis.pre);
  unmarkAll(doc, marked);
}
