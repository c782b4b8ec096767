// The engine: adapter output in, one verdict per block out. Each stage is its
// own function; the same stages run for the live DOM and for saved text.
import type { EngineInput, EngineResult } from './types.ts';
import type { RuleContext } from './rules/rule.ts';
import { featurize } from './pipeline/featurize.ts';
import { indexContainers } from './pipeline/containers.ts';
import { applyRules } from './pipeline/apply-rules.ts';
import { qualities, resolveContext } from './pipeline/quality.ts';
import { terminatingRuns, widgetRuns } from './pipeline/runs.ts';
import { blockWeight, maxRegion, regionMask } from './pipeline/region.ts';
import { domRegion } from './pipeline/dom-region.ts';
import { findPageHeader } from './pipeline/page-header.ts';
import { articleText, classifyAll } from './pipeline/assemble.ts';
import { guardRegion } from './pipeline/guard.ts';

/** Class words of a block's nearest containers, as a loop: this runs for every block. */
function classWordsOf(input: EngineInput): RuleContext['classWords'] {
  return (b, levels) => {
    const out: string[] = [];
    for (let k = Math.max(0, b.path.length - levels); k < b.path.length; k++) {
      const tokens = input.containers[b.path[k] ?? -1]?.tokens;
      if (tokens !== undefined) out.push(...tokens);
    }
    return out;
  };
}

export function runEngine(input: EngineInput): EngineResult {
  const { blocks } = featurize(input);
  const index = input.containers.length > 0 ? indexContainers(blocks, input.containers) : null;
  const ctx: RuleContext = {
    blocks,
    landmarkOf: (b) => index?.landmarkOf(b) ?? null,
    classWords: classWordsOf(input),
  };
  const hits = applyRules(blocks, ctx);
  const own = qualities(blocks);
  terminatingRuns(blocks, hits, own);
  const resolved = resolveContext(own.map((q, i) => (hits[i]?.rule.verdict === 'furniture' ? 'bad' : q)));
  const weights = blocks.map((b, i) => blockWeight(b, hits[i] ?? null, own[i] ?? 'bad', resolved[i] ?? 'bad'));
  const scoring = blocks.map((b, i) => hits[i]?.rule.verdict !== 'furniture' && index?.isUnlikely(b) !== true);
  const container = index ? domRegion(blocks, input.containers, own, scoring) : null;
  const found = container?.inRegion ?? regionMask(blocks.length, maxRegion(weights));
  const { inRegion, guarded, warnings } = guardRegion(found, blocks, own);
  widgetRuns(blocks, hits, own, index, inRegion);
  const start = Math.max(0, inRegion.indexOf(true));
  const header = findPageHeader(blocks, hits, start, input.title);
  const lenient = container !== null && !guarded;
  const classes = classifyAll({ blocks, hits, resolved: guarded ? resolved.map(() => 'good') : resolved, prose: own.map((q) => q === 'good' || q === 'near-good'), inRegion, lenient, header });
  const article = articleText(classes);
  if (article.length === 0) warnings.push('No article text found on this page.');
  return {
    source: input.source,
    blocks: classes,
    article,
    headlineCandidates: header.candidates,
    guarded,
    warnings,
  };
}
