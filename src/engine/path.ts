// A block's path (RawBlock.path) lists its containers outermost first and its
// own element last; these read its ancestors by level.

/** From the path's end: 1 is the block's own element, 2 its parent. */
const PARENT_FROM_END = 2;

/** The index in `path` of the ancestor `level` above the parent (0: the parent itself); negative when there is none. */
export const ancestorIndex = (path: readonly number[], level = 0): number => path.length - PARENT_FROM_END - level;

/** The container `level` above the block's parent (0: the parent), or undefined. */
export const ancestorOf = (path: readonly number[], level = 0): number | undefined => path[ancestorIndex(path, level)];
