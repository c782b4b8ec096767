// The main article region is the run of blocks with the largest total
// weight (a maximum-sum segment, as in Finn et al.'s body text extraction):
// prose adds its words, furniture and boilerplate subtract, with each block's
// penalty capped so one big widget inside a story cannot cut it in two.
import type { Block } from '../types.ts';
import type { Hit } from './apply-rules.ts';
import type { Quality } from './quality.ts';
import { REGION_SCORE } from '../thresholds.ts';
import { HIDDEN_BY_PAGE } from '../rules/hidden-by-page.ts';

export interface Region { start: number; end: number; weight: number }

function penalty(words: number, perWord: number): number {
  return -Math.min(REGION_SCORE.maxPenalty, Math.max(REGION_SCORE.minPenalty, words * perWord));
}

export function blockWeight(block: Block, hit: Hit | null, own: Quality, resolved: 'good' | 'bad'): number {
  const words = block.features.words;
  if (hit?.rule.id === HIDDEN_BY_PAGE.id) return 0;
  // Credits pull the region to them (the seed's closing "AP"); captions and date lines stand anywhere,
  // teaser lists too, so they weigh nothing either way.
  if (hit?.rule.verdict === 'article') return hit.rule.kind === 'credit' ? REGION_SCORE.minPenalty : 0;
  if (hit) return penalty(words, REGION_SCORE.furniturePerWord);
  // Prose counts on its own: pages of short paragraphs are all near-good (tests/unit/engine/cited-shapes.test.ts; seen on scrapinghub's express.co.uk pages),
  // and jusText's context pass would call every one of them bad.
  if (own === 'good') return words * REGION_SCORE.goodPerWord;
  if (own === 'near-good' || resolved === 'good') return words * REGION_SCORE.nearGoodPerWord;
  return penalty(words, REGION_SCORE.badPerWord);
}

/** Kadane's algorithm over block weights; linear time. Empty region (-1..-1) when nothing is positive. */
export function maxRegion(weights: readonly number[]): Region {
  let best: Region = { start: -1, end: -1, weight: 0 };
  let start = 0;
  let sum = 0;
  weights.forEach((w, i) => {
    if (sum <= 0) { start = i; sum = 0; }
    sum += w;
    if (sum > best.weight) best = { start, end: i, weight: sum };
  });
  return best;
}

export function regionMask(length: number, region: Region): boolean[] {
  return Array.from({ length }, (_, i) => i >= region.start && i <= region.end && region.start >= 0);
}
