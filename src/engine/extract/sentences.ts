// Sentences via Intl.Segmenter, with the usual fix-up: the segmenter breaks
// after abbreviations ("Mr.", "Jan.", "U.S."), so such breaks are joined again.

import { WORDS } from '../lexicon/index.ts';

/** The last word of a sentence so far, when it is an abbreviation or initials ("Mr.", "U.S."). */
const ABBREVIATION = new RegExp(String.raw`^(?:${WORDS.abbreviation}|[A-Z](?:\.[A-Z])*)\.$`);
const SPACE = /\s/;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
/** ICU's sentence segmenter takes time quadratic in a run of abbreviations ("Mr. " 10,000 times: 1.2 s), so it is
 * given the text in chunks of about this many characters, each cut after a full stop and its space. */
const SEGMENT_CHARS = 2000;
const CHUNK_END = /[.!?]\s+/;

/** The text in pieces of at most about SEGMENT_CHARS, cut after a sentence end where one is near, else at the bound. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > SEGMENT_CHARS) {
    const from = start + SEGMENT_CHARS / 2;
    const end = CHUNK_END.exec(text.slice(from, start + SEGMENT_CHARS * 2));
    const cut = end === null ? start + SEGMENT_CHARS : from + end.index + end[0].length;
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

function pieces(text: string): string[] {
  if (segmenter === null) return text.split(/(?<=[.!?])\s+/);
  return chunks(text).flatMap((chunk) => [...segmenter.segment(chunk)].map((s) => s.segment));
}

/**
 * The last word of the pieces joined, without the space after it: read backwards from the end, so a sentence
 * that keeps growing ("Mr. Mr. Mr. …", tests/unit/engine/sentences-bounds.test.ts) is never read whole again.
 */
function lastWord(pieces: readonly string[]): string {
  let word = '';
  let seenText = false;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p] ?? '';
    let end = piece.length;
    if (!seenText) {
      while (end > 0 && SPACE.test(piece.charAt(end - 1))) end -= 1;
      if (end === 0) continue;
      seenText = true;
    }
    let start = end;
    while (start > 0 && !SPACE.test(piece.charAt(start - 1))) start -= 1;
    word = piece.slice(start, end) + word;
    if (start > 0) break;
  }
  return word;
}

export function sentences(text: string): string[] {
  const out: string[][] = [];
  for (const piece of pieces(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(lastWord(last))) last.push(piece);
    else out.push([piece]);
  }
  return out.map((s) => s.join('').trim()).filter((s) => s !== '');
}
