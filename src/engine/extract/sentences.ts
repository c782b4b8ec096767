// Sentences via Intl.Segmenter, with the usual fix-up: the segmenter breaks
// after abbreviations ("Mr.", "Jan.", "U.S."), so such breaks are joined again.

import { anyOf, NON_FINAL_ABBREVIATIONS } from './titles.ts';

/** Titles and suffixes (titles.ts), then places, companies and months. */
const OTHER_ABBREVIATIONS = ['Mt', 'Inc', 'Ltd', 'Co', 'Corp', 'No', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const ABBREVIATIONS = new RegExp(String.raw`(?:^|\s)(?:${anyOf([...NON_FINAL_ABBREVIATIONS, ...OTHER_ABBREVIATIONS])}|[A-Z](?:\.[A-Z])*)\.$`);

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;

export function sentences(text: string): string[] {
  const raw = segmenter === null ? text.split(/(?<=[.!?])\s+/) : [...segmenter.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (const piece of raw) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATIONS.test(last.trimEnd())) out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
