// Stage 5b: if the rules would leave too little article text, keep the
// best-scoring region by text quality alone rather than an empty page, and
// say so in the result.
import type { Block } from '../types.ts';
import type { Quality } from './quality.ts';
import { maxRegion, type Region } from './region.ts';
import { GUARD } from '../thresholds.ts';

function wordsIn(blocks: readonly Block[], region: Region): number {
  let total = 0;
  for (let i = region.start; i >= 0 && i <= region.end; i++) total += blocks[i]?.features.words ?? 0;
  return total;
}

export function guardRegion(found: Region, blocks: readonly Block[], own: readonly Quality[]): { region: Region; guarded: boolean; warnings: string[] } {
  if (wordsIn(blocks, found) >= GUARD.minArticleWords) return { region: found, guarded: false, warnings: [] };
  // Quality only: every block with words counts, prose more than the rest.
  const weights = blocks.map((b, i) => (b.hidden ? 0 : own[i] === 'bad' ? -1 : b.features.words));
  const fallback = maxRegion(weights);
  if (fallback.start < 0 || wordsIn(blocks, fallback) <= wordsIn(blocks, found)) {
    return { region: found, guarded: false, warnings: found.start < 0 ? ['No article region found.'] : [] };
  }
  return { region: fallback, guarded: true, warnings: ['The rules left too little text, so the best-scoring region was kept instead.'] };
}
