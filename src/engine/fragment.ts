// Late widgets: blocks added to a page after it was classified (lazy rails,
// infinite-scroll teasers, late ad slots), judged on their own with the same
// rules. A fragment has no article region, so a block no rule claims is
// outside-article; the caller decides what that means where it was inserted.
import type { Classification, EngineInput } from './types.ts';
import { matchRules } from './engine.ts';
import { drain } from './steps.ts';
import { qualities } from './pipeline/quality.ts';
import { widgetRuns } from './pipeline/runs.ts';
import { classifyAll } from './pipeline/assemble.ts';

/** Classifies a fragment's blocks; their ids start at `firstId`, so they never collide with the page's. */
export function classifyFragment(input: EngineInput, firstId: number): Classification[] {
  const { blocks, index, hits } = drain(matchRules(input));
  const own = qualities(blocks);
  const inRegion = blocks.map(() => false);
  widgetRuns(blocks, hits, own, index, inRegion);
  const header = { headline: null, standfirst: null, bylines: [], candidates: [] };
  const prose = own.map((q) => q === 'good' || q === 'near-good');
  const classes = classifyAll({ blocks, hits, resolved: own.map(() => 'bad'), prose, inRegion, lenient: false, header });
  return classes.map((c) => ({ ...c, block: { ...c.block, id: c.block.id + firstId } }));
}
