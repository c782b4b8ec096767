// Stage 1: raw blocks → blocks with text features. The stoplist is chosen once
// per page from its own words, so features mean the same in every language.
import type { Block, EngineInput } from '../types.ts';
import { computeFeatures } from '../features.ts';
import { pickStopwords } from '../text/stopwords.ts';
import { words } from '../text/words.ts';

/** Enough words to tell the language; more only costs time. */
const LANGUAGE_SAMPLE_WORDS = 5000;

export function featurize(input: EngineInput): { blocks: Block[]; lang: string | null } {
  const sample: string[] = [];
  for (const raw of input.blocks) {
    if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
    for (const w of words(raw.text)) sample.push(w.toLowerCase());
  }
  const { lang, set } = pickStopwords(sample.slice(0, LANGUAGE_SAMPLE_WORDS));
  const blocks = input.blocks.map((raw, id): Block => ({ ...raw, id, source: input.source, features: computeFeatures(raw.text, set) }));
  return { blocks, lang };
}
