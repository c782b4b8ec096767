// Stage 4: a label ("PROMOTED VIDEO", "iJobs Job Widget", "Day In a Page")
// opens a furniture run. With DOM structure the run is the widget's container:
// the highest ancestor of the label that holds no article prose. Without it
// (saved text) the run goes on over the following blocks until article text
// resumes or another label starts its own run.
import type { Block } from '../types.ts';
import type { Hit } from './apply-rules.ts';
import type { ContainerIndex } from './containers.ts';
import type { Quality } from './quality.ts';
import { LINKS, RUNS } from '../thresholds.ts';

/** A terminating label (comments) only counts after this many words of good prose: a "12 comments" link under the headline must not end the article. */
const TERMINATE_MIN_WORDS_BEFORE = 150;

interface RunContext { blocks: readonly Block[]; hits: (Hit | null)[]; quality: readonly Quality[]; index: ContainerIndex | null; goodPrefix: number[] }

function sweep(ctx: RunContext, label: number, from: number, to: number): void {
  const hit = ctx.hits[label];
  if (!hit) return;
  const evidence = `in the widget headed "${ctx.blocks[label]?.text ?? ''}"`;
  for (let j = from; j <= to; j++) {
    if (j !== label && !ctx.hits[j]) ctx.hits[j] = { rule: hit.rule, match: { evidence, opensRun: false }, fromLabel: label };
  }
}

/** Words of good or near-good, unmatched prose blocks in [a, b]. */
function goodIn(ctx: RunContext, a: number, b: number): number {
  return (ctx.goodPrefix[b + 1] ?? 0) - (ctx.goodPrefix[a] ?? 0);
}

/** DOM: the highest container above the label with no article prose; undefined when even the parent has prose. */
function widgetRange(ctx: RunContext, block: Block): [number, number] | undefined {
  const { index } = ctx;
  if (index === null || block.path.length < 2) return undefined;
  let best: [number, number] | undefined;
  for (let k = block.path.length - 2; k >= 0; k--) {
    const c = block.path[k] ?? -1;
    const range = index.range(c);
    if (range === undefined || index.isContent(c) || goodIn(ctx, range[0], range[1]) > 0) break;
    best = range;
  }
  return best !== undefined && best[1] > block.id ? best : undefined;
}

/** Article text resumes at j: with DOM structure any prose block; in saved text, where teaser blurbs read
 * like prose (seed: "Day In a Page"), several good blocks in a row. */
function resumes(ctx: RunContext, j: number): boolean {
  const block = ctx.blocks[j];
  if (block?.linkDensity !== null && block?.linkDensity !== undefined) {
    const q = ctx.quality[j];
    return (q === 'good' || q === 'near-good') && block.linkDensity < LINKS.maxForProse && !ctx.hits[j];
  }
  for (let k = 0; k < RUNS.resumeAfterGoodBlocks; k++) {
    if (ctx.quality[j + k] !== 'good' || ctx.hits[j + k]) return false;
  }
  return true;
}

/** Saved text (or a label whose parent holds prose): sweep forward until prose resumes or another label starts. */
function sequentialEnd(ctx: RunContext, label: number, limit: number): number {
  let end = label;
  for (let j = label + 1; j <= limit; j++) {
    if (ctx.hits[j]?.match.opensRun === true || resumes(ctx, j)) break;
    end = j;
  }
  return end;
}

export function extendRuns(blocks: readonly Block[], hits: (Hit | null)[], quality: readonly Quality[], index: ContainerIndex | null): void {
  const goodPrefix = [0];
  const prose = (q: Quality | undefined): boolean => q === 'good' || q === 'near-good';
  blocks.forEach((b, i) => goodPrefix.push((goodPrefix[i] ?? 0) + (prose(quality[i]) && !hits[i] ? b.features.words : 0)));
  const ctx: RunContext = { blocks, hits, quality, index, goodPrefix };
  const labels = blocks.filter((b) => hits[b.id]?.match.opensRun === true && hits[b.id]?.fromLabel === undefined && (b.linkDensity ?? 0) < LINKS.linkList);
  for (const label of labels) {
    const hit = hits[label.id];
    if (!hit) continue;
    if (hit.rule.terminates === true) {
      if ((goodPrefix[label.id] ?? 0) < TERMINATE_MIN_WORDS_BEFORE) continue;
      sweep(ctx, label.id, label.id + 1, blocks.length - 1);
      break; // everything after is swept; later labels are part of the thread
    }
    const widget = widgetRange(ctx, label);
    if (widget) { sweep(ctx, label.id, widget[0], widget[1]); continue; }
    const parent = label.path.length >= 2 ? index?.range(label.path[label.path.length - 2] ?? -1) : undefined;
    sweep(ctx, label.id, label.id + 1, sequentialEnd(ctx, label.id, parent?.[1] ?? blocks.length - 1));
  }
}
