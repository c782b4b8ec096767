// A quote the reader picks in the popup's "Who is quoted": found in the page's
// text, scrolled to and highlighted with the CSS Custom Highlight API. A
// highlight is painted over the text, never put in the page, so there is
// nothing to restore; it goes when the popup closes or declutter turns off.
// Injected by the background only when the reader picks a quote
// (quote-script.ts), so the content script that runs on every page stays small.
import { call, get, nextInside } from '../adapters/dom/safe.ts';

/** The quote is found by its first this many characters, spaces collapsed: enough to be unique in a story. */
const PROBE_CHARS = 80;
/** At most this many characters of the page are read (a story is far shorter; a hostile page is not read whole). */
const MAX_PAGE_CHARS = 2_000_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** The page's text with runs of space collapsed, and where each of its characters came from. */
interface PageText { text: string; nodes: Node[]; offsets: number[] }

function pageText(root: Node): PageText {
  const nodes: Node[] = [];
  const offsets: number[] = [];
  let text = '';
  let space = true; // collapses leading space
  let node: Node | null = get(root, 'firstChild');
  while (node !== null && text.length < MAX_PAGE_CHARS) {
    const type = get(node, 'nodeType');
    if (type === TEXT_NODE) {
      const value = get(node, 'nodeValue') ?? '';
      for (let i = 0; i < value.length; i++) {
        const isSpace = /\s/.test(value.charAt(i));
        if (isSpace && space) continue;
        text += isSpace ? ' ' : value.charAt(i);
        nodes.push(node);
        offsets.push(i);
        space = isSpace;
      }
    }
    // Text and comments have no children to read; an element's are read unless it is a script or the like.
    node = nextInside(node, root, type !== ELEMENT_NODE || SKIP.has(get(node, 'localName')));
  }
  return { text, nodes, offsets };
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The range of the page's text that holds the quote, or null when the page no longer shows it. */
export function findQuote(doc: Document, quote: string): Range | null {
  const probe = collapse(quote).slice(0, PROBE_CHARS);
  const body = doc.body as Node | null;
  if (probe === '' || body === null) return null;
  const page = pageText(body);
  const at = page.text.indexOf(probe);
  if (at < 0) return null;
  const endAt = at + collapse(quote).length - 1;
  const last = Math.min(endAt, page.text.length - 1);
  const [startNode, endNode] = [page.nodes[at], page.nodes[last]];
  const [startOffset, endOffset] = [page.offsets[at], page.offsets[last]];
  if (startNode === undefined || endNode === undefined || startOffset === undefined || endOffset === undefined) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}

interface HighlightApi { highlights: Map<string, unknown> }
declare const Highlight: (new (...ranges: Range[]) => unknown) | undefined;

function registry(): HighlightApi['highlights'] | null {
  const css = (globalThis as { CSS?: Partial<HighlightApi> }).CSS;
  return css?.highlights !== undefined && typeof Highlight === 'function' ? css.highlights : null;
}

/** Scrolls to the quote and highlights it; false when the page does not show it (the popup says so). */
export function showQuote(doc: Document, quote: string, name: string): boolean {
  clearQuote(name);
  const range = findQuote(doc, quote);
  if (range === null) return false;
  const element = get(range.startContainer, 'parentElement');
  if (element !== null) call(element, 'scrollIntoView', { block: 'center' });
  const highlights = registry();
  if (highlights !== null && typeof Highlight === 'function') highlights.set(name, new Highlight(range));
  return true;
}

/** Takes the highlight named `name` away (the content script does the same when declutter turns off). */
export function clearQuote(name: string): void {
  registry()?.delete(name);
}
