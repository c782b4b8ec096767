// HTML → Document in Node, for the CLI, evaluation and tests. jsdom 27.3 can
// throw on some inline <style> (a cssstyle regression); such a page is parsed
// again without its <style> elements, which the engine never reads anyway.
// jsdom's parser takes time quadratic in nesting depth (10,000 levels: 19 s),
// so a page nested deeper than any real one is refused before parsing.
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

/** jsdom takes 0.6 s to load: loaded on the first HTML page, so saved text, --help and --version start at once. */
let jsdom: typeof Jsdom | null = null;
const loadJsdom = (): typeof Jsdom => (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom);

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
/** Ten times the deepest of the 489 corpus pages (320 by this count), and parsed in about 2 s. */
export const MAX_NESTING = 3000;
/** Tags that never hold others, or that the parser closes by itself, so they never deepen the page. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'script', 'style', 'path']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest nesting of elements, as opening and closing tags count it (an upper bound of what the parser builds). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (FLAT.has(name.toLowerCase()) || selfClosing === '/') continue;
    depth = closing === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

export class TooDeepError extends Error {}

function build(html: string, url: string | undefined): Jsdom.JSDOM {
  const { JSDOM, VirtualConsole } = loadJsdom();
  // A silent console: page scripts never run here, but CSS parse errors would be printed.
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url === undefined ? {} : { url }) });
}

export function parseHtml(html: string, url?: string): Document {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) throw new TooDeepError(`the page nests elements ${depth} levels deep; at most ${MAX_NESTING} are read`);
  try {
    return build(html, url).window.document;
  } catch {
    return build(html.replace(STYLE_ELEMENT, ''), url).window.document;
  }
}
