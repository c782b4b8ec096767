// The lines that head an article — headline, standfirst, byline — sit
// just before the body region. They stay visible and are handed to the
// extractors; only the standfirst joins the body text.
import type { Block } from '../types.ts';
import type { Hit } from './apply-rules.ts';
import { HEADLINE, PAGE_HEADER } from '../thresholds.ts';
import { isDateOnly } from '../text/dates.ts';

/** "By Priya Nair", "Von …", "Por …": a byline's opening word and a capital. */
const BYLINE_OPENER = /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;
const BYLINE = new RegExp(String.raw`${BYLINE_OPENER.source}|\b(updated|published|posted)\b|\b(19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}\b|^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3},? (\p{Lu}\w+ \d{1,2},? (19|20)\d{2}|\d{1,2} \p{Lu}\w+ (19|20)\d{2})`, 'u');


export interface PageHeader { headline: number | null; standfirst: number | null; bylines: number[]; candidates: Block[] }

function titleMatches(block: Block, title: string | undefined): boolean {
  return title !== undefined && title.toLowerCase().includes(block.text.toLowerCase());
}

/** A short <h1> that the <title> repeats is the headline however few its words (readability wikipedia-2 page: (case in dom-adapter.test.ts)
 * "New Zealand", where "From Wikipedia, the free encyclopedia" would win otherwise). */
function isEchoedH1(block: Block, title: string | undefined): boolean {
  return block.tag === 'h1' && titleMatches(block, title);
}

function isTitleLike(block: Block, hit: Hit | null, title: string | undefined): boolean {
  const f = block.features;
  // A photo credit just above the story is not its headline (fixture share-bar-over-story.txt: "Photo by …"; seen on scrapinghub/6a72de37).
  if (hit && (hit.rule.verdict === 'furniture' || hit.rule.kind === 'caption')) return false;
  if ((f.words < HEADLINE.minWords && !isEchoedH1(block, title)) || f.words > HEADLINE.maxWords) return false;
  return !/[.:;,]$/.test(block.text) && (block.linkDensity ?? 0) < HEADLINE.maxLinkShare;
}

/** "By Priya Nair", "Published 4 February 2024": short and title-like too, but they sit under a headline
 * (fixture dated-teaser-cards.txt, where the byline was taken for the headline). */
function isBylineShaped(block: Block, hit: Hit | null): boolean {
  return hit?.rule.kind === 'byline' || BYLINE_OPENER.test(block.text) || isDateOnly(block.text);
}

function isBylineLine(block: Block): boolean {
  return block.features.words <= PAGE_HEADER.bylineMaxWords && (BYLINE.test(block.text) || isDateOnly(block.text));
}

/** A byline or date line a few lines down: a headline heads its byline, a table row or a teaser does not
 * (fixture share-bar-over-story.txt). */
function bylineBelow(blocks: readonly Block[], block: Block): boolean {
  for (let i = block.id + 1; i <= block.id + HEADLINE.bylineReach && i < blocks.length; i++) {
    const b = blocks[i];
    if (b !== undefined && isBylineLine(b)) return true;
  }
  return false;
}

function headlineScore(blocks: readonly Block[], block: Block, hit: Hit | null, regionStart: number, title: string | undefined): number {
  const isH1 = block.tag === 'h1' ? HEADLINE.h1Weight : /^h[2-3]$/.test(block.tag ?? '') ? HEADLINE.subheadWeight : 0;
  const inTitle = titleMatches(block, title) ? HEADLINE.titleWeight : 0;
  const closeness = 1 - Math.min(1, (regionStart - block.id) / HEADLINE.lookBehind);
  if (isBylineShaped(block, hit)) return isH1 + inTitle + closeness - HEADLINE.bylineShapePenalty;
  return isH1 + inTitle + closeness + (bylineBelow(blocks, block) ? HEADLINE.overBylineBonus : 0);
}

export function findPageHeader(blocks: readonly Block[], hits: readonly (Hit | null)[], regionStart: number, title?: string): PageHeader {
  const from = Math.max(0, regionStart - HEADLINE.lookBehind);
  // Inside the body, only a real heading (or a line matching <title>) heads it: a short first paragraph
  // is not a headline (tests/unit/engine/cited-shapes.test.ts; seen on scrapinghub's jeongdongtheater page).
  const heads = (b: Block): boolean => b.id < regionStart || b.tag === null || /^h[1-3]$/.test(b.tag) || titleMatches(b, title);
  const candidates = blocks.slice(from, regionStart + 1).filter((b) => isTitleLike(b, hits[b.id] ?? null, title) && heads(b));
  const score = (b: Block): number => headlineScore(blocks, b, hits[b.id] ?? null, regionStart, title);
  candidates.sort((a, b) => score(b) - score(a));
  const best = candidates[0]?.id;
  if (best === undefined) return { headline: null, standfirst: null, bylines: [], candidates };
  // Saved text: two title-like lines right above the body are headline then standfirst (seed: lines 1 and 3).
  const headline = candidates.find((c) => c.id < best && c.id >= best - PAGE_HEADER.textHeadlineLookback && c.tag === null)?.id ?? best;
  const header: PageHeader = { headline, standfirst: null, bylines: [], candidates };
  // Between the headline and the first sentence of the body: bylines, datelines and the standfirst.
  for (let i = headline + 1; i < blocks.length && i <= headline + PAGE_HEADER.scanBlocks; i++) {
    const block = blocks[i];
    const hit = hits[i];
    if (!block) continue;
    // A byline among short lines reads as one more menu item, a weak finding it outranks (fixture share-bar-over-story.txt).
    if (isBylineLine(block) && (!hit || hit.match.weak === true)) { header.bylines.push(i); continue; }
    if (hit) continue;
    // The body's first block is a standfirst only when it does not read as a sentence (seed: line 3).
    const standfirst = header.standfirst === null && block.features.words <= PAGE_HEADER.standfirstMaxWords && (i < regionStart || !block.features.endsSentence);
    if (!standfirst) break;
    header.standfirst = i;
  }
  return header;
}
