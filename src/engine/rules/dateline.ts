// Publication and update lines stay visible but are not body text (scrapinghub:
// nbcdfw "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST").
import type { Rule } from './rule.ts';
import { WIDGETS } from '../thresholds.ts';

const STAMP = /^(published|updated|posted|last (updated|modified)|first published|modified)\b[^.!?]{0,100}\d/i;
const DATE_ONLY = /^[\p{L}]*,?\s*(\d{1,2}(st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+(19|20)\d{2}|\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d{2})\b[\s\d:.apmAPM•|,-]*$/u;

const rule: Rule = {
  id: 'dateline',
  summary: 'Publication and update date lines (kept visible, left out of the body text)',
  kind: 'byline',
  verdict: 'article',
  match(block) {
    if (block.features.words > WIDGETS.datelineMaxWords) return null;
    // "Posted by Sam Writer on …" is a byline, found with the headline.
    if (/\bby\s+\p{Lu}/u.test(block.text)) return null;
    return STAMP.test(block.text) || DATE_ONLY.test(block.text) ? { evidence: `date line "${block.text}"`, opensRun: false } : null;
  },
};
export default rule;
