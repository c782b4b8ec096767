// Related-story rails and teaser lists, opened by their heading (seed: "Day In a
// Page"; scrapinghub pages: "Most read", "More from…", "You may also like").
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'related-label',
  summary: 'Related, recommended and most-read teaser rails, opened by their heading',
  kind: 'related',
  labels: [/^(related|related (articles?|stories|content|coverage|posts|links|news|topics|reading|videos?))$/i,
    /^(more|more (from|on|about|in|stories|news|articles|videos)\b.*)$/i, /^more\b.{0,40}\b(stories|articles|news|reads|coverage|videos|posts)$/i, /^(most (read|popular|viewed|shared|commented|watched))( (articles|stories|now))?$/i,
    /^(trending( now| stories)?|top stories|latest( news| stories)?|editor'?s'? picks?|recommended( for you| stories| reading)?)$/i,
    /^(you (may|might) (also )?(like|enjoy|be interested in)|what to read next|read (more|next|this next)|in case you missed it)$/i,
    /^day in a page$/i, /^(also (on|in|read)|don't miss|must read|popular (now|stories))\b/i, /^explore further$/i, /^(more|other) top stories$/i],
  maxWords: LENGTH.labelMaxWords,
  landmark: 'related',
});
