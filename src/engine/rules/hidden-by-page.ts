// Blocks the page itself hides (hidden, aria-hidden, display:none) are not read
// (Readability's visibility checks; readability fixture "hidden-nodes").
import type { Rule } from './rule.ts';

export const HIDDEN_BY_PAGE: Rule = {
  id: 'hidden-by-page',
  summary: 'Text the page already hides from readers',
  kind: 'boilerplate',
  verdict: 'furniture',
  match(block) {
    return block.hidden ? { evidence: 'hidden by the page (hidden, aria-hidden or display:none)', opensRun: false } : null;
  },
};
export default HIDDEN_BY_PAGE;
