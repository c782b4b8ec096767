// Blocks that are almost all link text — teaser lists, tag clouds, "read more"
// links — in DOM mode (Readability's link density; unknown in saved text).
// Not a linked item of a list whose other items are prose (see lists.ts).
import { LENGTH, LINKS } from '../thresholds.ts';
import { inProseList } from '../lists.ts';

const PERCENT = 100;
import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'link-list',
  kind: 'related',
  verdict: 'furniture',
  match(block, ctx) {
    const density = block.linkDensity;
    if (density === null || density < LINKS.linkList || block.features.words > LENGTH.teaserMaxWords) return null;
    if (inProseList(block, ctx.blocks)) return null;
    return { evidence: `${Math.round(density * PERCENT)}% of its text is links`, weak: true };
  },
};
export default rule;
