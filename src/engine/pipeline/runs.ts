// A label ("PROMOTED VIDEO", "iJobs Job Widget", "Day In a Page")
// opens a furniture run. With DOM structure the run is the widget's container:
// the highest ancestor of the label that holds no article prose. Without it
// (saved text) the run goes on over the following blocks until article text
// resumes or another label starts its own run.
import type { Block } from '../types.ts';
import type { Hit } from './apply-rules.ts';
import type { ContainerIndex } from './containers.ts';
import type { Quality } from './quality.ts';
import { LINKS, RUNS } from '../thresholds.ts';
import { ancestorIndex, ancestorOf } from '../path.ts';

const COUNTER = /^\d/;

interface RunContext {
  blocks: readonly Block[]; hits: (Hit | null)[]; quality: readonly Quality[]; index: ContainerIndex | null;
  goodPrefix: number[]; inRegion: readonly boolean[];
}

function sweep(ctx: RunContext, label: number, from: number, to: number): void {
  const hit = ctx.hits[label];
  if (!hit) return;
  const evidence = `in the widget headed "${ctx.blocks[label]?.text ?? ''}"`;
  for (let j = from; j <= to; j++) {
    const own = ctx.hits[j];
    if (j !== label && (!own || own.match.weak === true)) ctx.hits[j] = { rule: hit.rule, match: { evidence }, fromLabel: label };
  }
}

/** Words of good or near-good, unmatched prose blocks in [a, b]. */
function goodIn(ctx: RunContext, a: number, b: number): number {
  return (ctx.goodPrefix[b + 1] ?? 0) - (ctx.goodPrefix[a] ?? 0);
}

/** DOM: the highest container above the label with no article prose; undefined when even the parent has prose. */
function widgetRange(ctx: RunContext, block: Block): [number, number] | undefined {
  const { index } = ctx;
  if (index === null || ancestorOf(block.path) === undefined) return undefined;
  let best: [number, number] | undefined;
  for (let k = ancestorIndex(block.path); k >= 0; k--) {
    const c = block.path[k] ?? -1;
    const range = index.range(c);
    if (range === undefined || index.isContent(c) || goodIn(ctx, range[0], range[1]) > 0) break;
    best = range;
  }
  return best !== undefined && best[1] > block.id ? best : undefined;
}

/** Article text resumes at j: prose inside the article region, or (with DOM structure) any prose that is
 * not link text. Outside the region, saved-text runs go on: teaser blurbs read like short prose (seed: "Day In a Page"). */
function resumes(ctx: RunContext, label: number, j: number): boolean {
  const block = ctx.blocks[j];
  const q = ctx.quality[j];
  if (block === undefined || ctx.hits[j] || (q !== 'good' && q !== 'near-good')) return false;
  if (ctx.hits[label]?.match.controlsOnly === true) return true;
  return ctx.inRegion[j] === true || (block.linkDensity !== null && block.linkDensity < LINKS.maxForProse);
}

/** Sweep forward until article text resumes or another label starts its own run. */
function sequentialEnd(ctx: RunContext, label: number, limit: number): number {
  let end = label;
  for (let j = label + 1; j <= limit; j++) {
    if (ctx.hits[j]?.match.opensRun === true || resumes(ctx, label, j)) break;
    end = j;
  }
  return end;
}

/** RUNS.articleRunAfter prose blocks in a row, unmatched by any rule, starting within RUNS.terminateLookahead blocks of the label. */
function articleFollows(blocks: readonly Block[], hits: readonly (Hit | null)[], quality: readonly Quality[], label: number): boolean {
  const prose = (j: number): boolean => !hits[j] && (quality[j] === 'good' || quality[j] === 'near-good');
  let run = 0;
  for (let j = label + 1; j < blocks.length && j <= label + RUNS.terminateLookahead + run; j++) {
    run = prose(j) ? run + 1 : 0;
    if (run >= RUNS.articleRunAfter) return true;
  }
  return false;
}

function prefixOfProse(blocks: readonly Block[], hits: readonly (Hit | null)[], quality: readonly Quality[]): number[] {
  const prefix = [0];
  blocks.forEach((b, i) => {
    const prose = quality[i] === 'good' || quality[i] === 'near-good';
    prefix.push((prefix[i] ?? 0) + (prose && !hits[i] ? b.features.words : 0));
  });
  return prefix;
}

function openingLabels(blocks: readonly Block[], hits: readonly (Hit | null)[], terminating: boolean): Block[] {
  return blocks.filter((b) => {
    const hit = hits[b.id];
    return hit?.match.opensRun === true && hit.fromLabel === undefined && (hit.rule.terminates === true) === terminating
      && (b.linkDensity ?? 0) < LINKS.linkList;
  });
}

/** Before the region is chosen: a terminating label (comments) sweeps to the end of the page. */
export function terminatingRuns(blocks: readonly Block[], hits: (Hit | null)[], quality: readonly Quality[]): void {
  const prefix = prefixOfProse(blocks, hits, quality);
  const ctx: RunContext = { blocks, hits, quality, index: null, goodPrefix: prefix, inRegion: [] };
  const labels = openingLabels(blocks, hits, true);
  for (const [n, label] of labels.entries()) {
    if ((prefix[label.id] ?? 0) < RUNS.terminateMinWordsBefore) continue;
    if (COUNTER.test(label.text) && articleFollows(blocks, hits, quality, label.id)) continue;
    if (labels.length - n - 1 < (hits[label.id]?.match.confirmBy ?? 0)) continue;
    sweep(ctx, label.id, label.id + 1, blocks.length - 1);
    return; // everything after is swept; later labels are part of the thread
  }
}

/** After the region is chosen: every other label sweeps its widget (DOM) or the lines after it. */
export function widgetRuns(blocks: readonly Block[], hits: (Hit | null)[], quality: readonly Quality[], index: ContainerIndex | null, inRegion: readonly boolean[]): void {
  const ctx: RunContext = { blocks, hits, quality, index, goodPrefix: prefixOfProse(blocks, hits, quality), inRegion };
  for (const label of openingLabels(blocks, hits, false)) {
    const widget = widgetRange(ctx, label);
    if (widget) { sweep(ctx, label.id, widget[0], widget[1]); continue; }
    const parentId = ancestorOf(label.path);
    const parent = parentId === undefined ? undefined : index?.range(parentId);
    sweep(ctx, label.id, label.id + 1, sequentialEnd(ctx, label.id, parent?.[1] ?? blocks.length - 1));
  }
}
