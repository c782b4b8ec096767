// Which elements to mark hidden. A furniture block's element is hidden, or a
// higher ancestor when everything inside it is furniture of the same rule (a
// whole widget, with its images and whitespace). An element that also holds
// article text is never hidden.
import type { Classification } from '../engine/types.ts';

/** Rules whose blocks stay as they are: the page hides them already. */
const NOT_OURS = new Set(['hidden-by-page']);
const NEVER_HIDE = new Set(['html', 'body', 'main', 'article']);

export interface Target { element: Element; classification: Classification }

export function hideTargets(classes: readonly Classification[], containerElements: readonly Element[], skip: (c: Classification) => boolean): Target[] {
  const article = new Map<number, number>();
  const ruleOf = new Map<number, string>();
  const hidden = classes.filter((c) => c.verdict === 'furniture' && !NOT_OURS.has(c.ruleId) && !skip(c));
  const hiddenSet = new Set(hidden);
  for (const c of classes) {
    // Article text, and furniture a reader chose to show again, both keep their ancestors visible.
    if (c.verdict === 'article' || (!hiddenSet.has(c) && !NOT_OURS.has(c.ruleId))) {
      for (const id of c.block.path) article.set(id, (article.get(id) ?? 0) + 1);
    }
  }
  for (const c of hidden) {
    for (const id of c.block.path) ruleOf.set(id, ruleOf.get(id) === undefined || ruleOf.get(id) === c.ruleId ? c.ruleId : '*');
  }
  const targets = new Map<Element, Classification>();
  for (const c of hidden) {
    const path = c.block.path;
    const own = path[path.length - 1];
    if (own === undefined || (article.get(own) ?? 0) > 0) continue; // shares its element with article text
    let target = own;
    for (let k = path.length - 2; k >= 0; k--) {
      const id = path[k] ?? -1;
      const element = containerElements[id];
      if (element === undefined || NEVER_HIDE.has(element.localName) || (article.get(id) ?? 0) > 0 || ruleOf.get(id) !== c.ruleId) break;
      target = id;
    }
    const element = containerElements[target];
    if (element !== undefined && !targets.has(element)) targets.set(element, c);
  }
  // Keep only outermost targets: a widget hidden whole needs no attribute on its parts.
  return [...targets].filter(([el]) => !hasHiddenAncestor(el, targets)).map(([element, classification]) => ({ element, classification }));
}

function hasHiddenAncestor(el: Element, targets: ReadonlyMap<Element, Classification>): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) if (targets.has(p)) return true;
  return false;
}
