// Words of buttons and controls that are not part of any story (fixtures furniture-zoo, review-roundup-widgets.html; seen on scrapinghub:
// "Caption", "Close" in photo viewers; "Back to top", "Load more").
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'ui-control',
  kind: 'navigation',
  lines: [/^(close|caption|expand|enlarge|collapse|next|previous|prev|back|menu|open|toggle|play|pause|mute|fullscreen|full screen|loading(…|\.\.\.)?)$/i,
    /^(load|show|see|view) (more|less|all)$/i, /^(back to top|skip to (main )?content|skip navigation|scroll to top|jump to)$/i,
    /^this slideshow requires javascript\.?$/i, /^click (here )?to (hide|show|expand|collapse|close|read more)\b/i, /^(image|photo) \d+ (of|\/) \d+$/i],
  maxWords: LENGTH.labelMaxWords,
});
