// A linked item in a list whose other items are prose is part of the article:
// release notes and roundups link their points (fixture
// readability-firefox-nightly-blog.html: "Here's our Firefox Year in Review!" beside
// "We've just landed Bug 1553982, which…"). A list of nothing but links is a
// menu or a teaser list.
import { LINKS, LISTS } from './thresholds.ts';
import type { Block } from './types.ts';
import { ancestorOf } from './path.ts';


const parentOf = (block: Block): number | undefined => ancestorOf(block.path);

export function inProseList(block: Block, blocks: readonly Block[]): boolean {
  const parent = parentOf(block);
  if (block.tag !== 'li' || parent === undefined) return false;
  for (const step of [-1, 1]) {
    for (let k = 1; k <= LISTS.scanItems; k++) {
      const other = blocks[block.id + step * k];
      if (other === undefined || parentOf(other) !== parent) break;
      if (other.tag === 'li' && other.features.words >= LISTS.proseItemWords && (other.linkDensity ?? 1) < LINKS.maxForProse) return true;
    }
  }
  return false;
}
