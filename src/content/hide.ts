// Reversible hiding, uBlock Origin style: elements only gain an attribute, and
// one stylesheet (inserted by the background with scripting.insertCSS, so no
// node enters the page) hides them while <html data-declutter="on">.
// Removing the attributes restores the page exactly.

export const ROOT_ATTR = 'data-declutter';
export const HIDDEN_ATTR = 'data-declutter-hidden';

/** The stylesheet the background inserts into the tab. */
export const HIDING_CSS = `html[${ROOT_ATTR}="on"] [${HIDDEN_ATTR}] { display: none !important; }`;

export interface Marking { element: Element; ruleId: string }

export function markAll(doc: Document, marks: readonly Marking[], previous: ReadonlySet<Element>): Set<Element> {
  const next = new Set<Element>();
  for (const { element, ruleId } of marks) {
    if (element.getAttribute(HIDDEN_ATTR) !== ruleId) element.setAttribute(HIDDEN_ATTR, ruleId);
    next.add(element);
  }
  for (const element of previous) if (!next.has(element)) element.removeAttribute(HIDDEN_ATTR);
  doc.documentElement.setAttribute(ROOT_ATTR, 'on');
  return next;
}

/** Adds marks for late widgets to the marked set (earlier marks stay). */
export function addMarks(marks: readonly Marking[], marked: Set<Element>): void {
  for (const { element, ruleId } of marks) {
    element.setAttribute(HIDDEN_ATTR, ruleId);
    marked.add(element);
  }
}

export function unmarkAll(doc: Document, marked: ReadonlySet<Element>): void {
  for (const element of marked) element.removeAttribute(HIDDEN_ATTR);
  doc.documentElement.removeAttribute(ROOT_ATTR);
}
