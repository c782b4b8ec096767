// Text features computed the same way for every block, whatever the input.
import type { TextFeatures } from './types.ts';
import type { StopwordSet } from './text/stopwords.ts';
import { proseLength, unspacedCount, words, wordCountOf } from './text/words.ts';
import { STOPWORDS } from './thresholds.ts';

/** Character codes of the ASCII fast path: code points below ASCII_END, the letters A–Z and a–z. */
const ASCII_END = 128;
const UPPER_A = 'A'.charCodeAt(0);
const UPPER_Z = 'Z'.charCodeAt(0);
const LOWER_A = 'a'.charCodeAt(0);
const LOWER_Z = 'z'.charCodeAt(0);

// Reference marks after the full stop ("… over and over.[15]") still end a sentence (readability wikipedia-4 page; case in engine.test.ts).
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*(?:\[(?:\d{1,4}|[a-z]|citation needed)\])*\s*$/u;
/** A price: a currency sign before a number ("£40"), or a number before a currency ("12.50 EUR"). The number is tried
 * from the start of its run only (the lookbehind), and the lookahead checks the run holds a digit: the pattern
 * `\d[\d,.]*\s?EUR` tried from every digit of a long run cost time quadratic in the run (tests/unit/node/regex-guard.test.ts). */
export const PRICE = /[£$€¥]\s?\d|(?<![\d,.])(?=[\d,.]*\d)[\d,.]*\s?(?:€|EUR|USD|GBP)\b/u;
const PERCENT_OFF = /\b(?:up to\s+)?\d{1,2}\s?%\s?off\b/iu;
const COLON_FIELD = /\S:\s+\S/gu;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Letters and capitals, counted without building arrays or iterating code points (this runs on every block). */
function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII fast path; the regexes only for the rest, on whole code points.
    if (c < ASCII_END) {
      if (c >= UPPER_A && c <= UPPER_Z) { letters += 1; upper += 1; } else if (c >= LOWER_A && c <= LOWER_Z) letters += 1;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    if (ch.length > 1) i += 1; // a surrogate pair
    if (LETTER.test(ch)) {
      letters += 1;
      if (UPPER.test(ch)) upper += 1;
    }
  }
  return { letters, upper };
}

export function computeFeatures(text: string, stopwords: StopwordSet, split?: readonly string[]): TextFeatures {
  const tokens = split ?? words(text);
  let stopHits = 0;
  let capitalised = 0;
  for (const w of tokens) {
    if (stopwords.size > 0 && stopwords.has(w.toLowerCase())) stopHits += 1;
    if (UPPER_START.test(w)) capitalised += 1;
  }
  const { letters, upper } = letterCounts(text);
  const unspaced = unspacedCount(text);
  return {
    words: wordCountOf(text, tokens, unspaced),
    chars: text.length,
    proseChars: proseLength(text, unspaced),
    stopwordDensity: stopwords.size === 0 ? STOPWORDS.unknownLanguage : tokens.length === 0 ? 0 : stopHits / tokens.length,
    endsSentence: SENTENCE_END.test(text),
    titleCaseRatio: tokens.length === 0 ? 0 : capitalised / tokens.length,
    upperCaseRatio: letters === 0 ? 0 : upper / letters,
    hasPrice: PRICE.test(text),
    hasPercentOff: PERCENT_OFF.test(text),
    colonFields: text.match(COLON_FIELD)?.length ?? 0,
  };
}
