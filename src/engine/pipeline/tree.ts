// The container tree as the DOM region stages see it: a parent id per
// container, filled from the blocks' paths (a typed array, -1 for none).
export type Parents = Int32Array;

/** Ancestors of a container, nearest first, at most `limit` of them. */
export function ancestors(c: number, parent: Parents, limit = Infinity): number[] {
  const out: number[] = [];
  for (let p = parent[c] ?? -1; p >= 0 && out.length < limit; p = parent[p] ?? -1) out.push(p);
  return out;
}
