// Rules that only a live page applies (src/content): they read computed styles,
// which the pure engine never sees (src/content/screen.ts), or they are the
// reader's own (src/content/apply-user-rules.ts). Data like the others; their
// summaries and fixtures are in rules/table.ts.
import type { StageRule } from './stage-rules.ts';

export const FIXED_BOX: StageRule = { id: 'fixed-box', kind: 'overlay', verdict: 'furniture' };
export const SCROLL_LOCK: StageRule = { id: 'scroll-lock', kind: 'overlay', verdict: 'furniture' };
/** Every hit of the reader's own cosmetic rules (src/settings/rule-syntax.ts) carries this one id. */
export const READER_RULE: StageRule = { id: 'user-rule', kind: 'user-rule', verdict: 'furniture' };

export const PAGE_RULES: readonly StageRule[] = [FIXED_BOX, SCROLL_LOCK];
