// DOM only: the article is a container, found as Readability finds it —
// prose blocks score their parent and ancestors, containers are weighted by
// tag and class words and discounted by link density — then siblings with
// enough score or prose join it. Works on block paths only, in linear time.
import type { Block, ContainerInfo } from '../types.ts';
import type { Quality } from './quality.ts';
import { CONTAINER_SCORE, LINKS } from '../thresholds.ts';
import { LANDMARKS } from '../rules/landmarks.ts';
import { joinTwinSections } from './twin-sections.ts';
import { ancestors, type Parents } from './tree.ts';
import { ancestorOf } from '../path.ts';

/** Readability's initial container scores by tag (initializeNode): */
const TAG_WEIGHT: Record<string, number> = {
  /** a block container of prose, */
  div: 5,
  article: 5,
  /** a section or a cell of it, */
  section: 3,
  main: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  /** lists, addresses and forms, */
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  /** and headings. */
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
const POSITIVE = new Set(['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'articlebody']);
const NEGATIVE = new Set(LANDMARKS.flatMap((l) => l.tokens).concat(['hidden', 'meta', 'outbrain', 'shoutbox', 'sponsor']));

function classWeight(info: ContainerInfo): number {
  let weight = 0;
  if (info.tokens.some((t) => NEGATIVE.has(t))) weight -= CONTAINER_SCORE.classWeight;
  if (info.tokens.some((t) => POSITIVE.has(t))) weight += CONTAINER_SCORE.classWeight;
  return weight;
}

/** Readability's paragraph score: one, plus commas, plus one per 100 characters (at most 3). */
function blockScore(block: Block): number {
  const commas = (block.text.match(/[,，、]/g) ?? []).length;
  return 1 + commas + Math.min(CONTAINER_SCORE.maxLengthBonus, Math.floor(block.features.chars / CONTAINER_SCORE.charsPerBonus));
}

/** Readability's choice: the best-scoring container, moved up to an ancestor shared by several close
 * alternatives (an article split into sibling sections), or to a parent that scores higher still. */
function chooseTop(final: ReadonlyMap<number, number>, parent: Parents): number | null {
  const ranked = [...final].sort((a, b) => b[1] - a[1]).slice(0, CONTAINER_SCORE.topCandidates);
  const first = ranked[0];
  if (first === undefined) return null;
  let [top, topScore] = first;
  const alternatives = ranked.slice(1).filter(([, s]) => topScore > 0 && s / topScore >= CONTAINER_SCORE.alternativeShare).map(([c]) => ancestors(c, parent));
  if (alternatives.length >= CONTAINER_SCORE.minAlternatives) {
    const shared = ancestors(top, parent).find((a) => alternatives.filter((list) => list.includes(a)).length >= CONTAINER_SCORE.minAlternatives);
    if (shared !== undefined) { top = shared; topScore = final.get(shared) ?? topScore; }
  }
  let last = topScore;
  const floor = topScore / CONTAINER_SCORE.parentFloorDivisor;
  for (const p of ancestors(top, parent)) {
    const ps = final.get(p);
    if (ps === undefined) continue;
    if (ps < floor) break;
    if (ps > last) { top = p; break; }
    last = ps;
  }
  return top;
}

export interface DomRegion { inRegion: boolean[]; top: number | null }

export function domRegion(blocks: readonly Block[], containers: readonly ContainerInfo[], own: readonly Quality[], scoring: readonly boolean[]): DomRegion {
  const score = new Map<number, number>();
  const parent: Parents = new Int32Array(containers.length).fill(-1);
  const linkChars = new Float64Array(containers.length);
  const chars = new Float64Array(containers.length);
  for (const block of blocks) {
    const path = block.path;
    const links = block.features.chars * (block.linkDensity ?? 0);
    for (let k = 0; k < path.length; k++) {
      const c = path[k] ?? -1;
      if (k > 0) parent[c] = path[k - 1] ?? -1;
      chars[c] = (chars[c] ?? 0) + block.features.chars;
      linkChars[c] = (linkChars[c] ?? 0) + links;
    }
    if (!scoring[block.id] || own[block.id] === 'bad' || block.features.chars < CONTAINER_SCORE.minBlockChars) continue;
    const value = blockScore(block);
    for (let level = 0; level < CONTAINER_SCORE.ancestorLevels; level++) {
      const c = ancestorOf(path, level);
      if (c === undefined) break;
      if (!score.has(c)) { const info = containers[c]; score.set(c, info ? (TAG_WEIGHT[info.tag] ?? 0) + classWeight(info) : 0); }
      const divider = level === 0 ? 1 : level === 1 ? CONTAINER_SCORE.grandparentDivisor : level * CONTAINER_SCORE.farLevelDivisor;
      score.set(c, (score.get(c) ?? 0) + value / divider);
    }
  }
  const final = new Map<number, number>();
  for (const [c, raw] of score) {
    const density = (linkChars[c] ?? 0) / Math.max(1, chars[c] ?? 0);
    final.set(c, raw * (1 - density));
  }
  const top = chooseTop(final, parent);
  const topScore = top === null ? 0 : final.get(top) ?? 0;
  const inRegion = blocks.map(() => false);
  if (top === null) return { inRegion, top };
  const topParent = parent[top] ?? -1;
  const threshold = Math.max(CONTAINER_SCORE.minSiblingScore, topScore * CONTAINER_SCORE.siblingShare);
  for (const block of blocks) {
    const path = block.path;
    const at = path.indexOf(top);
    if (!scoring[block.id]) continue; // furniture, or inside a container Readability would drop
    if (at >= 0) { inRegion[block.id] = true; continue; }
    // A sibling of the top candidate joins when it scores well, or is itself good prose.
    const pi = topParent < 0 ? -1 : path.indexOf(topParent);
    const sibling = pi >= 0 ? path[pi + 1] : undefined;
    if (sibling === undefined) continue;
    const siblingScore = final.get(sibling) ?? 0;
    const prose = sibling === path[path.length - 1] && own[block.id] === 'good' && (block.linkDensity ?? 0) < LINKS.maxForProse;
    if (siblingScore >= threshold || prose) inRegion[block.id] = true;
  }
  joinTwinSections(blocks, containers, top, parent, own, scoring, inRegion);
  growByProse(blocks, own, scoring, inRegion);
  return { inRegion, top };
}

function isProse(block: Block, own: readonly Quality[], scoring: readonly boolean[]): boolean {
  const q = own[block.id];
  return scoring[block.id] === true && (q === 'good' || q === 'near-good') && (block.linkDensity ?? 0) < LINKS.maxForProse;
}

/** Articles split into sibling sections (readability: medium-3, quanta-1; fixtures readability-quanta-1.html, sectioned-article.html) continue past the container:
 * grow the region over neighbouring prose, across at most a few non-prose blocks (figures, headings). */
function growByProse(blocks: readonly Block[], own: readonly Quality[], scoring: readonly boolean[], inRegion: boolean[]): void {
  const first = inRegion.indexOf(true);
  const last = inRegion.lastIndexOf(true);
  if (first < 0) return;
  for (const step of [-1, 1] as const) {
    let gap = 0;
    let edge = step < 0 ? first : last;
    for (let i = edge + step; i >= 0 && i < blocks.length && gap <= CONTAINER_SCORE.growMaxGap; i += step) {
      const block = blocks[i];
      if (block === undefined || !scoring[i]) break;
      if (!isProse(block, own, scoring)) { gap += 1; continue; }
      for (let j = edge + step; j !== i + step; j += step) inRegion[j] = scoring[j] === true;
      edge = i;
      gap = 0;
    }
  }
}
