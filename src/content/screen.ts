// Clutter that text cannot see, read from the live page's computed styles
// (the engine is pure and has none): fixed or sticky boxes that hold no
// article text (top bars, floating players, corner boxes, overlays and their
// backdrops), and the scroll lock an overlay leaves on <html> or <body>.
// Both only mark: the lock is undone by the hiding stylesheet while the mark is
// there, and removing the mark restores the page's own styles exactly.
import { pageRoots } from './hide.ts';
import { get } from '../adapters/dom/safe.ts';

/** NodeFilter's values, written out: the page's own NodeFilter global may be replaced. */
const SHOW_ELEMENT = 1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Elements to walk at most looking for fixed boxes (a hostile page may have hundreds of thousands). */
const MAX_WALK = 20_000;

const POSITIONED = new Set(['fixed', 'sticky']);

/** Fixed or sticky elements shown on the page, outermost only, that are not `article` elements (the engine's article
 * blocks and their ancestors). `skip(e)` leaves out e and its subtree (hidden for another reason); `hiddenBox(e)` says
 * an earlier pass hid e as a box (it is one still, though hidden now). */
export function fixedBoxes(doc: Document, article: ReadonlySet<Element>, skip: (e: Element) => boolean, hiddenBox: (e: Element) => boolean): Element[] {
  const view = doc.defaultView;
  const body = doc.body as HTMLElement | null;
  if (view === null || body === null) return [];
  const found: Element[] = [];
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT, { acceptNode: (node) => (skip(node as Element) ? FILTER_REJECT : FILTER_ACCEPT) });
  let node = walker.nextNode() as Element | null;
  for (let walked = 0; node !== null && walked < MAX_WALK; walked += 1) {
    const style = article.has(node) ? null : view.getComputedStyle(node);
    if (style !== null && (hiddenBox(node) || (floats(style) && shown(node)))) {
      found.push(node);
      node = afterSubtree(walker, node); // its inside goes with it
    } else {
      node = walker.nextNode() as Element | null;
    }
  }
  return found;
}

/** A late element that arrives fixed or sticky inside the article's container (a floating player): hidden unless it
 * brings text, which the fragment's rules judge instead. */
export function isFixedBox(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view === null || get(element, 'textContent').trim().length > 0) return false;
  return floats(view.getComputedStyle(element));
}

/** Fixed or sticky, and displayed. */
const floats = (style: CSSStyleDeclaration): boolean => POSITIONED.has(style.position) && style.display !== 'none';

/** Rendered at all (a fixed box inside something the page hides is no clutter); without checkVisibility, assumed. */
const shown = (element: Element): boolean => typeof element.checkVisibility !== 'function' || element.checkVisibility();

/** The walker's next node after `node`'s subtree. */
function afterSubtree(walker: TreeWalker, node: Element): Element | null {
  walker.currentNode = node;
  for (;;) {
    const next = walker.nextSibling();
    if (next !== null) return next as Element;
    if (walker.parentNode() === null) return null;
  }
}

/** <html> and <body> when the page has locked scrolling on them (overflow hidden, or a fixed body) and neither
 * scrolls in its place; empty otherwise. */
export function scrollLocks(doc: Document): Element[] {
  const view = doc.defaultView;
  const roots = pageRoots(doc);
  if (view === null) return [];
  const styles = roots.map((e) => view.getComputedStyle(e));
  const scrolls = styles.some((s) => ['auto', 'scroll'].includes(overflowY(s)));
  const locked = styles.map((s, i) => ['hidden', 'clip'].includes(overflowY(s)) || (roots[i] === doc.body && s.position === 'fixed'));
  if (scrolls || !locked.some(Boolean)) return [];
  return roots.filter((_, i) => locked[i] === true);
}

/** overflow-y as computed; from the shorthand ("x y", its last word) where a DOM without layout gives no longhand (jsdom). */
const overflowY = (s: CSSStyleDeclaration): string => s.overflowY || (s.overflow.split(' ').pop() ?? '');
