// Word splitting shared by features, extractors and evaluation. Scripts
// written without spaces (CJK) count one word per two characters, the usual
// approximation, so length thresholds mean the same thing across languages.
import { UNSPACED_SCRIPTS } from '../thresholds.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

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
  return spaced + Math.ceil(unspaced / UNSPACED_SCRIPTS.charsPerWord);
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
