// The page's parity with the CLI. The engine's article is a positive choice of
// blocks, but hiding block by block is a negative one: whatever no rule names
// (a logo bar, a form, an empty promo box, text the adapter does not read)
// stayed on screen. So, as reader modes isolate the article, every sibling
// along the path from the article's container up to <body> is hidden as one
// region, in place. The story's lead picture just before its container stays.
import { call, get } from '../adapters/dom/safe.ts';

/** Tags that draw nothing: marking them would change nothing but the page's markup. */
const INERT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'base', 'title']);

export const PAGE_REGION = {
  /** A lead picture is looked for this many levels above the article's container (hero figure beside the story's column). */
  leadMediaLevels: 3,
  /** … among this many element siblings just before the path. */
  leadMediaSiblings: 2,
  /** … and holds at most this many characters of text (a caption and credit, not a teaser). */
  leadMediaMaxChars: 300,
  /** … and at most this many links (a credit's, a gallery's). */
  leadMediaMaxLinks: 2,
} as const;

const MEDIA = 'img, picture, video, svg image';

/** A picture with at most a caption: the story's lead image when it sits right before the story. */
function isLeadMedia(element: Element): boolean {
  if (call(element, 'querySelector', MEDIA) === null && !call(element, 'matches', 'img, picture, video, figure')) return false;
  return get(element, 'textContent').trim().length <= PAGE_REGION.leadMediaMaxChars && call(element, 'querySelectorAll', 'a[href]').length <= PAGE_REGION.leadMediaMaxLinks;
}

/** The elements to hide around the article: siblings of each element from `articleRoot` up to (not including) <body>.
 * `keep` holds elements that must stay visible (blocks the reader chose to show again); a sibling holding one stays. */
export function regionTargets(articleRoot: Element | null, keep: readonly Element[]): Element[] {
  const body = (articleRoot === null ? null : get(articleRoot, 'ownerDocument').body) as HTMLElement | null | undefined;
  if (articleRoot === null || body === null || body === undefined || articleRoot === body || !call(body, 'contains', articleRoot)) return [];
  const targets: Element[] = [];
  let level = 0;
  for (let node: Element = articleRoot; node !== body && get(node, 'parentElement') !== null; node = get(node, 'parentElement') ?? body, level += 1) {
    let before = 0;
    for (let sibling = get(node, 'previousElementSibling'); sibling !== null; sibling = get(sibling, 'previousElementSibling')) {
      before += 1;
      const lead = level < PAGE_REGION.leadMediaLevels && before <= PAGE_REGION.leadMediaSiblings && isLeadMedia(sibling);
      if (!lead && hideable(sibling, keep)) targets.push(sibling);
    }
    for (let sibling = get(node, 'nextElementSibling'); sibling !== null; sibling = get(sibling, 'nextElementSibling')) {
      if (hideable(sibling, keep)) targets.push(sibling);
    }
  }
  return targets;
}

function hideable(element: Element, keep: readonly Element[]): boolean {
  return !INERT.has(get(element, 'localName')) && !keep.some((k) => call(element, 'contains', k));
}

/** A late element outside the article's region (an overlay appended to <body>, a rail filled in): not inside the
 * article's container and not one of its ancestors. */
export function outsideRegion(element: Element, articleRoot: Element | null): boolean {
  if (articleRoot === null || get(element, 'ownerDocument').body === articleRoot || INERT.has(get(element, 'localName'))) return false;
  return !call(articleRoot, 'contains', element) && !call(element, 'contains', articleRoot);
}
