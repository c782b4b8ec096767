// Lines that are only a date or a publication stamp: the story's own date line
// (rules/dateline.ts) and the dates of teaser cards (rules/dated-teasers.ts).
import type { Block } from '../types.ts';
import { WIDGETS } from '../thresholds.ts';

const STAMP = /^(published|updated|posted|last (updated|modified)|first published|modified)\b[^.!?]{0,100}\d/i;
const DATE_ONLY = /^[\p{L}]*,?\s*(\d{1,2}(st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+(19|20)\d{2}|\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d{2})\b[\s\d:.apmAPM•|,-]*$/u;
/** "Posted by Sam Writer on …" is a byline, found with the headline. */
const BYLINE_INSIDE = /\bby\s+\p{Lu}/u;

/** A line that is only a date or a publication stamp, whatever list it sits in. */
export function isDateLine(block: Block): boolean {
  if (block.features.words > WIDGETS.datelineMaxWords || BYLINE_INSIDE.test(block.text)) return false;
  return STAMP.test(block.text) || DATE_ONLY.test(block.text);
}
