// HTML → Document in Node, for the CLI, evaluation and tests. jsdom 27.3 can
// throw on some inline <style> (a cssstyle regression); such a page is parsed
// again without its <style> elements, which the engine never reads anyway.
// jsdom's parser takes time quadratic in nesting depth (10,000 levels: 19 s),
// so a page nested deeper than any real one is refused before parsing.
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { readRealmOf } from '../dom/safe.ts';

/** jsdom takes 0.6 s to load: loaded on the first HTML page, so saved text, --help and --version start at once. */
let jsdom: typeof Jsdom | null = null;
const loadJsdom = (): typeof Jsdom => (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom);

/** Ten times the deepest of the 489 corpus pages (320 by this count), and parsed in about 2 s. */
export const MAX_NESTING = 3000;
/** Tags that never hold others, or that the parser closes by itself, so they never deepen the page. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'script', 'style']);
const LETTER = /[a-zA-Z]/;
const NAME_CHAR = /[\w:-]/;

/**
 * The deepest nesting of elements, as opening and closing tags count it (an upper bound of what the parser builds).
 * One forward scan: a tag runs from `<name` to the next `>`, which is looked up once and reused until passed, so a
 * page of `<a<a<a…` with no `>` costs linear time (the pattern it replaces took 107 s on 1 MB of them).
 * `<path>` counts: inside <svg> it nests unless it closes itself.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  let gt = html.indexOf('>');
  for (let i = html.indexOf('<'); i >= 0 && gt >= 0; i = html.indexOf('<', i + 1)) {
    const closing = html.charAt(i + 1) === '/';
    let end = i + (closing ? 2 : 1);
    if (!LETTER.test(html.charAt(end))) continue;
    const start = end;
    while (end < html.length && NAME_CHAR.test(html.charAt(end))) end += 1;
    if (gt < end) gt = html.indexOf('>', end);
    if (gt < 0) break;
    const name = html.slice(start, end).toLowerCase();
    const selfClosing = html.charAt(gt - 1) === '/' && gt - 1 >= end;
    i = gt;
    if (FLAT.has(name) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The page without its <style> elements, in one forward scan. */
function withoutStyles(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  for (let open = lower.indexOf('<style', at); open >= 0; open = lower.indexOf('<style', at)) {
    if (NAME_CHAR.test(lower.charAt(open + 6))) { out += html.slice(at, open + 6); at = open + 6; continue; }
    const close = lower.indexOf('</style', open);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) break;
    out += html.slice(at, open);
    at = end + 1;
  }
  return out + html.slice(at);
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
  let doc: Document;
  try {
    doc = build(html, url).window.document;
  } catch {
    doc = build(withoutStyles(html), url).window.document;
  }
  // Node has no DOM globals: the adapter's safe reads take their prototypes from jsdom's.
  readRealmOf(doc);
  return doc;
}
