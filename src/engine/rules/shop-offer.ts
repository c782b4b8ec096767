// Shop widgets and price offers (seed: "Travel Shop", "Up to 70% off luxury travel"),
// and the fine print of shopping pages that says their links earn the site money.
import { LENGTH } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match } from './rule.ts';
import { patternRule } from './patterns.ts';

/** An affiliate disclosure: "We may earn a commission from links on this page", "… has affiliate partnerships"
 * (fixture fine-print-under-story.html; seen on naeb/4f6162a9, 2dcde9d0). A site or "we" earning from links, not a commission in the news. */
const DISCLOSURE = /\b(may|we) (earn|receive|get|make)\b.{0,30}\b(commission|compensation|revenue)\b|\baffiliate (links?|partnerships?|programs?|commissions?)\b/i;

export default patternRule({
  id: 'shop-offer',
  kind: 'promo',
  // Two or three words: a lone "Shop" is a menu item, "Travel Shop" a widget.
  labels: [/^([\p{L}'’]+ ){1,2}(shop|store|deals|offers|marketplace|bazaar)$/iu],
  lines: [/\bfind out more$/i, /^best prices? (today|now):/i, /\b(shop now|buy now|book now|view deal|see deal|get the deal)\b/i],
  maxWords: LENGTH.teaserMaxWords,
  finePrint: [DISCLOSURE],
  shape,
});

/** A price offer: a percent off in a short line. */
function shape(block: Block): Match | null {
  if (block.features.hasPercentOff && block.features.words <= LENGTH.teaserMaxWords) {
    return { evidence: `offer "${block.text}" (percent off)` };
  }
  return null;
}
