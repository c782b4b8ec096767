// Stage 5b: if the rules would leave too little article text, keep the
// best-scoring region by text quality alone rather than an empty page, and
// say so in the result.
import type { Block } from '../types.ts';
import type { Quality } from './quality.ts';
import { maxRegion, regionMask } from './region.ts';
import { GUARD } from '../thresholds.ts';

export function wordsIn(blocks: readonly Block[], inRegion: readonly boolean[]): number {
  return blocks.reduce((total, b) => total + (inRegion[b.id] === true ? b.features.words : 0), 0);
}

export interface Guarded { inRegion: boolean[]; guarded: boolean; warnings: string[] }

export function guardRegion(found: boolean[], blocks: readonly Block[], own: readonly Quality[]): Guarded {
  const words = wordsIn(blocks, found);
  if (words >= GUARD.minArticleWords) return { inRegion: found, guarded: false, warnings: [] };
  // Quality only: every block with words counts, prose more than the rest.
  const weights = blocks.map((b, i) => (b.hidden ? 0 : own[i] === 'bad' ? -1 : b.features.words));
  const fallback = regionMask(blocks.length, maxRegion(weights));
  if (wordsIn(blocks, fallback) <= words) {
    return { inRegion: found, guarded: false, warnings: words === 0 ? ['No article region found.'] : [] };
  }
  return { inRegion: fallback, guarded: true, warnings: ['The rules left too little text, so the best-scoring region was kept instead.'] };
}
