// One classification per block from the stages' findings, and the
// article text from the kept body blocks.
import type { Block, Classification, Kind } from '../types.ts';
import type { Hit } from './apply-rules.ts';
import type { PageHeader } from './page-header.ts';
import { LINKS, PAGE_HEADER } from '../thresholds.ts';
import { inProseList } from '../lists.ts';
import { ARTICLE_TEXT, BYLINE_LINE, HEADLINE_LINE, LOW_TEXT_QUALITY, OUTSIDE_ARTICLE, STANDFIRST_LINE, SUBHEADING, type StageRule } from '../rules/stage-rules.ts';

/** Kinds whose text makes up the article body. */
// The standfirst stays on the page and feeds the summary, but benchmark bodies leave it out (corpus: 1,338 of
// 1,604 standfirst words are not in the ground truth).
const BODY_KINDS: ReadonlySet<Kind> = new Set<Kind>(['body', 'subheading', 'credit']);

export interface Findings {
  blocks: readonly Block[];
  hits: readonly (Hit | null)[];
  resolved: readonly ('good' | 'bad')[];
  /** Good or near-good on its own (before context). */
  prose: readonly boolean[];
  inRegion: readonly boolean[];
  /** The region is a container (DOM): its short and near-good blocks stay unless link-heavy. */
  lenient: boolean;
  header: PageHeader;
}

function fromStage(block: Block, rule: StageRule, evidence: string): Classification {
  return { block, verdict: rule.verdict, kind: rule.kind, ruleId: rule.id, evidence };
}

function isSubheading(f: Findings, i: number): boolean {
  const block = f.blocks[i];
  if (!block || block.features.words > PAGE_HEADER.subheadingMaxWords || block.features.endsSentence) return false;
  const heading = block.tag === null ? !/[,;:]$/.test(block.text) : /^h[1-6]$/.test(block.tag);
  // Followed by prose of its own standing, not by another short line (teaser lists read like headings).
  return heading && f.prose[i + 1] === true && f.inRegion[i + 1] === true && !f.hits[i + 1];
}

function headerRole(f: Findings, i: number): StageRule | null {
  if (i === f.header.headline) return HEADLINE_LINE;
  if (i === f.header.standfirst) return STANDFIRST_LINE;
  return f.header.bylines.includes(i) ? BYLINE_LINE : null;
}

export function classifyAll(f: Findings): Classification[] {
  return f.blocks.map((block, i) => {
    const hit = f.hits[i];
    const inRegion = f.inRegion[i] === true;
    const role = headerRole(f, i);
    if (role) return fromStage(block, role, 'heads the article region');
    // Article-side findings (credits, captions, date lines) count in the body and in the article's head.
    const inHead = f.header.headline !== null && i > f.header.headline && i < f.inRegion.indexOf(true);
    if (hit && (hit.rule.verdict === 'furniture' || inRegion || inHead)) {
      return { block, verdict: hit.rule.verdict, kind: hit.rule.kind, ruleId: hit.rule.id, evidence: hit.match.evidence };
    }
    if (!inRegion) return fromStage(block, OUTSIDE_ARTICLE, 'outside the article region');
    if (isSubheading(f, i)) return fromStage(block, SUBHEADING, 'a heading followed by article prose');
    if (f.resolved[i] === 'good' || f.prose[i] === true) return fromStage(block, ARTICLE_TEXT, 'prose in the article region');
    if (f.lenient && ((block.linkDensity ?? 0) < LINKS.linkList || inProseList(block, f.blocks))) return fromStage(block, ARTICLE_TEXT, 'text inside the article container');
    return fromStage(block, LOW_TEXT_QUALITY, 'short or link-heavy text among boilerplate');
  });
}

export function articleText(classes: readonly Classification[]): string {
  return classes
    .filter((c) => c.verdict === 'article' && BODY_KINDS.has(c.kind))
    .map((c) => c.block.text)
    .join('\n\n');
}
