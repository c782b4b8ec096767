// Which elements to mark hidden. A furniture block's element is hidden, or a
// higher ancestor when everything inside it is furniture of the same rule (a
// whole widget, with its images and whitespace). An element that also holds
// article text is never hidden.
import { ancestorIndex, HIDDEN_BY_PAGE, type Classification, type EmptySlot } from '../engine/index.ts';
import { get } from '../adapters/dom/safe.ts';

/** Rules whose blocks stay as they are: the page hides them already. */
const NOT_OURS = new Set([HIDDEN_BY_PAGE.id]);
const NEVER_HIDE = new Set(['html', 'body', 'main', 'article']);

export interface Target { element: Element; classification: Classification }

/** Furniture the extension hides: not what the page hides already, not what the reader chose to keep. */
export function hiddenByUs(c: Classification, kept: (c: Classification) => boolean): boolean {
  return c.verdict === 'furniture' && !NOT_OURS.has(c.ruleId) && !kept(c);
}

export function hideTargets(classes: readonly Classification[], containerElements: readonly Element[], skip: (c: Classification) => boolean): Target[] {
  // Per container id, as arrays: every block's path is walked, so on a large page Maps cost tens of ms.
  const article = new Int32Array(containerElements.length);
  const ruleOf: (string | undefined)[] = new Array<string | undefined>(containerElements.length);
  const hidden = classes.filter((c) => hiddenByUs(c, skip));
  const hiddenSet = new Set(hidden);
  for (const c of classes) {
    // Article text, and furniture a reader chose to show again, both keep their ancestors visible.
    if (c.verdict === 'article' || (!hiddenSet.has(c) && !NOT_OURS.has(c.ruleId))) {
      for (const id of c.block.path) article[id] = (article[id] ?? 0) + 1;
    }
  }
  for (const c of hidden) {
    for (const id of c.block.path) ruleOf[id] = ruleOf[id] === undefined || ruleOf[id] === c.ruleId ? c.ruleId : '*';
  }
  const targets = new Map<Element, Classification>();
  // Climbing from a container for a rule always ends at the same place: remember it (a rail of 10,000 teasers
  // climbs through the same list 10,000 times).
  const climbed = new Map<number, number>();
  for (const c of hidden) {
    const path = c.block.path;
    const own = path[path.length - 1];
    if (own === undefined || (article[own] ?? 0) > 0) continue; // shares its element with article text
    let target = own;
    const passed: number[] = [];
    for (let k = ancestorIndex(path); k >= 0; k--) {
      const id = path[k] ?? -1;
      const known = ruleOf[id] === c.ruleId ? climbed.get(id) : undefined;
      if (known !== undefined) { target = known; break; }
      const element = containerElements[id];
      if (element === undefined || NEVER_HIDE.has(get(element, 'localName')) || (article[id] ?? 0) > 0 || ruleOf[id] !== c.ruleId) break;
      target = id;
      passed.push(id);
    }
    for (const id of passed) climbed.set(id, target);
    const element = containerElements[target];
    if (element !== undefined && !targets.has(element)) targets.set(element, c);
  }
  return outermost(targets).flatMap((element) => {
    const classification = targets.get(element);
    return classification === undefined ? [] : [{ element, classification }];
  });
}

/** The engine's empty ad slots on the page, leaving out those inside another (one slot, one entry). */
export function outermostSlots(slots: readonly EmptySlot[], containerElements: readonly Element[]): { slot: EmptySlot; element: Element }[] {
  const found = slots.map((slot) => ({ slot, element: containerElements[slot.container] }))
    .filter((s): s is { slot: EmptySlot; element: Element } => s.element !== undefined);
  const keep = new Set(outermost(new Set(found.map((s) => s.element))));
  return found.filter(({ element }) => keep.has(element));
}

/** The members of `set` with no ancestor in it: a widget hidden whole needs nothing on its parts, and an added
 * subtree is read with its root. */
export function outermost<T extends Element>(set: { has(element: Element): boolean; keys(): Iterable<T> }): T[] {
  return [...set.keys()].filter((element) => {
    for (let up = get(element, 'parentElement'); up !== null; up = get(up, 'parentElement')) if (set.has(up)) return false;
    return true;
  });
}
