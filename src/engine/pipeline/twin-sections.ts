// Articles cut into sections by figures, ads and sidebars repeat the same
// container for each section (fixtures readability-quanta-1.html, three div.post__content, and sectioned-article.html; seen on readability
// lazy-image-1, Medium's div.z per section, and nytimes-2, div.story-body-1/-2).
// Once the region is the top container, its twins near it join: containers
// with the same tag and first class name, under an ancestor a few levels up,
// holding prose of their own.
import type { Block, ContainerInfo } from '../types.ts';
import type { Quality } from './quality.ts';
import { LINKS, TWINS } from '../thresholds.ts';
import { ancestors, type Parents } from './tree.ts';


/** Tag and first class word, the pair twins share; null for a container without a class. */
interface Signature { tag: string; first: string }
const signatureOf = (info: ContainerInfo | undefined): Signature | null =>
  info === undefined || info.tokens[0] === undefined ? null : { tag: info.tag, first: info.tokens[0] };
const matches = (info: ContainerInfo | undefined, s: Signature): boolean => info !== undefined && info.tag === s.tag && info.tokens[0] === s.first;

/** For each block, the twin container on its path (below a near ancestor of the top), or -1. */
function twinOf(block: Block, containers: readonly ContainerInfo[], top: number, wanted: Signature, near: ReadonlySet<number>): number {
  let underNear = false;
  for (const c of block.path) {
    if (c === top) return -1;
    if (near.has(c)) underNear = true;
    else if (underNear && matches(containers[c], wanted)) return c;
  }
  return -1;
}

export function joinTwinSections(blocks: readonly Block[], containers: readonly ContainerInfo[], top: number, parent: Parents,
  own: readonly Quality[], scoring: readonly boolean[], inRegion: boolean[]): void {
  const wanted = signatureOf(containers[top]);
  if (wanted === null) return;
  const near = new Set(ancestors(top, parent, TWINS.maxLevels));
  const twins = blocks.map((b) => (scoring[b.id] === true && !inRegion[b.id] ? twinOf(b, containers, top, wanted, near) : -1));
  const prose = new Map<number, number>();
  twins.forEach((t, i) => {
    const b = blocks[i];
    if (t < 0 || b === undefined || (b.linkDensity ?? 0) >= LINKS.maxForProse) return;
    if (own[i] === 'good' || (own[i] === 'near-good' && b.features.words >= TWINS.nearGoodMinWords)) prose.set(t, (prose.get(t) ?? 0) + 1);
  });
  twins.forEach((t, i) => { if (t >= 0 && (prose.get(t) ?? 0) >= TWINS.minProseBlocks) inRegion[i] = true; });
}
