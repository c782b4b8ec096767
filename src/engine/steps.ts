// Long work as steps: a generator that yields between slices, so a caller on a
// UI thread can pause it between tasks (the content script does, on large
// pages) while tests, the CLI and benchmarks simply drain it. Pure: no timers.

export type Steps<T> = Generator<undefined, T, undefined>;

/** Items handled between two yields: small enough that a slice stays far below a 50 ms task. */
export const SLICE_ITEMS = 500;

/** Runs the steps to the end at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Array.map that yields every SLICE_ITEMS items. */
export function* mapSteps<A, B>(items: readonly A[], fn: (item: A, index: number) => B): Steps<B[]> {
  const out: B[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % SLICE_ITEMS === 0) yield;
    out.push(fn(items[i] as A, i));
  }
  return out;
}
