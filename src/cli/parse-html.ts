// HTML → Document in Node, for the CLI, evaluation and tests. jsdom 27.3 can
// throw on some inline <style> (a cssstyle regression); such a page is parsed
// again without its <style> elements, which the engine never reads anyway.
import { JSDOM, VirtualConsole } from 'jsdom';

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

function build(html: string, url: string | undefined): JSDOM {
  // A silent console: page scripts never run here, but CSS parse errors would be printed.
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url === undefined ? {} : { url }) });
}

export function parseHtml(html: string, url?: string): Document {
  try {
    return build(html, url).window.document;
  } catch {
    return build(html.replace(STYLE_ELEMENT, ''), url).window.document;
  }
}
