// What a page declares about itself: <meta> tags, JSON-LD, author and time
// elements. Tag-name collections only: attribute-substring selectors cost
// more than the whole block walk on large pages.
import type { BylineCandidate, PageMeta } from '../../engine/index.ts';
import type { ElementAttributes } from './attributes.ts';
import { get } from './safe.ts';

/** JSON-LD scripts larger than this are skipped (a hostile page could send megabytes). */
const MAX_JSON_LD_CHARS = 200_000;
const AUTHOR_CLASS = /(^|[\s_-])(byline|author)([\s_-]|$)/i;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Dublin Core under any of its spellings ("dc:title", "DC.title", "dcterms.title") is keyed "dc.<field>". */
const DUBLIN_CORE = /^dc(?:terms?)?[:.]/;

/** Author tags a page repeats once per author (readability ietf-1 page: two DC.Creator; case in dom-adapter.test.ts); other repeats keep the first. */
const NAME_LISTS = new Set(['dc.creator', 'author']);
/** A byline lists at most this many authors: more would not fit a byline (12 words at most, extract/metadata.ts), and a page repeating the tag hundreds of times gets no longer one. */
const MAX_LISTED_NAMES = 3;
/** Names in these tags are often written "Last, First" (ietf-1: "Kooman, F."), so a comma cannot part them. */
const LIST_SEPARATOR = '; ';

/** Meta tags by property, name or itemprop. A property attribute may list several names at once
 * (property="x:title dc:title", seen on readability/004-metadata-space-separated-properties; test in dom-adapter.test.ts). */
function metaTags(tags: readonly Element[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of tags) {
    if (el.localName !== 'meta') continue;
    const keys = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim() ?? '';
    if (content === '') continue;
    for (const key of keys.split(/\s+/)) {
      const normal = key.replace(DUBLIN_CORE, 'dc.');
      if (normal === '') continue;
      const listed = meta[normal]?.split(LIST_SEPARATOR);
      if (listed === undefined) meta[normal] = content;
      else if (NAME_LISTS.has(normal) && !listed.includes(content) && listed.length < MAX_LISTED_NAMES) meta[normal] = [...listed, content].join(LIST_SEPARATOR);
    }
  }
  return meta;
}

function jsonLd(tags: readonly Element[]): unknown[] {
  const out: unknown[] = [];
  for (const el of tags) {
    if (el.localName !== 'script' || el.getAttribute('type') !== 'application/ld+json') continue;
    const text = el.textContent;
    if (text.length > MAX_JSON_LD_CHARS) continue;
    // Some sites wrap the JSON in CDATA or an HTML comment (readability gitlab-blog, spiceworks pages; case in dom-adapter.test.ts).
    const parsed = parseJson(text.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, ''));
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** True for an element that names the author: rel/itemprop author, or a byline/author class. */
export function isAuthorElement(attrs: ElementAttributes): boolean {
  return attrs.rel === 'author' || attrs.itemprop === 'author' || AUTHOR_CLASS.test(attrs.className);
}

/** An author element's text is read this far at most: a byline is short, and a page may mark its whole body
 * "author-…" (readability breitbart page: <body class="author-4326">; case in dom-adapter.test.ts). */
const MAX_BYLINE_CHARS = 300;

/** Text of an element without its scripts and styles (an author box can hold both: readability breitbart page; case in extract.test.ts). */
function visibleText(element: Element): string {
  let text = '';
  const walker = get(element, 'ownerDocument').createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null && text.length < MAX_BYLINE_CHARS; node = walker.nextNode()) {
    const tag = node.parentElement?.localName;
    if (tag !== 'script' && tag !== 'style' && tag !== 'noscript') text += node.nodeValue ?? '';
  }
  return text;
}

function canonicalUrl(tags: readonly Element[]): string | null {
  for (const el of tags) {
    if (el.localName === 'link' && el.getAttribute('rel')?.toLowerCase() === 'canonical') return el.getAttribute('href');
  }
  return null;
}

/** Author elements found in the walk, with the index of the block that follows each. */
export interface AuthorElement { element: Element; block: number }

/** The elements readPageMeta reads; the DOM walk hands them over in document order. */
const PAGE_META_TAGS = new Set(['meta', 'script', 'link', 'time']);
export const isPageMetaTag = (tag: string): boolean => PAGE_META_TAGS.has(tag);

export function readPageMeta(authors: readonly AuthorElement[], tags: readonly Element[]): PageMeta {
  const bylines: BylineCandidate[] = authors.map((a) => ({ text: visibleText(a.element).replace(/\s+/g, ' ').trim(), block: a.block }))
    .filter((b) => b.text !== '');
  const time = tags.filter((el) => el.localName === 'time');
  let datetime: string | null = null;
  let timeText: string | null = null;
  for (const el of time) {
    datetime = el.getAttribute('datetime');
    if (datetime !== null) { timeText = visibleText(el).replace(/\s+/g, ' ').trim().slice(0, MAX_BYLINE_CHARS); break; }
  }
  return { meta: metaTags(tags), jsonLd: jsonLd(tags), bylines, timeDatetime: datetime, timeText, canonical: canonicalUrl(tags) };
}
