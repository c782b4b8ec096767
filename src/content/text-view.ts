// A saved .txt article shown by the browser is one <pre> of text. Lines of one
// text node cannot be hidden one by one, so while declutter is on the <pre> is
// marked hidden and a view of the same lines is shown after it, runs of furniture
// lines carrying the hidden mark. Off: the view goes and the <pre> returns.
import { READER_RULE, SLICE_ITEMS, type Classification, type Steps } from '../engine/index.ts';
import { MARKS } from './hide.ts';
import { hiddenByUs } from './targets.ts';

/** The attribute value on the original <pre> while the view replaces it. */
export const REPLACED = 'replaced-by-view';

export function plainTextPre(doc: Document): HTMLPreElement | null {
  if (doc.contentType !== 'text/plain') return null;
  const pre = doc.body.querySelector(':scope > pre');
  return pre instanceof HTMLPreElement ? pre : null;
}

/** A run of lines that share one verdict: one span, so a long file makes few nodes. */
interface Run { lines: string[]; ruleId: string | null }

/** Builds the view beside `pre` in slices of SLICE_ITEMS lines (a 300,000-line file blocked the page 767 ms in one
 * task: tests/unit/dom/text-view.test.ts), off the page until it is whole, then swaps it in for the <pre>. */
export function* showTextViewSteps(doc: Document, pre: HTMLPreElement, text: string, lineOfBlock: readonly number[], classes: readonly Classification[],
  keep: (c: Classification) => boolean, userHides: (line: string) => boolean = () => false): Steps<HTMLElement> {
  const lines = text.split(/\r\n|\r|\n/);
  const verdictOfLine = new Map<number, Classification>();
  lineOfBlock.forEach((line, blockId) => { const c = classes[blockId]; if (c) verdictOfLine.set(line, c); });
  const view = doc.createElement('pre');
  view.setAttribute(MARKS.view, '');
  view.style.whiteSpace = 'pre-wrap';
  const flush = (run: Run): void => {
    const span = doc.createElement('span');
    span.textContent = run.lines.join('\n') + '\n';
    if (run.ruleId !== null) span.setAttribute(MARKS.hidden, run.ruleId);
    view.append(span);
  };
  let run: Run | null = null;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && i % SLICE_ITEMS === 0) yield;
    const c = verdictOfLine.get(i);
    const ruleId = c && hiddenByUs(c, keep) ? c.ruleId : line.trim() !== '' && userHides(line) ? READER_RULE.id : null;
    if (run !== null && run.ruleId === ruleId) run.lines.push(line);
    else { if (run !== null) flush(run); run = { lines: [line], ruleId }; }
  }
  if (run !== null) flush(run);
  removeTextView(doc, pre); // an earlier pass's view goes only now: the page never shows the bare <pre> between
  pre.setAttribute(MARKS.hidden, REPLACED);
  pre.after(view);
  return view;
}

export function removeTextView(doc: Document, pre: HTMLPreElement): void {
  for (const view of doc.querySelectorAll(`[${MARKS.view}]`)) view.remove();
  pre.removeAttribute(MARKS.hidden);
}
