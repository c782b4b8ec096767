// Indexes the DOM adapter's containers: which blocks each holds (a contiguous
// range, since blocks are in document order) and its landmark kind, each
// computed once, so climbing is linear in page size.
import type { Block, ContainerInfo } from '../types.ts';
import type { Landmark } from '../rules/rule.ts';
import { isUnlikelyContainer, landmarkOfContainer } from '../rules/landmarks.ts';
import { mapSteps, type Steps } from '../steps.ts';

export interface ContainerIndex {
  /** First and last block id inside container `c`. */
  range(c: number): [number, number] | undefined;
  landmarkOf(block: Block): Landmark | null;
  /** True for containers marked as the article's own (article/main tags, content words). */
  isContent(c: number): boolean;
  /** Some container holding the block is one Readability would drop (comments, sidebar, footer…). */
  isUnlikely(block: Block): boolean;
}

export function* indexContainers(blocks: readonly Block[], containers: readonly ContainerInfo[]): Steps<ContainerIndex> {
  // Typed arrays, not Maps: this touches every container on every block's path.
  const first = new Int32Array(containers.length).fill(-1);
  const last = new Int32Array(containers.length).fill(-1);
  for (const block of blocks) {
    for (const c of block.path) {
      if (first[c] === -1) first[c] = block.id;
      last[c] = block.id;
    }
  }
  yield;
  const own = yield* mapSteps(containers, (info) => landmarkOfContainer(info));
  const unlikely = yield* mapSteps(containers, (info) => isUnlikelyContainer(info));
  const landmarkOfPath = (path: readonly number[]): Landmark | null => {
    // Nearest container first; a content container stops the climb.
    for (let i = path.length - 1; i >= 0; i--) {
      const found = own[path[i] ?? -1];
      if (found === 'content') return null;
      if (found) return found;
    }
    return null;
  };
  return {
    range(c) {
      const a = first[c] ?? -1;
      const b = last[c] ?? -1;
      return a < 0 || b < 0 ? undefined : [a, b];
    },
    landmarkOf: (block) => landmarkOfPath(block.path),
    isContent: (c) => own[c] === 'content',
    isUnlikely: (block) => block.path.some((c) => unlikely[c] === true),
  };
}
