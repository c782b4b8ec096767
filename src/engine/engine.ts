// The engine: adapter output in, one verdict per block out. Each stage is its
// own function; the same stages run for the live DOM and for saved text.
// In order (runEngineSteps): featurize → containers (DOM) → apply-rules →
// quality → runs (terminating labels) → region (DOM: dom-region) → guard →
// runs (widget runs) → page-header → assemble → empty-slots (DOM).
import type { Block, EngineInput, EngineResult } from './types.ts';
import type { RuleContext } from './rules/rule.ts';
import { featurize } from './pipeline/featurize.ts';
import { indexContainers, type ContainerIndex } from './pipeline/containers.ts';
import { applyRules, type Hit } from './pipeline/apply-rules.ts';
import { qualities, resolveContext } from './pipeline/quality.ts';
import { terminatingRuns, widgetRuns } from './pipeline/runs.ts';
import { blockWeight, maxRegion, regionMask } from './pipeline/region.ts';
import { domRegion } from './pipeline/dom-region.ts';
import { findPageHeader } from './pipeline/page-header.ts';
import { articleText, classifyAll } from './pipeline/assemble.ts';
import { guardRegion } from './pipeline/guard.ts';
import { emptyAdSlots } from './pipeline/empty-slots.ts';
import { drain, type Steps } from './steps.ts';
import { labelTest } from './text/labels.ts';

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

/** The first stages, shared with classifyFragment: features, the container index, and each block's first matching rule. */
export function* matchRules(input: EngineInput): Steps<{ blocks: Block[]; index: ContainerIndex | null; hits: (Hit | null)[] }> {
  const { blocks } = yield* featurize(input);
  const index = input.containers.length > 0 ? yield* indexContainers(blocks, input.containers) : null;
  const ctx: RuleContext = { blocks, landmarkOf: (b) => index?.landmarkOf(b) ?? null, classWords: classWordsOf(input), isLabel: labelTest(input.labels) };
  return { blocks, index, hits: yield* applyRules(blocks, ctx) };
}

export function runEngine(input: EngineInput): EngineResult {
  return drain(runEngineSteps(input));
}

/** The pipeline as steps (see steps.ts): it pauses inside the per-block stages and between the others. */
export function* runEngineSteps(input: EngineInput): Steps<EngineResult> {
  const { blocks, index, hits } = yield* matchRules(input);
  const own = qualities(blocks);
  yield;
  terminatingRuns(blocks, hits, own);
  yield;
  const resolved = resolveContext(own.map((q, i) => (hits[i]?.rule.verdict === 'furniture' ? 'bad' : q)));
  yield;
  const weights = blocks.map((b, i) => blockWeight(b, hits[i] ?? null, own[i] ?? 'bad', resolved[i] ?? 'bad'));
  const scoring = blocks.map((b, i) => hits[i]?.rule.verdict !== 'furniture' && index?.isUnlikely(b) !== true);
  yield;
  const container = index ? domRegion(blocks, input.containers, own, scoring) : null;
  yield;
  const found = container?.inRegion ?? regionMask(blocks.length, maxRegion(weights));
  const { inRegion, guarded, warnings } = guardRegion(found, blocks, own);
  yield;
  widgetRuns(blocks, hits, own, index, inRegion);
  yield;
  const start = Math.max(0, inRegion.indexOf(true));
  const header = findPageHeader(blocks, hits, start, input.title);
  yield;
  const lenient = container !== null && !guarded;
  const classes = classifyAll({ blocks, hits, resolved: guarded ? resolved.map(() => 'good') : resolved, prose: own.map((q) => q === 'good' || q === 'near-good'), inRegion, lenient, header });
  yield;
  const article = articleText(classes);
  if (article.length === 0) warnings.push('No article text found on this page.');
  const emptySlots = index ? yield* emptyAdSlots(input.containers, index) : [];
  return {
    source: input.source,
    blocks: classes,
    emptySlots,
    article,
    headlineCandidates: header.candidates,
    guarded,
    warnings,
  };
}
