// Blocks the page itself hides (hidden, aria-hidden, display:none) are not read
// (Readability's visibility checks; readability fixture "hidden-nodes").
import type { Rule } from './rule.ts';

export const HIDDEN_BY_PAGE: Rule = {
  id: 'hidden-by-page',
  kind: 'boilerplate',
  verdict: 'furniture',
  match(block) {
    return block.hidden ? { evidence: 'hidden by the page (hidden, aria-hidden or display:none)' } : null;
  },
};
export default HIDDEN_BY_PAGE;
