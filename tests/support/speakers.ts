// The speaker extractor's output as { name: quotes }, for tests that compare it whole.
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';

export function quotesByName(paragraphs: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(extractSpeakers(paragraphs).map((s) => [s.name, s.quotes]));
}
