// "PROMOTED VIDEO" and sponsored-content rails (seed: kerry-iraq-independent,
// the teaser block after "PROMOTED VIDEO"; DOM: outbrain/taboola/promo containers).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'promoted-label',
  kind: 'promo',
  labels: [/^(promoted|sponsored|paid|partner)( (video|videos|stories|content|links|posts|post))?$/i,
    /^(from|content from|more from) (our|the web's) (partners|sponsors)$/i, /^around the web$/i,
    /^(recommended|promoted) by (outbrain|taboola)$/i, /^(sponsored|promoted) (by|links by)\b/i],
  // The label glued to the advertiser's name in saved text, where the two sat in adjacent inline elements
  // (readability yahoo-2 saved text: "SponsoredIFC Markets", "IFC MarketsSponsored"; fixture comment-counter-under-byline.txt: "SponsoredAcme Loans").
  lines: [/^(?:Sponsored|Promoted)(?=\p{Lu})/u, /\p{Ll}(?:Sponsored|Promoted)$/u],
  labelRole: 'sponsored',
  maxWords: LENGTH.labelMaxWords,
  landmark: 'promo',
});
