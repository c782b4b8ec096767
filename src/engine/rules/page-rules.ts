// Rules that only a live page can apply: they read computed styles, which the
// pure engine never sees (src/content/screen.ts applies them). Data like the
// others; each has a fixture page tests/fixtures/screen/<id>.html.
import type { StageRule } from './stage-rules.ts';

export const FIXED_BOX: StageRule = { id: 'fixed-box', kind: 'overlay', verdict: 'furniture' };
export const SCROLL_LOCK: StageRule = { id: 'scroll-lock', kind: 'overlay', verdict: 'furniture' };

export const PAGE_RULES: readonly StageRule[] = [FIXED_BOX, SCROLL_LOCK];

/** What each rule names, in one line: for readers of the code and tests, kept out of the rule objects the page script ships. */
export const PAGE_SUMMARIES: Readonly<Record<string, string>> = {
  [FIXED_BOX.id]: 'A fixed or sticky box with no article text: top bar, floating player, corner box, overlay',
  [SCROLL_LOCK.id]: 'Scrolling locked on <html> or <body> by an overlay, undone while decluttered',
};
