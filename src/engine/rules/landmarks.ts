// Which containers are furniture by their markup: class/id words, ARIA roles
// and tags, as Readability's unlikelyCandidates and trafilatura's token groups
// do. Nearest container decides; a content word (article, story…) stops the
// climb, so a sidebar inside the article is found but the article inside a
// "page-with-sidebar" wrapper is not condemned by it.
import type { ContainerInfo, Kind } from '../types.ts';
import type { Landmark } from './rule.ts';
import { WORK_BOUNDS } from '../thresholds.ts';

interface LandmarkSpec { kind: Kind; tokens: readonly string[]; tags?: readonly string[]; roles?: readonly string[] }

/** Order matters where a container carries words of two kinds: first listed wins. */
export const LANDMARKS: readonly LandmarkSpec[] = [
  { kind: 'comments', tokens: ['comment', 'comments', 'disqus', 'respond', 'replies', 'discussion'] },
  { kind: 'ad', tokens: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt', 'adslot', 'adunit', 'adsense', 'doubleclick'] },
  { kind: 'promo', tokens: ['promo', 'promoted', 'sponsored', 'sponsor', 'outbrain', 'taboola', 'partner', 'partners', 'commercial'] },
  { kind: 'newsletter', tokens: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin'] },
  { kind: 'social', tokens: ['share', 'sharing', 'shares', 'social', 'sharebar', 'addthis', 'sharethis'] },
  { kind: 'navigation', tokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'masthead', 'topnav', 'skip'], tags: ['nav'], roles: ['navigation', 'banner', 'menu', 'menubar'] },
  { kind: 'related', tokens: ['related', 'recommended', 'recommendations', 'recirc', 'popular', 'trending', 'mostread', 'sidebar', 'rail', 'teasers', 'more-stories'], tags: ['aside'], roles: ['complementary'] },
  { kind: 'footer', tokens: ['footer', 'copyright', 'colophon'], tags: ['footer'], roles: ['contentinfo'] },
  { kind: 'form', tokens: ['search', 'login', 'signin', 'register'], roles: ['search'] },
];

/** Words that mark the article's own containers (Readability's okMaybeItsACandidate, narrowed). */
const CONTENT_TOKENS = new Set(['article', 'story', 'entry', 'post', 'body', 'content', 'text', 'main', 'hentry', 'articlebody']);
const CONTENT_TAGS = new Set(['article', 'main']);

/** Every furniture word any landmark knows. */
const FURNITURE_TOKENS = new Set(LANDMARKS.flatMap((spec) => spec.tokens));

/** Each furniture word as a piece of a longer name, compiled once: this runs on every container of a page. */
const PIECE = new Map([...FURNITURE_TOKENS].map((t) => [t, new RegExp(`(^|[^a-z0-9])${t}([^a-z0-9]|$)`)]));
const pieceOf = (piece: string, name: string): boolean => name !== piece && PIECE.get(piece)?.test(name) === true;

/** The first landmark (in LANDMARKS order) each word, tag and role belongs to: one lookup per token, not one scan per landmark. */
function firstSpecBy(keys: (spec: LandmarkSpec) => readonly string[] | undefined): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  LANDMARKS.forEach((spec, i) => { for (const key of keys(spec) ?? []) if (!index.has(key)) index.set(key, i); });
  return index;
}
const SPEC_BY_TOKEN = firstSpecBy((spec) => spec.tokens);
const SPEC_BY_TAG = firstSpecBy((spec) => spec.tags);
const SPEC_BY_ROLE = firstSpecBy((spec) => spec.roles);

/** A furniture word that is only a piece of a class name, in a box whose names say "article" more than they say
 * furniture: "article-body__ArticleBox … ad-in-text-target" is the story with ads placed into it, and
 * "article-body-commercial-selector" the story too (fixture story-box-named-for-ads.html; seen on naeb/e6996539, 170ac41f); "dpsp-share-text" and
 * "copyright_text" say furniture as often as content and stay furniture. */
function outweighedByContent(token: string, tokens: readonly string[]): boolean {
  if (!tokens.some((name) => pieceOf(token, name))) return false;
  const content = tokens.filter((t) => CONTENT_TOKENS.has(t)).length;
  return content > tokens.filter((t) => FURNITURE_TOKENS.has(t)).length;
}

export function landmarkOfContainer(info: ContainerInfo): Landmark | 'content' | null {
  if (CONTENT_TAGS.has(info.tag) || info.role === 'main' || info.role === 'article') return 'content';
  let first = Math.min(SPEC_BY_TAG.get(info.tag) ?? Infinity, info.role === null ? Infinity : SPEC_BY_ROLE.get(info.role) ?? Infinity);
  for (const t of info.tokens) {
    const i = SPEC_BY_TOKEN.get(t);
    if (i !== undefined && i < first && !outweighedByContent(t, info.tokens)) first = i;
  }
  const spec = LANDMARKS[first];
  if (spec !== undefined) return { kind: spec.kind, describe: describe(info) };
  return info.tokens.some((t) => CONTENT_TOKENS.has(t)) ? 'content' : null;
}

function describe(info: ContainerInfo): string {
  const role = info.role === null ? '' : ` role="${info.role}"`;
  const words = info.tokens.length === 0 ? '' : ` class/id "${info.tokens.slice(0, WORK_BOUNDS.evidenceTokens).join(' ')}"`;
  return `<${info.tag}${role}${words}>`;
}

/** Readability's unlikelyCandidates / okMaybeItsACandidate, matched on class and id as it does: a container
 * matching the first and not the second is dropped with everything in it (comment threads, sidebars). Ours adds
 * "modal": a dialog the page's stylesheet hides until opened, which the CLI cannot see hidden (test "leaves a modal dialog's prose out" in dom-adapter.test.ts; seen on readability
 * simplyfound-1: "Become an approved author!" prose beside the article). */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;
const NEVER_UNLIKELY_TAGS = new Set(['body', 'a', 'article', 'main', 'html']);

export function isUnlikelyContainer(info: ContainerInfo): boolean {
  if (NEVER_UNLIKELY_TAGS.has(info.tag) || info.tokens.length === 0) return false;
  const names = info.tokens.join(' ');
  return UNLIKELY.test(names) && !MAYBE_CANDIDATE.test(names);
}

/** Class or id names that say "ad slot" on their own ("ad", "ads", "top-ad", "ad_slot", "dfp-leaderboard", "advertisement"),
 * not names that merely contain the word: "ad-free-image" or "load" must not hide an article's picture. */
const AD_SLOT_NAME = /^(?:ads?|advert\w*|adslot\w*|adunit\w*|adsense\w*|doubleclick\w*|dfp\w*|gpt-ad\w*)$|^ads?[-_](?!free)|[-_]ads?$/;

const BARE_AD = /^ads?$/;

/** A container an ad is loaded into: with no text of its own, only its name tells (an iframe or image slot).
 * A bare "ad" split out of a longer name ("ad-free-image") does not count; the longer name is judged instead. */
export function isAdSlotContainer(info: ContainerInfo): boolean {
  if (NEVER_UNLIKELY_TAGS.has(info.tag)) return false;
  const partOfLonger = (t: string): boolean => info.tokens.some((x) => x !== t && x.split(/[^a-z0-9]+/).includes(t));
  return info.tokens.some((t) => AD_SLOT_NAME.test(t) && !(BARE_AD.test(t) && partOfLonger(t)));
}
