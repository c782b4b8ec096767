// Share bars and follow-us prompts (fixtures furniture-zoo, share-bar-over-story.txt; DOM: share/social containers).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'social-share',
  kind: 'social',
  barLabels: [/^(share|share this( (article|story|page|post))?|share on|share via|sharing)[:!]?$/i],
  lines: [/^(tweet|email|e-mail|print|pin it|pinterest|facebook|twitter|linkedin|whatsapp|reddit|messenger|flipboard|copy link)$/i,
    /^(share|post) (on|to|via) (facebook|twitter|x|linkedin|whatsapp|reddit|email)\b/i,
    /^follow (us|me)( on\b.*)?$/i, /^(like|follow) .{0,40} on (facebook|twitter|instagram|x)$/i, /^click to share\b/i],
  labelRole: 'share',
  maxWords: LENGTH.labelMaxWords,
  landmark: 'social',
});
