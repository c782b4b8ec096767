// Reversible hiding, uBlock Origin style: elements only gain an attribute, and
// one user stylesheet (inserted by the background with scripting.insertCSS, so
// no node enters the page) hides them; the root mark on <html> says it is on.
// Removing the attributes restores the page exactly. The names are the
// session's (src/shared/marks.ts), set when declutter turns on.

import { drain, SLICE_ITEMS, type Steps } from '../engine/index.ts';
import { call } from '../adapters/dom/safe.ts';
import { marksFor, TOKEN, type MarkNames } from '../shared/marks.ts';

/** The names in use; they change only while declutter is off, when no mark is on the page. */
export const MARKS: MarkNames = { root: 'data-declutter', hidden: 'data-declutter-hidden', unlock: 'data-declutter-unlock', view: 'data-declutter-view', quote: 'data-declutter-quote' };

/** Takes the session's names from a message; anything but a token leaves the names as they are. */
export function useMarks(token: unknown): void {
  if (typeof token === 'string' && TOKEN.test(token)) Object.assign(MARKS, marksFor(token));
}

export interface Marking { element: Element; ruleId: string }

/** Marks exactly `marks` on the page. `marked` (the marks now on the page) is updated as it goes, so it stays
 * true even if a sliced pass stops half-way; marking yields every SLICE_ITEMS elements (a page can have thousands). */
export function* markAllSteps(doc: Document, marks: readonly Marking[], marked: Set<Element>): Steps<Set<Element>> {
  const wanted = new Set<Element>();
  for (const [i, { element, ruleId }] of marks.entries()) {
    if (i > 0 && i % SLICE_ITEMS === 0) yield;
    if (call(element, 'getAttribute', MARKS.hidden) !== ruleId) call(element, 'setAttribute', MARKS.hidden, ruleId);
    wanted.add(element);
    marked.add(element);
  }
  for (const element of [...marked]) {
    if (!wanted.has(element)) { call(element, 'removeAttribute', MARKS.hidden); marked.delete(element); }
  }
  doc.documentElement.setAttribute(MARKS.root, 'on');
  return marked;
}

export function markAll(doc: Document, marks: readonly Marking[], marked: Set<Element>): Set<Element> {
  return drain(markAllSteps(doc, marks, marked));
}

/** Adds marks for late widgets to the marked set (earlier marks stay). */
export function addMarks(marks: readonly Marking[], marked: Set<Element>): void {
  for (const { element, ruleId } of marks) {
    call(element, 'setAttribute', MARKS.hidden, ruleId);
    marked.add(element);
  }
}

/** <html> and <body>, where a scroll lock can be (a document may lack a body, whatever the DOM types say). */
export const pageRoots = (doc: Document): HTMLElement[] =>
  [doc.documentElement, doc.body as HTMLElement | null].filter((e): e is HTMLElement => e !== null);

/** Undoes the page's scroll lock on exactly `locks` (others lose the mark); see screen.ts. */
export function setUnlocks(doc: Document, locks: readonly Element[]): void {
  for (const element of pageRoots(doc)) {
    if (locks.includes(element)) call(element, 'setAttribute', MARKS.unlock, '');
    else call(element, 'removeAttribute', MARKS.unlock);
  }
}

/** Removes every mark, also from copies the page made of marked elements (carousels clone, outerHTML round
 * trips): with names drawn for this session, any element carrying a mark is ours or a copy of ours. */
export function unmarkAll(doc: Document, marked: ReadonlySet<Element>): void {
  for (const element of marked) call(element, 'removeAttribute', MARKS.hidden);
  for (const copy of doc.querySelectorAll(`[${MARKS.hidden}]`)) call(copy, 'removeAttribute', MARKS.hidden);
  setUnlocks(doc, []);
  doc.documentElement.removeAttribute(MARKS.root);
}
