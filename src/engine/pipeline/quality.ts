// jusText's text-quality classes and their context pass. A block is
// good (long prose), near-good, short or bad on its own; short and near-good
// blocks then take their verdict from the nearest decided neighbours.
import type { Block } from '../types.ts';
import { LENGTH, LINKS, STOPWORDS } from '../thresholds.ts';

const PUNCTUATION = /[.,;:!?…。，、！？]/u;

export type Quality = 'good' | 'near-good' | 'short' | 'bad';

export function ownQuality(block: Block): Quality {
  const f = block.features;
  const links = block.linkDensity ?? 0;
  if (f.words === 0 || links > LINKS.maxForProse) return 'bad';
  if (f.proseChars < LENGTH.shortChars) return links > 0 ? 'bad' : 'short';
  // Long text with no punctuation at all is a keyword cloud or a run of links, not prose (tests/unit/engine/cited-shapes.test.ts; seen on scrapinghub/f6ac15…).
  if (f.words >= LENGTH.unpunctuatedMaxWords && !PUNCTUATION.test(block.text)) return 'bad';
  if (f.stopwordDensity >= STOPWORDS.high) return f.proseChars >= LENGTH.longChars ? 'good' : 'near-good';
  if (f.stopwordDensity >= STOPWORDS.low) return 'near-good';
  // Sentences dense with names, tickers and figures (seen on scrapinghub's Reuters markets copy; fixture kerry-iraq-independent: "His talks
  // with Jordan's King Abdullah II…") have few function words but are still prose.
  return f.endsSentence && f.words >= LENGTH.sentenceMinWords && f.stopwordDensity >= STOPWORDS.sentenceLow ? 'near-good' : 'bad';
}

type Skip = (c: Quality) => boolean;
const SHORT: Skip = (c) => c === 'short';
const SHORT_OR_NEAR: Skip = (c) => c === 'short' || c === 'near-good';

/** For every index, the nearest class before and after it that is not skipped; linear time. */
function neighbours(classes: readonly Quality[], skip: Skip): { prev: Quality[]; next: Quality[] } {
  const prev: Quality[] = new Array<Quality>(classes.length);
  const next: Quality[] = new Array<Quality>(classes.length);
  let seen: Quality = 'bad'; // the page's edges count as boilerplate, as in jusText
  for (let i = 0; i < classes.length; i++) {
    prev[i] = seen;
    const c = classes[i] ?? 'bad';
    if (!skip(c)) seen = c;
  }
  seen = 'bad';
  for (let i = classes.length - 1; i >= 0; i--) {
    next[i] = seen;
    const c = classes[i] ?? 'bad';
    if (!skip(c)) seen = c;
  }
  return { prev, next };
}

/** Prose set apart by blank lines is a paragraph; prose packed between lines with no blank line around it
 * is usually a teaser, a list item or a caption (measured on scrapinghub's saved text: 91–95% vs 29–50% article words; fixture furniture-zoo.txt). */
export function qualities(blocks: readonly Block[]): Quality[] {
  return blocks.map((block, i) => {
    const q = ownQuality(block);
    const packed = block.gapBefore === 0 && (blocks[i + 1]?.gapBefore ?? 1) === 0;
    if (!packed) return q;
    return q === 'good' ? 'near-good' : q === 'near-good' ? 'short' : q;
  });
}

/** jusText's context-sensitive pass: every block ends good or bad. */
export function resolveContext(own: readonly Quality[]): ('good' | 'bad')[] {
  const far = neighbours(own, SHORT_OR_NEAR);
  const near = neighbours(own, SHORT);
  const shortResolved: Quality[] = own.map((c, i) => {
    if (c !== 'short') return c;
    const prev = far.prev[i];
    const next = far.next[i];
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    return near.prev[i] === 'near-good' || near.next[i] === 'near-good' ? 'good' : 'bad';
  });
  const final = neighbours(shortResolved, SHORT_OR_NEAR);
  return shortResolved.map((c, i) => {
    if (c === 'good' || c === 'bad') return c;
    return final.prev[i] === 'bad' && final.next[i] === 'bad' ? 'bad' : 'good';
  });
}
