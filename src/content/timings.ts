// How long declutter's work took on this page, kept in the content script's
// own memory: user-timing entries (performance.measure) would land in the
// page's timeline, where the page could read them and they pile up. The
// popup's report carries them (PageReport.timings) for `npm run bench:browser`.
import type { Timings } from '../shared/report.ts';

/** The last entries kept per kind: enough for a benchmark of 1,000 late widgets. */
const KEPT = 1000;

const recorded: Timings = { fullPass: [], lateBatch: [], slice: [] };

/** Records the time since `start` (a performance.now() value) under `kind`. */
export function record(kind: keyof Timings, start: number): void {
  const list = recorded[kind];
  list.push(performance.now() - start);
  if (list.length > KEPT) list.splice(0, list.length - KEPT);
}

export const timings = (): Timings => ({ fullPass: [...recorded.fullPass], lateBatch: [...recorded.lateBatch], slice: [...recorded.slice] });
