// Related-story rails and teaser lists, opened by their heading (fixtures furniture-zoo, teaser-rail-and-signup.txt, review-roundup-widgets.html; seen on scrapinghub
// pages: "Most read", "More from…", "You may also like"). A heading no list of
// words knows is read by the rail's shape: a short line followed by teaser
// titles that the rail prints twice, once over the card's picture and once in
// it (seed: "Day In a Page", then "Ebola epidemic: Plagued by fear" twice and
// "Save the tiger: The animals bred…" before "The animals bred…").
import { LENGTH, WIDGETS } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match, RuleContext } from './rule.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'related-label',
  kind: 'related',
  labels: [/^(related|related (articles?|stories|content|coverage|posts|links|news|topics|reading|videos?))$/i,
    /^(more|more (from|on|about|in|stories|news|articles|videos)\b.*)$/i, /^more\b.{0,40}\b(stories|articles|news|reads|coverage|videos|posts)$/i, /^(most (read|popular|viewed|shared|commented|watched))( (articles|stories|now)| in [\p{L}&' ]{2,24})?$/iu,
    /^(trending( now| stories)?|top stories|latest( news| stories)?|editor['’]?s['’]? picks?|recommended( for you| stories| reading)?)$/i,
    /^(you (may|might) (also )?(like|enjoy|be interested in)|what to read next|read (more|next|this next)|in case you missed it|(people|readers) (are )?also (reading|viewing|watching|read|viewed))$/i,
    /^(also (on|in|read)|don't miss|must read|popular (now|stories))\b/i, /^explore further$/i, /^(more|other) top stories$/i],
  // A review roundup's link to each product's own review (naeb pcworld 7bd4118f: "Read our full KeePass review"; fixture review-roundup-widgets.html).
  lines: [/^read our (full|complete) .{1,40} review$/i],
  labelRole: 'related',
  maxWords: LENGTH.labelMaxWords,
  landmark: 'related',
  shape,
});

const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A card title: a few words, not a line of code or a sentence of prose. */
const titleLike = (b: Block): boolean => b.features.words >= WIDGETS.railTitleMinWords && b.features.words <= LENGTH.teaserMaxWords && !/[.!;]$/.test(b.text.trim());

/** A teaser title printed twice: the same words again, or again after a kicker ("Kicker: Title" then "Title"). */
function echoes(a: Block, b: Block): boolean {
  if (!titleLike(a) || !titleLike(b)) return false;
  const [short, long] = a.text.length <= b.text.length ? [a.text, b.text] : [b.text, a.text];
  if (norm(short) === norm(long)) return true;
  const kicker = long.search(/[:|–—]\s/);
  return kicker > 0 && norm(long.slice(kicker + 1)) === norm(short);
}

/** Different teaser titles printed twice within the rail's window after the heading; 0 unless the first card starts
 * right under it (checked first: this runs for every short line of a page). Different: a gallery repeats one
 * caption under every picture (fixture readability-firefox-nightly-blog.html; seen on readability/dev418). */
function echoedTitles(block: Block, ctx: RuleContext): number {
  const window = ctx.blocks.slice(block.id + 1, block.id + 1 + WIDGETS.railWindow);
  const echoedAt = (i: number): boolean => {
    const b = window[i];
    return b !== undefined && window.slice(i + 1, i + 1 + WIDGETS.railEchoReach).some((next) => echoes(b, next));
  };
  if (!echoedAt(0)) return 0;
  return new Set(window.filter((_, i) => echoedAt(i)).map((b) => norm(b.text))).size;
}

/** A heading no list knows, followed by teaser titles printed twice. */
function shape(block: Block, ctx: RuleContext): Match | null {
  const f = block.features;
  if (f.words > LENGTH.labelMaxWords || f.endsSentence) return null;
  const n = echoedTitles(block, ctx);
  return n >= WIDGETS.railMinEchoes ? { evidence: `heading of a teaser rail (${n} titles printed twice after it)`, opensRun: true } : null;
}
