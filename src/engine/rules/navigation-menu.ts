// Site menus and breadcrumbs: DOM <nav>, role=navigation, menu/breadcrumb
// containers, and "Filed under:" / "Tagged" lines; in saved text, a run of one-to-three-word lines (fixtures furniture-zoo.txt, comment-count-heading.txt; seen on scrapinghub:
// venturebeat's "Channels / GamesBeat / AI / …"; seed: "Voices / News / i100").
import type { Block } from '../types.ts';
import type { Rule, RuleContext } from './rule.ts';
import { WIDGETS } from '../thresholds.ts';
import { quoteEvidence } from './patterns.ts';

/** Taxonomy lines under a story: "Filed Under: EEE, health, Michigan", "Tagged jobs, stack overflow", "Posted in News"
 * (fixture comment-count-heading.txt; seen on scrapinghub/c467d507 and readability/wordpress saved text). At most this many words. */
// A colon is required after the nouns: "Categories of risk include …" opens a sentence, not a tag list.
const TAXONOMY = /^(?:(?:filed under|tags|topics|categories)\s*:|tagged(?: with)?\s|posted in\s)\s*\S/i;

function isMenuItem(block: Block | undefined): boolean {
  return block !== undefined && block.features.words > 0 && block.features.words <= WIDGETS.menuItemMaxWords && !block.features.endsSentence;
}

/** Length of the run of menu-like blocks that contains `block`, counting at most WIDGETS.menuMinRun each way. */
function menuRun(block: Block, blocks: readonly Block[]): number {
  let run = 1;
  for (let i = block.id - 1; i >= 0 && run < WIDGETS.menuMinRun && isMenuItem(blocks[i]); i--) run++;
  for (let i = block.id + 1; i < blocks.length && run < WIDGETS.menuMinRun && isMenuItem(blocks[i]); i++) run++;
  return run;
}

const rule: Rule = {
  id: 'navigation-menu',
  kind: 'navigation',
  verdict: 'furniture',
  match(block: Block, ctx: RuleContext) {
    const landmark = ctx.landmarkOf(block);
    if (landmark?.kind === 'navigation') return { evidence: `inside ${landmark.describe}` };
    if (block.features.words <= WIDGETS.taxonomyMaxWords && !block.features.endsSentence && TAXONOMY.test(block.text)) {
      return { evidence: `taxonomy line ${quoteEvidence(block.text)}` };
    }
    if (isMenuItem(block) && menuRun(block, ctx.blocks) >= WIDGETS.menuMinRun) {
      return { evidence: `one of ${WIDGETS.menuMinRun}+ short lines in a row ("${block.text}")`, weak: true };
    }
    return null;
  },
};
export default rule;
