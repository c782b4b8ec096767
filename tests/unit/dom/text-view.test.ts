// The view that stands in for a saved .txt's <pre> while declutter is on
// (src/content/text-view.ts): the same text, furniture lines in hidden runs,
// built in slices off the page and swapped in whole (issue #27: a
// 300,000-line file blocked the page 767 ms in one task).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/adapters/analyse.ts';
import { lineIndexOfBlocks } from '../../../src/adapters/text/index.ts';
import { showTextViewSteps, removeTextView } from '../../../src/content/text-view.ts';
import { MARKS } from '../../../src/content/hide.ts';
import { SLICE_ITEMS } from '../../../src/engine/steps.ts';
import { hiddenByUs } from '../../../src/content/targets.ts';

const TEXT = readFileSync('tests/fixtures/pages/kerry-iraq-independent.txt', 'utf8');

function plainPage(text: string): HTMLPreElement {
  document.body.replaceChildren();
  const pre = document.createElement('pre');
  pre.textContent = text;
  document.body.append(pre);
  return pre;
}

/** Runs the steps, counting yields and checking the page holds no view until the last one. */
function run(steps: Generator<undefined, HTMLElement, undefined>): { view: HTMLElement; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done === true) return { view: step.value, yields };
    yields += 1;
    expect(document.querySelector(`[${MARKS.view}]`)).toBeNull();
  }
}

describe('saved-text view', () => {
  it('shows the same text, the furniture in hidden runs, and goes without a trace', () => {
    const pre = plainPage(TEXT);
    const before = document.body.innerHTML;
    const blocks = analyse(TEXT, 'text').result.blocks;
    const { view } = run(showTextViewSteps(document, pre, TEXT, lineIndexOfBlocks(TEXT), blocks, () => false));
    expect(view.textContent).toBe(`${TEXT.split(/\r\n|\r|\n/).join('\n')}\n`);
    const hidden = [...view.querySelectorAll(`[${MARKS.hidden}]`)].map((s) => s.textContent).join('');
    expect(hidden).toContain('iJobs Job Widget');
    expect(hidden).not.toContain('US Secretary of State John Kerry said Sunday');
    const furniture = blocks.filter((c) => hiddenByUs(c, () => false)).length;
    expect(view.children.length).toBeLessThan(furniture); // neighbouring lines of one verdict share a span
    expect(pre.getAttribute(MARKS.hidden)).toBe('replaced-by-view');
    removeTextView(document, pre);
    expect(document.body.innerHTML).toBe(before);
  });

  it('builds a 300,000-line view in slices of SLICE_ITEMS lines, and a reader\'s rule still hides its lines', () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => (i % 1000 === 7 ? 'Advertisement' : `Line ${i} of a long log.`));
    const text = lines.join('\n');
    const pre = plainPage(text);
    const { view, yields } = run(showTextViewSteps(document, pre, text, [], [], () => false, (line) => line === 'Advertisement'));
    expect(yields).toBe(Math.ceil(lines.length / SLICE_ITEMS) - 1);
    expect(view.querySelectorAll(`[${MARKS.hidden}]`)).toHaveLength(300);
    expect(view.children).toHaveLength(601);
  });
});
