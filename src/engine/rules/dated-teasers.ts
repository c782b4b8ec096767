// A list of teasers, each card with its own date line: three or more date lines
// a few blocks apart (fixture dated-teaser-cards.txt; seen on scrapinghub/8380689f "Editors' Picks": title, date,
// section, blurb; scrapinghub/aadb38e5 car reviews; naeb/38706ee7 on nba.com;
// readability/citylab-1). In saved text no container bounds the list, and the
// blurbs read as prose. No story among the 489 corpus pages holds such a run of
// dates in either mode: a story's own dates head longer stretches of text.
import type { Block } from '../types.ts';
import type { Rule } from './rule.ts';
import { WIDGETS } from '../thresholds.ts';
import { isDateLine } from '../text/dates.ts';

/** Runs of date lines (block ids, in order) close enough to be one list's cards. */
function dateRuns(lines: readonly number[]): number[][] {
  const runs: number[][] = [[]];
  for (const id of lines) {
    const run = runs[runs.length - 1] ?? [];
    if (id - (run[run.length - 1] ?? id) > WIDGETS.datedTeaserMaxGap) runs.push([id]);
    else run.push(id);
  }
  return runs.filter((run) => run.length >= WIDGETS.datedTeaserMinDates);
}

/** A card's line: short. Before the first date it is a title, which ends no sentence; after the last date two
 * sentences in a row are the story's paragraphs, not a card's blurb (fixture dated-teaser-cards.txt; seen on scrapinghub/aadb38e5: the story starts right
 * after its teaser rail's last date). */
const cardLine = (blocks: readonly Block[], id: number, before: boolean): boolean => {
  const f = blocks[id]?.features;
  return f !== undefined && f.words <= WIDGETS.datedTeaserBlurbMaxWords && !(f.endsSentence && (before || blocks[id + 1]?.features.endsSentence === true));
};

/** Block id → the first date line of its list. A list also holds the card before its first date (its title) and the
 * card after its last (section and blurb), each as long as the closest two dates are apart. */
function listOf(blocks: readonly Block[], lines: readonly number[]): Map<number, number> {
  const found = new Map<number, number>();
  for (const run of dateRuns(lines)) {
    const first = run[0] ?? 0;
    const last = run[run.length - 1] ?? first;
    const card = Math.min(...run.slice(1).map((id, i) => id - (run[i] ?? id))) - 1;
    let start = first;
    while (start > first - card && cardLine(blocks, start - 1, true)) start -= 1;
    let end = last;
    while (end < last + card && cardLine(blocks, end + 1, false)) end += 1;
    for (let id = start; id <= end; id++) found.set(id, first);
  }
  return found;
}

interface PageDates {
  /** Ids of the blocks that are date lines. */
  lines: ReadonlySet<number>;
  /** Block id → the first date line of its teaser list. */
  lists: ReadonlyMap<number, number>;
}

const PAGES = new WeakMap<readonly Block[], PageDates>();
/** A page's date lines and teaser lists, found once: this rule and the dateline rule are asked block by block. */
export function pageDates(blocks: readonly Block[]): PageDates {
  let found = PAGES.get(blocks);
  if (found === undefined) {
    const lines = blocks.filter(isDateLine).map((b) => b.id);
    found = { lines: new Set(lines), lists: listOf(blocks, lines) };
    PAGES.set(blocks, found);
  }
  return found;
}

const rule: Rule = {
  id: 'dated-teasers',
  kind: 'related',
  verdict: 'furniture',
  match(block, ctx) {
    const first = pageDates(ctx.blocks).lists.get(block.id);
    if (first === undefined) return null;
    return { evidence: `one of the cards dated from "${ctx.blocks[first]?.text ?? ''}" on, a date line every few blocks` };
  },
};
export default rule;
