// Reversible hiding, uBlock Origin style: elements only gain an attribute, and
// one stylesheet (inserted by the background with scripting.insertCSS, so no
// node enters the page) hides them; <html data-declutter="on"> says it is on.
// Removing the attributes restores the page exactly.

import { drain, SLICE_ITEMS, type Steps } from '../engine/steps.ts';
import { call } from '../adapters/dom/safe.ts';

export const ROOT_ATTR = 'data-declutter';
export const HIDDEN_ATTR = 'data-declutter-hidden';
/** On <html> or <body> while their scroll lock is undone (src/content/screen.ts). */
export const UNLOCK_ATTR = 'data-declutter-unlock';

/** The stylesheet the background inserts into the tab. It does not depend on the root attribute: a rule
 * keyed on <html> would make the browser restyle the whole page when declutter turns on (a 50 ms task on a
 * 50,000-element page); marks exist only while declutter is on, so they alone decide. */
export const HIDING_CSS = `[${HIDDEN_ATTR}] { display: none !important; }
[${UNLOCK_ATTR}] { overflow: visible !important; position: static !important; }`;

export interface Marking { element: Element; ruleId: string }

/** Marks exactly `marks` on the page. `marked` (the marks now on the page) is updated as it goes, so it stays
 * true even if a sliced pass stops half-way; marking yields every SLICE_ITEMS elements (a page can have thousands). */
export function* markAllSteps(doc: Document, marks: readonly Marking[], marked: Set<Element>): Steps<Set<Element>> {
  const wanted = new Set<Element>();
  for (const [i, { element, ruleId }] of marks.entries()) {
    if (i > 0 && i % SLICE_ITEMS === 0) yield;
    if (call(element, 'getAttribute', HIDDEN_ATTR) !== ruleId) call(element, 'setAttribute', HIDDEN_ATTR, ruleId);
    wanted.add(element);
    marked.add(element);
  }
  for (const element of [...marked]) {
    if (!wanted.has(element)) { call(element, 'removeAttribute', HIDDEN_ATTR); marked.delete(element); }
  }
  doc.documentElement.setAttribute(ROOT_ATTR, 'on');
  return marked;
}

export function markAll(doc: Document, marks: readonly Marking[], marked: Set<Element>): Set<Element> {
  return drain(markAllSteps(doc, marks, marked));
}

/** Adds marks for late widgets to the marked set (earlier marks stay). */
export function addMarks(marks: readonly Marking[], marked: Set<Element>): void {
  for (const { element, ruleId } of marks) {
    call(element, 'setAttribute', HIDDEN_ATTR, ruleId);
    marked.add(element);
  }
}

/** <html> and <body>, where a scroll lock can be (a document may lack a body, whatever the DOM types say). */
export const pageRoots = (doc: Document): HTMLElement[] =>
  [doc.documentElement, doc.body as HTMLElement | null].filter((e): e is HTMLElement => e !== null);

/** Undoes the page's scroll lock on exactly `locks` (others lose the mark); see screen.ts. */
export function setUnlocks(doc: Document, locks: readonly Element[]): void {
  for (const element of pageRoots(doc)) {
    if (locks.includes(element)) call(element, 'setAttribute', UNLOCK_ATTR, '');
    else call(element, 'removeAttribute', UNLOCK_ATTR);
  }
}

/** Our marks on the page. A page may use the same names: its own values are taken aside while declutter is on
 * (else our stylesheet would hide them) and put back after. */
const MARK_ATTRS = [ROOT_ATTR, HIDDEN_ATTR, UNLOCK_ATTR] as const;
export type PageValues = ReadonlyArray<{ element: Element; name: string; value: string }>;

/** Takes the page's own values of our attributes off the page, to give back with restorePageValues. */
export function takePageValues(doc: Document): PageValues {
  const taken: { element: Element; name: string; value: string }[] = [];
  for (const name of MARK_ATTRS) {
    for (const element of doc.querySelectorAll(`[${name}]`)) {
      taken.push({ element, name, value: call(element, 'getAttribute', name) ?? '' });
      call(element, 'removeAttribute', name);
    }
  }
  return taken;
}

/** Removes every mark, also from copies the page made of marked elements (carousels clone, outerHTML round
 * trips): after takePageValues, any element carrying a mark is ours or a copy of ours. */
export function unmarkAll(doc: Document, marked: ReadonlySet<Element>): void {
  for (const element of marked) call(element, 'removeAttribute', HIDDEN_ATTR);
  for (const copy of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) call(copy, 'removeAttribute', HIDDEN_ATTR);
  setUnlocks(doc, []);
  doc.documentElement.removeAttribute(ROOT_ATTR);
}

export function restorePageValues(values: PageValues): void {
  for (const { element, name, value } of values) call(element, 'setAttribute', name, value);
}
