// Word splitting shared by features, extractors and evaluation. Scripts
// written without spaces (Chinese, Japanese, Thai) are counted by
// Intl.Segmenter's words (the dictionaries the browser itself breaks lines
// with), or one word per two characters where a runtime lacks it, so length
// thresholds mean the same thing across languages.
import { UNSPACED_SCRIPTS } from '../thresholds.ts';

// Combining marks belong to their word: the vowel signs of Hindi and Bengali, accents typed apart (NFD).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const SEGMENTER = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** Words of the unspaced scripts in `text`. */
function unspacedWords(text: string, unspaced: number): number {
  if (SEGMENTER === null) return Math.ceil(unspaced / UNSPACED_SCRIPTS.charsPerWord);
  let count = 0;
  for (const { segment, isWordLike } of SEGMENTER.segment(text)) if (isWordLike === true && HAS_UNSPACED.test(segment)) count += 1;
  return count;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Word count that also works for scripts without spaces. */
export function wordCount(text: string): number {
  return wordCountOf(text, null);
}

/** Characters of scripts written without spaces. */
export function unspacedCount(text: string): number {
  return HAS_UNSPACED.test(text) ? text.match(UNSPACED)?.length ?? 0 : 0;
}

/** Length in Latin-letter equivalents, so length thresholds mean the same thing across scripts. */
export function proseLength(text: string, unspaced = unspacedCount(text)): number {
  return text.length + unspaced * (UNSPACED_SCRIPTS.latinCharsPerChar - 1);
}

/** wordCount, reusing `words(text)` and the unspaced count when the caller has them already. */
export function wordCountOf(text: string, tokens: readonly string[] | null, unspaced = unspacedCount(text)): number {
  if (unspaced === 0) return (tokens ?? words(text)).length;
  const spaced = words(text.replace(UNSPACED, ' ')).length;
  return spaced + unspacedWords(text, unspaced);
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
