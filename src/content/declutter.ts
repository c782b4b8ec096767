// One declutter pass over a page and its undo, free of extension APIs so the
// same code is tested in jsdom: analyse, then mark furniture hidden (or show
// the text view of a saved .txt). Marks only; nodes are never removed.
import { drain, FIXED_BOX, OUTSIDE_ARTICLE, type Classification, type EmptySlot, type Steps } from '../engine/index.ts';
import { analysePageSteps, type PageAnalysis } from './analyse-page.ts';
import { MARKS, markAll, markAllSteps, pageRoots, setUnlocks, unmarkAll, type Marking } from './hide.ts';
import { hiddenByUs, hideTargets, outermostSlots } from './targets.ts';
import { removeTextView, showTextViewSteps } from './text-view.ts';
import { commonAncestor } from './late.ts';
import { userMarkings, userRuleForLine, userRuleHitsSteps, type UserHit } from './apply-user-rules.ts';
import type { ActiveRule } from '../settings/rule-syntax.ts';
import { regionTargets } from './region.ts';
import { fixedBoxes, scrollLocks } from './screen.ts';
import { noScreenMarks } from './report.ts';
import { call, get } from '../adapters/dom/safe.ts';

export interface DeclutterState {
  analysis: PageAnalysis;
  /** Furniture the reader sees hidden (excludes blocks the page hides itself and reader exceptions). */
  hidden: Classification[];
  marked: Set<Element>;
  /** The deepest element holding all article text (late widgets inside it are judged more carefully). */
  articleRoot: Element | null;
  /** What the reader's own rules hid. */
  userHits: UserHit[];
  /** Ad slots with no text, hidden by their name (outermost only). */
  slots: EmptySlot[];
  /** Page regions around the article (siblings along its path up to <body>) and fixed/sticky boxes, hidden whole. */
  regions: readonly Element[];
  boxes: readonly Element[];
  /** <html>/<body> whose scroll lock is undone. */
  locks: readonly Element[];
}

/** Declutter `doc`; `previous` (the marks on the page, updated in place) loses marks no longer wanted, `kept` blocks stay visible. */
export function declutter(doc: Document, previous: Set<Element>, kept: (c: Classification) => boolean, rules: readonly ActiveRule[] = []): DeclutterState {
  return drain(declutterSteps(doc, previous, kept, rules));
}

/** As steps: the reading is sliced, the marking happens in the last step, all at once. `reuse` is an analysis of
 * the page as it still stands (the popup's, taken while off), which spares reading it again. */
export function* declutterSteps(doc: Document, previous: Set<Element>, kept: (c: Classification) => boolean,
  rules: readonly ActiveRule[] = [], reuse: PageAnalysis | null = null): Steps<DeclutterState> {
  const analysis = reuse ?? (yield* analysePageSteps(doc));
  const { result, pre, text, containerElements } = analysis;
  const ownElement = (c: Classification): Element | undefined => containerElements[c.block.path[c.block.path.length - 1] ?? -1];
  if (pre !== null) {
    const hidden = analysis.isArticle ? result.blocks.filter((c) => hiddenByUs(c, kept)) : [];
    if (analysis.isArticle || rules.length > 0) yield* showTextViewSteps(doc, pre, text, analysis.lineOfBlock, analysis.isArticle ? result.blocks : [], kept, (line) => userRuleForLine(rules, line) !== null);
    return { analysis, hidden, marked: markAll(doc, [], previous), articleRoot: pre, userHits: [], slots: [], ...noScreenMarks() };
  }
  yield;
  // The reader's own rules apply on every page; the engine's only where it found an article.
  const userHits = yield* userRuleHitsSteps(doc, rules, result.blocks.map(ownElement).filter((e): e is Element => e !== undefined));
  if (!analysis.isArticle) return { analysis, hidden: [], marked: markAll(doc, userMarkings(userHits), previous), articleRoot: null, userHits, slots: [], ...noScreenMarks() };
  const hidden = result.blocks.filter((c) => hiddenByUs(c, kept));
  yield;
  const targets = hideTargets(result.blocks, containerElements, kept);
  yield;
  const articleElements = result.blocks.filter((c) => c.verdict === 'article').map(ownElement).filter((e): e is Element => e !== undefined);
  const articleRoot = commonAncestor(articleElements);
  const shownAgain = result.blocks.filter((c) => c.verdict === 'furniture' && kept(c)).map(ownElement).filter((e): e is Element => e !== undefined);
  const regions = regionTargets(articleRoot, shownAgain);
  const slots = outermostSlots(result.emptySlots, containerElements);
  // Blocks inside a region keep their own rule's mark too (the page says why each was hidden); where one element
  // is both, the rule that names it comes last and wins.
  const marks: Marking[] = [...regions.map((element) => ({ element, ruleId: OUTSIDE_ARTICLE.id })),
    ...targets.map((t) => ({ element: t.element, ruleId: t.classification.ruleId })),
    ...userMarkings(userHits), ...slots.map(({ slot, element }) => ({ element, ruleId: slot.ruleId }))];
  yield;
  const marking = new Set(marks.map((m) => m.element));
  // A box an earlier pass hid has display:none now: it is still one.
  const boxes = fixedBoxes(doc, ancestorsOf(articleElements), (e) => marking.has(e), (e) => call(e, 'getAttribute', MARKS.hidden) === FIXED_BOX.id);
  marks.push(...boxes.map((element) => ({ element, ruleId: FIXED_BOX.id })));
  const unlocked = (): HTMLElement[] => pageRoots(doc).filter((e) => call(e, 'hasAttribute', MARKS.unlock));
  setUnlocks(doc, [...new Set([...unlocked(), ...scrollLocks(doc)])]); // undone already: its lock no longer shows
  return { analysis, hidden, marked: yield* markAllSteps(doc, marks, previous), articleRoot, userHits, slots: slots.map((s) => s.slot),
    regions, boxes, locks: unlocked() };
}

/** The elements and all their ancestors: what holds article text. */
function ancestorsOf(elements: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  for (const element of elements) {
    for (let up: Element | null = element; up !== null && !out.has(up); up = get(up, 'parentElement')) out.add(up);
  }
  return out;
}

/** Undo every mark and the text view: the page serialises as before. */
export function restore(doc: Document, analysis: PageAnalysis | null, marked: ReadonlySet<Element>): void {
  if (analysis?.pre) removeTextView(doc, analysis.pre);
  unmarkAll(doc, marked);
}
