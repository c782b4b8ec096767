// If the rules would leave too little article text, keep the
// best-scoring region by text quality alone rather than an empty page, and
// say so in the result.
import type { Block } from '../types.ts';
import type { Quality } from './quality.ts';
import { maxRegion, regionMask } from './region.ts';
import { GUARD, LINKS } from '../thresholds.ts';

export function wordsIn(blocks: readonly Block[], inRegion: readonly boolean[]): number {
  return blocks.reduce((total, b) => total + (inRegion[b.id] === true ? b.features.words : 0), 0);
}

const isLongPlain = (b: Block): boolean => b.features.words >= GUARD.longBlockWords && (b.linkDensity ?? 0) < LINKS.maxForProse;

export interface Guarded { inRegion: boolean[]; guarded: boolean; warnings: string[] }

export function guardRegion(found: boolean[], blocks: readonly Block[], own: readonly Quality[]): Guarded {
  const words = wordsIn(blocks, found);
  if (words >= GUARD.minArticleWords) return { inRegion: found, guarded: false, warnings: [] };
  // Quality only: prose counts by its words, long plain blocks by part of theirs, the rest against.
  const weights = blocks.map((b, i) => (b.hidden ? 0 : own[i] !== 'bad' ? b.features.words : isLongPlain(b) ? b.features.words * GUARD.longBlockShare : -1));
  const fallback = regionMask(blocks.length, maxRegion(weights));
  if (wordsIn(blocks, fallback) <= words) {
    return { inRegion: found, guarded: false, warnings: words === 0 ? ['No article region found.'] : [] };
  }
  return { inRegion: fallback, guarded: true, warnings: ['The rules left too little text, so the best-scoring region was kept instead.'] };
}
