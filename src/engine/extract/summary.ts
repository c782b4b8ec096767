// A 1–3 sentence summary: the publisher's description when it is a real
// sentence, otherwise the article's lead sentences with the dateline removed,
// adding a later sentence only when it brings new words.
import { sentences } from './sentences.ts';
import { wordCount, words } from '../text/words.ts';
import { SUMMARY } from './thresholds.ts';

/** "WASHINGTON (AP) —", "NEW YORK (Reuters) -", "LONDON:", "Jan. 5 (AP) –". */
const DATELINE = /^(?:[A-Z][A-Z .,'-]{1,40}?(?:,\s*[A-Z][\p{L}.]+)?\s*(?:\([^)]{1,30}\))?\s*[—–:-]+\s+|\([^)]{1,30}\)\s*[—–-]+\s+)/u;

const SENTENCE_END = /[.!?…。！？]["”’)\]」』]*$/u;

export function stripDateline(text: string): string {
  const dateline = DATELINE.exec(text.slice(0, SUMMARY.datelineMaxChars));
  return (dateline === null ? text : text.slice(dateline[0].length)).trim();
}

/** Enough words (counted for unspaced scripts too) and not all capitals: lower-case or caseless letters (CJK). */
function isRealSentence(text: string): boolean {
  return wordCount(text) >= SUMMARY.descriptionMinWords && /[\p{Ll}\p{Lo}]/u.test(text);
}

export function summarise(paragraphs: readonly string[], description: string | null): string[] {
  if (description !== null && isRealSentence(description)) return [description.trim()];
  const chosen: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const paragraph of paragraphs.slice(0, SUMMARY.maxSentences + SUMMARY.extraParagraphs)) {
    for (const sentence of sentences(stripDateline(paragraph))) {
      const tokens = words(sentence).map((w) => w.toLowerCase());
      // Word counts hold for unspaced scripts too (readability youth page: Chinese lead sentences were all skipped; case in extract.test.ts).
      const length = wordCount(sentence);
      // Lines without a full stop are decks, headings and pull quotes, not lead sentences (readability medium-3 page; case in extract.test.ts).
      if (length < SUMMARY.descriptionMinWords / 2 || !SENTENCE_END.test(sentence)) continue;
      const known = tokens.filter((t) => seen.has(t)).length / Math.max(1, tokens.length);
      if (chosen.length > 0 && (known > SUMMARY.maxOverlap || total + length > SUMMARY.maxWords)) continue;
      chosen.push(sentence);
      total += length;
      for (const t of tokens) seen.add(t);
      if (chosen.length >= SUMMARY.maxSentences) return chosen;
    }
  }
  return chosen;
}
