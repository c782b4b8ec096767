// House ads for the publisher's apps and editions (seed: "Have you tried new the
// Independent Digital Edition apps?").
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'app-promo',
  kind: 'promo',
  lines: [/\b(download|get|try|tried|install)\b.{0,50}\b(apps?|digital edition|e-?edition)\b/i,
    /\b(subscribe|subscription) (now|today)\b/i, /^subscribe (to|for)\b/i, /^(support|become a (member|subscriber)|contribute)( (independent )?journalism)?$/i,
    /^support independent journalism$/i, /^support \p{Lu}[\p{L}]+ (and|so|to|today)\b/u, /^a word to our (loyal )?readers$/i],
  maxWords: LENGTH.teaserMaxWords,
});
