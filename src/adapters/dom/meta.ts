// What a page declares about itself: <meta> tags, JSON-LD, author and time
// elements. Tag-name collections only: attribute-substring selectors cost
// more than the whole block walk on large pages.
import type { PageMeta } from '../../engine/types.ts';
import type { ElementAttributes } from './attributes.ts';

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

function metaTags(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of doc.getElementsByTagName('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim() ?? '';
    if (key !== '' && content !== '' && !(key in meta)) meta[key] = content;
  }
  return meta;
}

function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const el of doc.getElementsByTagName('script')) {
    if (el.getAttribute('type') !== 'application/ld+json') continue;
    const text = el.textContent;
    if (text.length > MAX_JSON_LD_CHARS) continue;
    // Some sites wrap the JSON in CDATA or an HTML comment (readability gitlab-blog, spiceworks pages).
    const parsed = parseJson(text.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, ''));
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** True for an element that names the author: rel/itemprop author, or a byline/author class. */
export function isAuthorElement(attrs: ElementAttributes): boolean {
  return attrs.rel === 'author' || attrs.itemprop === 'author' || AUTHOR_CLASS.test(attrs.className);
}

/** Text of an element without its scripts and styles (an author box can hold both: readability breitbart page). */
function visibleText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const tag = node.parentElement?.localName;
    if (tag !== 'script' && tag !== 'style' && tag !== 'noscript') text += node.nodeValue ?? '';
  }
  return text;
}

export function readPageMeta(doc: Document, author: Element | null): PageMeta {
  const byline = author === null ? null : visibleText(author).replace(/\s+/g, ' ').trim();
  const time = doc.getElementsByTagName('time');
  let datetime: string | null = null;
  for (const el of time) { datetime = el.getAttribute('datetime'); if (datetime !== null) break; }
  return { meta: metaTags(doc), jsonLd: jsonLd(doc), bylineText: byline === '' ? null : byline, timeDatetime: datetime };
}
