// Shop widgets and price offers (seed: "Travel Shop", "Up to 70% off luxury travel").
import { LENGTH } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match } from './rule.ts';
import { patternRule } from './patterns.ts';

/** What the rule names, in one line: for readers of the code and tests, kept out of the rule object the page script ships. */
export const summary = 'Shop widgets and price offers ("Travel Shop", "Up to 70% off")';

export default patternRule({
  id: 'shop-offer',
  kind: 'promo',
  // Two or three words: a lone "Shop" is a menu item, "Travel Shop" a widget.
  labels: [/^([\p{L}'’]+ ){1,2}(shop|store|deals|offers|marketplace|bazaar)$/iu],
  lines: [/\bfind out more$/i, /\b(shop now|buy now|book now|view deal|see deal|get the deal)\b/i],
  maxWords: LENGTH.teaserMaxWords,
  shape,
});

/** A price offer: a percent off in a short line. */
function shape(block: Block): Match | null {
  if (block.features.hasPercentOff && block.features.words <= LENGTH.teaserMaxWords) {
    return { evidence: `offer "${block.text}" (percent off)`, opensRun: false };
  }
  return null;
}
