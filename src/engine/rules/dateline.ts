// Publication and update lines stay visible but are not body text (fixtures furniture-zoo.html, dated-teaser-cards.txt; seen on scrapinghub:
// nbcdfw "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST").
import type { Rule } from './rule.ts';
import { pageDates } from './dated-teasers.ts';

const rule: Rule = {
  id: 'dateline',
  kind: 'byline',
  verdict: 'article',
  match(block, ctx) {
    // A date among teaser cards dates a card, not the story: rules/dated-teasers.ts names it.
    const dates = pageDates(ctx.blocks);
    if (!dates.lines.has(block.id) || dates.lists.has(block.id)) return null;
    return { evidence: `date line "${block.text}"` };
  },
};
export default rule;
