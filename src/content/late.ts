// Late widgets, one MutationObserver batch at a time: only the added subtrees
// are read and classified (classifyFragment), never the whole page, so a batch
// costs what the widget costs. Prose added inside the article asks for a full
// pass instead (a lazy-loaded article continues; those rules need the page).
import { documentToBlocks } from '../adapters/dom/index.ts';
import { adSlotsIn, classifyFragment, FIXED_BOX, OUTSIDE_ARTICLE, type Classification, type EmptySlot } from '../engine/index.ts';
import { MARKS, type Marking } from './hide.ts';
import { hiddenByUs, hideTargets, outermostSlots } from './targets.ts';
import { outsideRegion } from './region.ts';
import { isFixedBox } from './screen.ts';
import { call, get } from '../adapters/dom/safe.ts';
import { withLanguageData } from './language-data.ts';

export interface LateResult { marks: Marking[]; hidden: Classification[]; slots: EmptySlot[]; regions: Element[]; boxes: Element[]; needsFullPass: boolean }

/** The deepest element holding every given element (the article's own container). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const element of elements) {
    while (common !== null && !call(common, 'contains', element)) common = get(common, 'parentElement');
  }
  return common;
}

export function declutterAdded(doc: Document, roots: readonly Element[], articleRoot: Element | null, firstId: number,
  kept: (c: Classification) => boolean): LateResult {
  const out: LateResult = { marks: [], hidden: [], slots: [], regions: [], boxes: [], needsFullPass: false };
  let nextId = firstId;
  for (const root of roots) {
    if (!get(root, 'isConnected') || call(root, 'closest', `[${MARKS.hidden}]`) !== null || call(root, 'closest', `[${MARKS.view}]`) !== null) continue;
    // Beside the article's path (an overlay appended to <body>, a rail filled in): hidden whole, as the full pass does.
    if (outsideRegion(root, articleRoot)) { out.marks.push({ element: root, ruleId: OUTSIDE_ARTICLE.id }); out.regions.push(root); continue; }
    if (isFixedBox(root)) { out.marks.push({ element: root, ruleId: FIXED_BOX.id }); out.boxes.push(root); continue; }
    const read = documentToBlocks(doc, { root });
    const { containerElements } = read;
    const input = withLanguageData(read.input);
    if (input.blocks.length === 0) {
      // No text at all: an ad slot (with its frame) arriving late is known by its name.
      const slots = outermostSlots(adSlotsIn(input.containers), containerElements);
      out.marks.push(...slots.map(({ slot, element }) => ({ element, ruleId: slot.ruleId })));
      out.slots.push(...slots.map((x) => x.slot));
      continue;
    }
    const classes = classifyFragment(input, nextId);
    nextId += classes.length;
    const inArticle = articleRoot !== null && call(articleRoot, 'contains', root);
    // Inside the article only what a rule names is hidden; anything else there may be article text.
    if (inArticle && classes.some((c) => c.verdict === 'article' || c.ruleId === OUTSIDE_ARTICLE.id)) { out.needsFullPass = true; continue; }
    for (const target of hideTargets(classes, containerElements, kept)) {
      out.marks.push({ element: target.element, ruleId: target.classification.ruleId });
    }
    out.hidden.push(...classes.filter((c) => hiddenByUs(c, kept)));
  }
  return out;
}
