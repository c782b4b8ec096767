// Embedded video and gallery titles that link elsewhere (seed: "Video: Fighting in Fallujah").
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'media-label',
  kind: 'related',
  lines: [/^(video|watch|gallery|photos?|pictures|in pictures|audio|listen|podcast)\s*[:|–—-]\s*\S/i,
    /^(watch|play) (the )?video\b/i, /^\d+ (photos|images|pictures)$/i],
  maxWords: LENGTH.teaserMaxWords,
});
