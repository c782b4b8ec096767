// Text features computed the same way for every block, whatever the input.
import type { TextFeatures } from './types.ts';
import type { StopwordSet } from './text/stopwords.ts';
import { proseLength, unspacedCount, words, wordCountOf } from './text/words.ts';
import { STOPWORDS } from './thresholds.ts';

// Reference marks after the full stop ("… over and over.[15]") still end a sentence (readability wikipedia-4 page; case in engine.test.ts).
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*(?:\[(?:\d{1,4}|[a-z]|citation needed)\])*\s*$/u;
/** A currency sign before a number ("£40", "$ 5"). */
const PRICE_SIGN_FIRST = /[£$€¥]\s?\d/u;
/** A currency after a number ("40 €", "12.50EUR"): found by the currency, then the number read backwards (see hasPrice). */
const CURRENCY_AFTER = /(?:€|EUR|USD|GBP)\b/gu;
const NUMBER_CHAR = /[\d,.]/u;
const SPACE = /\s/u;
const PERCENT_OFF = /\b(?:up to\s+)?\d{1,2}\s?%\s?off\b/iu;
const COLON_FIELD = /\S:\s+\S/gu;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * A price in the text. The number before a currency is read backwards from the currency, once per currency:
 * the pattern `\d[\d,.]*\s?EUR` tried from every digit of a long run costs time quadratic in the run
 * (tests/unit/node/regex-guard.test.ts; `npm run bench`, "digits").
 */
export function hasPrice(text: string): boolean {
  if (PRICE_SIGN_FIRST.test(text)) return true;
  for (const match of text.matchAll(CURRENCY_AFTER)) {
    let i = match.index - 1;
    if (i >= 0 && SPACE.test(text.charAt(i))) i -= 1;
    for (; i >= 0 && NUMBER_CHAR.test(text.charAt(i)); i--) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return true;
  }
  return false;
}

/** Letters and capitals, counted without building arrays or iterating code points (this runs on every block). */
function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII fast path; the regexes only for the rest, on whole code points.
    if (c < 128) {
      if (c >= 65 && c <= 90) { letters += 1; upper += 1; } else if (c >= 97 && c <= 122) letters += 1;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    if (ch.length === 2) i += 1;
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
    hasPrice: hasPrice(text),
    hasPercentOff: PERCENT_OFF.test(text),
    colonFields: text.match(COLON_FIELD)?.length ?? 0,
  };
}
