// Ad slots and their "Advertisement" labels (fixture furniture-zoo; DOM: ad/dfp/gpt containers).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

/** What the rule names, in one line: for readers of the code and tests, kept out of the rule object the page script ships. */
export const summary = 'Advertisement slots and their labels';

export const AD_SLOT = patternRule({
  id: 'ad-slot',
  kind: 'ad',
  lines: [/^(advertisement|advertisements|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|reklama)$/i,
    /^(story continues below|article continues below|continue reading below|continue reading the main story)( (this )?(advertisement|ad))?$/i],
  maxWords: LENGTH.labelMaxWords,
  landmark: 'ad',
});
export default AD_SLOT;
