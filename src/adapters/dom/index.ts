// A Document (live page or jsdom) → blocks for the engine, plus the private
// map from block id to the element that owns its text. One iterative walk: no
// recursion (pages nest 10,000 deep), no layout reads.
import { drain, normalizeSpace, SLICE_ITEMS, type ContainerInfo, type EngineInput, type RawBlock, type Steps } from '../../engine/index.ts';
import { BLOCK_TAGS, INTERACTIVE_TAGS, PARAGRAPH_TAGS, SKIP_TAGS, SPACED_TAGS, hiddenByMarkup } from './elements.ts';
import { tokensOf } from './tokens.ts';
import { readAttributes } from './attributes.ts';
import { isAuthorElement, isPageMetaTag, readPageMeta, type AuthorElement } from './meta.ts';
import { call, get } from './safe.ts';

/** Nearest ancestors kept per block: enough to find a widget, bounded so deep pages stay linear. */
const MAX_PATH = 48;
/** Author elements kept for the byline: a page's own comes early; the rest are comment and teaser bylines. */
const MAX_AUTHOR_ELEMENTS = 16;

export interface DomBlocks {
  input: EngineInput;
  /** Block id → the element whose text it is (several blocks may share one element). */
  elements: Element[];
  /** Container id (as in RawBlock.path) → its element. */
  containerElements: Element[];
}

export interface DomAdapterOptions {
  /** Extra visibility test for live pages (e.g. checkVisibility); markup checks always apply. */
  isHidden?: (element: Element) => boolean;
  /** Skip subtrees the caller already handles (e.g. the extension's own nodes). */
  skip?: (element: Element) => boolean;
  /** Walk only this subtree (a late widget); page metadata is then not read. */
  root?: Element;
}

interface Frame { element: Element; container: number; block: boolean; link: boolean; hidden: boolean }

const EXIT = Symbol('exit');
type Item = Node | typeof EXIT;

/** The page-metadata elements of <head>, which the walk from <body> does not see. Walked by sibling links: reading
 * a tag-name collection by index cost a tenth of the adapter's time in jsdom (a CPU profile of `npm run bench` on scrapinghub). */
function headTags(doc: Document): Element[] {
  const head = doc.head as HTMLHeadElement | null; // null for documents without one, whatever the DOM typings say
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let el = head === null ? null : get(head, 'lastElementChild'); el !== null; el = get(el, 'previousElementSibling')) stack.push(el);
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    if (isPageMetaTag(get(el, 'localName'))) found.push(el);
    for (let child = get(el, 'lastElementChild'); child !== null; child = get(child, 'previousElementSibling')) stack.push(child);
  }
  return found;
}

export function documentToBlocks(doc: Document, options: DomAdapterOptions = {}): DomBlocks {
  return drain(documentToBlocksSteps(doc, options));
}

/** The same walk as steps, pausing every SLICE_ITEMS elements (see engine/steps.ts). */
export function* documentToBlocksSteps(doc: Document, options: DomAdapterOptions = {}): Steps<DomBlocks> {
  // body is null for documents without one (XML, framesets), whatever the DOM typings say.
  const root: Element = options.root ?? (doc.body as HTMLElement | null) ?? doc.documentElement;
  const blocks: RawBlock[] = [];
  const elements: Element[] = [];
  const containers: ContainerInfo[] = [];
  const containerElements: Element[] = [];
  const frames: Frame[] = [];
  let buffer = '';
  let linkChars = 0;
  let interactive = false;
  let hiddenDepth = 0;
  let linkDepth = 0;
  let afterParagraph = false;
  const authors: AuthorElement[] = [];
  // <meta>, JSON-LD, <link> and <time> met on the way: one walk, where asking the document for each tag walks it again.
  const metaTags: Element[] = [];
  const tokenCache = new Map<string, readonly string[]>();

  const owners: Frame[] = []; // the block-level frames, innermost last
  const flush = (): void => {
    const text = normalizeSpace(buffer);
    const own = owners[owners.length - 1];
    if (text !== '' && own !== undefined) {
      const path = frames.slice(-MAX_PATH).map((f) => f.container);
      // A blank line before, as innerText renders it: around paragraphs and headings, not between list items or divs.
      const tag = get(own.element, 'localName');
      const paragraph = PARAGRAPH_TAGS.has(tag);
      blocks.push({ text, tag, linkDensity: Math.min(1, linkChars / Math.max(1, buffer.trim().length)),
        hidden: hiddenDepth > 0, interactive, path, gapBefore: paragraph || afterParagraph ? 1 : 0 });
      elements.push(own.element);
      afterParagraph = paragraph;
    }
    buffer = ''; linkChars = 0; interactive = false;
  };

  const stack: Item[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === EXIT) {
      // Flush before popping, so the block's path still ends at its own element.
      const frame = frames[frames.length - 1];
      if (frame?.block === true) { flush(); owners.pop(); }
      frames.pop();
      if (frame?.hidden === true) hiddenDepth -= 1;
      if (frame?.link === true) linkDepth -= 1;
      continue;
    }
    const type = get(item, 'nodeType');
    if (type === 3) {
      const data = (item as Text).data;
      buffer += data;
      if (linkDepth > 0) linkChars += data.trim().length;
      continue;
    }
    if (type !== 1) continue;
    if (++visited % SLICE_ITEMS === 0) yield;
    const element = item as Element;
    const tag = get(element, 'localName');
    if (INTERACTIVE_TAGS.has(tag)) interactive = true;
    if (isPageMetaTag(tag)) metaTags.push(element);
    if (SKIP_TAGS.has(tag) || options.skip?.(element) === true) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'br' || tag === 'hr') continue;
    if (SPACED_TAGS.has(tag)) buffer += ' ';
    const attrs = readAttributes(element);
    const hidden = hiddenByMarkup(attrs) || options.isHidden?.(element) === true;
    if (hidden) hiddenDepth += 1;
    const link = tag === 'a';
    if (link) linkDepth += 1;
    if (authors.length < MAX_AUTHOR_ELEMENTS && isAuthorElement(attrs)) authors.push({ element, block: blocks.length });
    containers.push({ tag, tokens: tokensOf(attrs.className, attrs.id, tokenCache), role: attrs.role });
    containerElements.push(element);
    const frame: Frame = { element, container: containers.length - 1, block, link, hidden };
    frames.push(frame);
    if (block) owners.push(frame);
    stack.push(EXIT);
    for (let child = get(element, 'lastChild'); child !== null; child = get(child, 'previousSibling')) stack.push(child);
  }
  flush();
  const meta = options.root === undefined ? { meta: readPageMeta(authors, root === doc.documentElement ? metaTags : [...headTags(doc), ...metaTags]) } : {};
  return { input: { source: 'dom', blocks, containers, title: doc.title, ...declaredLanguage(doc), ...meta }, elements, containerElements };
}

/** The page's declared language (<html lang>, else xml:lang), read through the prototypes. */
function declaredLanguage(doc: Document): { lang?: string } {
  const html = doc.documentElement as Element | null;
  if (html === null) return {};
  const lang = call(html, 'getAttribute', 'lang') ?? call(html, 'getAttribute', 'xml:lang');
  return lang === null || lang.trim() === '' ? {} : { lang: lang.trim() };
}
