// Ad slots and their "Advertisement" labels (fixture furniture-zoo; DOM: ad/dfp/gpt containers).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export const AD_SLOT = patternRule({
  id: 'ad-slot',
  kind: 'ad',
  lines: [/^(advertisement|advertisements|advertising|advert|ad|ads)$/i,
    /^(story continues below|article continues below|continue reading below|continue reading the main story)( (this )?(advertisement|ad))?$/i],
  labelRole: 'ad',
  maxWords: LENGTH.labelMaxWords,
  landmark: 'ad',
});
export default AD_SLOT;
