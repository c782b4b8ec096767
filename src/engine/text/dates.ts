// Lines that are only a date or a publication stamp: the story's own date line
// (rules/dateline.ts) and the dates of teaser cards (rules/dated-teasers.ts).
import type { Block } from '../types.ts';
import { WIDGETS } from '../thresholds.ts';

const STAMP = /^(published|updated|posted|last (updated|modified)|first published|modified)\b[^.!?]{0,100}\d/i;
/** A date in words, day first or month first: "19 November 2019", "Nov. 15th, 2019". */
const WORD_DATE = String.raw`\d{1,2}(st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+(19|20)\d{2}|\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d{2}`;
/** A line that is only a date (one of `dates`, a regex source), perhaps after a weekday and before a time:
 * "Tuesday, November 15, 2019", "19 November 2019 • 1:16pm". */
export const dateOnlyLine = (dates: string): RegExp => new RegExp(String.raw`^[\p{L}]*,?\s*(${dates})\b[\s\d:.apmAPM•|,-]*$`, 'u');
/** A date in words, or in figures ("2019-11-15", "15.11.2019"). */
export const WORD_OR_FIGURE_DATE = String.raw`${WORD_DATE}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const DATE_ONLY = dateOnlyLine(WORD_DATE);
const DATE_OR_FIGURE_ONLY = dateOnlyLine(WORD_OR_FIGURE_DATE);
/** A text that is only a date, in words or figures: a dateline, or a block over a headline ("August 13, 2018"). */
export const isDateOnly = (text: string): boolean => DATE_OR_FIGURE_ONLY.test(text);
/** "Posted by Sam Writer on …" is a byline, found with the headline. */
const BYLINE_INSIDE = /\bby\s+\p{Lu}/u;

/** A line that is only a date or a publication stamp, whatever list it sits in. */
export function isDateLine(block: Block): boolean {
  if (block.features.words > WIDGETS.datelineMaxWords || BYLINE_INSIDE.test(block.text)) return false;
  return STAMP.test(block.text) || DATE_ONLY.test(block.text);
}
