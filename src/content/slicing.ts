// Runs engine steps on the page's main thread in short tasks: after each
// slice of about SLICE_BUDGET_MS it gives the page a turn, so decluttering a
// 50,000-element page never freezes scrolling or typing. Measured by
// `npm run bench:browser`.
import type { Steps } from '../engine/index.ts';
import { record } from './timings.ts';

/** Work per task before yielding; well under the 50 ms a long task starts at. */
const SLICE_BUDGET_MS = 12;

/** Thrown when the caller no longer wants the result (declutter was turned off meanwhile). */
export class Cancelled extends Error {
  constructor() { super('Superseded by a newer pass.'); }
}

/** A fresh task without timer throttling (background tabs clamp setTimeout to 1 s); page scripts cannot see it. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(steps: Steps<T>, wanted: () => boolean = () => true): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) { record('slice', sliceStart); return step.value; }
    if (performance.now() - sliceStart < SLICE_BUDGET_MS) continue;
    record('slice', sliceStart);
    await nextTask();
    if (!wanted()) throw new Cancelled();
    sliceStart = performance.now();
  }
}
