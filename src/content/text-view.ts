// A saved .txt article shown by the browser is one <pre> of text. Lines of one
// text node cannot be hidden one by one, so while declutter is on the <pre> is
// marked hidden and a view of the same lines is shown after it, furniture lines
// carrying data-declutter-hidden. Off: the view goes and the <pre> returns.
import type { Classification } from '../engine/types.ts';
import { lineIndexOfBlocks } from '../adapters/text/index.ts';
import { HIDDEN_ATTR } from './hide.ts';
import { USER_RULE_ID } from './apply-user-rules.ts';
import { hiddenByUs } from './targets.ts';

export const VIEW_ATTR = 'data-declutter-view';
/** The attribute value on the original <pre> while the view replaces it. */
export const REPLACED = 'replaced-by-view';

export function plainTextPre(doc: Document): HTMLPreElement | null {
  if (doc.contentType !== 'text/plain') return null;
  const pre = doc.body.querySelector(':scope > pre');
  return pre instanceof HTMLPreElement ? pre : null;
}

export function showTextView(doc: Document, pre: HTMLPreElement, text: string, classes: readonly Classification[], keep: (c: Classification) => boolean,
  userHides: (line: string) => boolean = () => false): HTMLElement {
  removeTextView(doc, pre);
  const lines = text.split(/\r\n|\r|\n/);
  const verdictOfLine = new Map<number, Classification>();
  lineIndexOfBlocks(text).forEach((line, blockId) => { const c = classes[blockId]; if (c) verdictOfLine.set(line, c); });
  const view = doc.createElement('pre');
  view.setAttribute(VIEW_ATTR, '');
  view.style.whiteSpace = 'pre-wrap';
  lines.forEach((line, i) => {
    const span = doc.createElement('span');
    span.textContent = line + '\n';
    const c = verdictOfLine.get(i);
    if (c && hiddenByUs(c, keep)) span.setAttribute(HIDDEN_ATTR, c.ruleId);
    else if (line.trim() !== '' && userHides(line)) span.setAttribute(HIDDEN_ATTR, USER_RULE_ID);
    view.append(span);
  });
  pre.setAttribute(HIDDEN_ATTR, REPLACED);
  pre.after(view);
  return view;
}

export function removeTextView(doc: Document, pre: HTMLPreElement): void {
  for (const view of doc.querySelectorAll(`[${VIEW_ATTR}]`)) view.remove();
  pre.removeAttribute(HIDDEN_ATTR);
}
