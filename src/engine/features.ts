// Text features computed the same way for every block, whatever the input.
import type { TextFeatures } from './types.ts';
import type { StopwordSet } from './text/stopwords.ts';
import { words, wordCount } from './text/words.ts';
import { STOPWORDS } from './thresholds.ts';

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s*$/u;
const PRICE = /(?:[£$€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP)\b)/u;
const PERCENT_OFF = /\b(?:up to\s+)?\d{1,2}\s?%\s?off\b/iu;
const COLON_FIELD = /\S:\s+\S/gu;

export function computeFeatures(text: string, stopwords: StopwordSet): TextFeatures {
  const tokens = words(text);
  const lower = tokens.map((w) => w.toLowerCase());
  const stopHits = stopwords.size === 0 ? 0 : lower.filter((w) => stopwords.has(w)).length;
  const capitalised = tokens.filter((w) => /^\p{Lu}/u.test(w)).length;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return {
    words: wordCount(text),
    chars: text.length,
    stopwordDensity: stopwords.size === 0 ? STOPWORDS.unknownLanguage : tokens.length === 0 ? 0 : stopHits / tokens.length,
    endsSentence: SENTENCE_END.test(text),
    titleCaseRatio: tokens.length === 0 ? 0 : capitalised / tokens.length,
    upperCaseRatio: letters === 0 ? 0 : upper / letters,
    hasPrice: PRICE.test(text),
    hasPercentOff: PERCENT_OFF.test(text),
    colonFields: text.match(COLON_FIELD)?.length ?? 0,
  };
}
