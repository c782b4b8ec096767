// A page's JSON-LD as the extractors read it: its article objects, merged,
// and the names of its authors. Its own module because the content script
// sends only this summary to the popup (input.ts), not the page's JSON-LD.
import { JSON_LD, METADATA } from './thresholds.ts';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|WebPage|LiveBlogPosting)$/;

export type Json = Record<string, unknown>;
export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Article objects in page order, walked with an explicit stack (arrays and @graph only, as schema.org nests them). */
export function articleObjects(jsonLd: readonly unknown[]): Json[] {
  const out: Json[] = [];
  const stack: { node: unknown; depth: number }[] = [...jsonLd].reverse().map((node) => ({ node, depth: 0 }));
  for (let seen = 0; stack.length > 0 && seen < JSON_LD.maxNodes; seen++) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (depth > JSON_LD.maxDepth || typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) { for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], depth: depth + 1 }); continue; }
    const obj = node as Json;
    const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(obj);
    if (obj['@graph'] !== undefined) stack.push({ node: obj['@graph'], depth: depth + 1 });
  }
  return out;
}

/** One view of a page's article objects: each field from the first object that has it, articles before a
 * WebPage wrapper (readability spiceworks page: WebPage first, its BlogPosting holds datePublished; case in extract.test.ts). */
export function mergedArticle(objects: readonly Json[]): Json {
  const isPage = (o: Json): boolean => o['@type'] === 'WebPage';
  const ordered = [...objects.filter((o) => !isPage(o)), ...objects.filter(isPage)];
  const out: Json = {};
  for (const o of ordered) for (const [k, v] of Object.entries(o)) if (out[k] === undefined && v !== null && v !== '') out[k] = v;
  return out;
}

/** A value as the extractors read it: a string or nothing as it is, anything else only as "something that is no string". */
const flat = (v: unknown): unknown => (typeof v === 'string' || v == null ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : true);

/** An author as authorName reads it: lists two deep, and of a person or organisation its type and name. */
const authorShape = (a: unknown, depth = 0): unknown => (Array.isArray(a) ? (depth < METADATA.authorMaxNesting ? a.map((x) => authorShape(x, depth + 1)) : null)
  : typeof a === 'object' && a !== null ? { '@type': flat((a as Json)['@type']), name: flat((a as Json).name) } : flat(a));

/**
 * A page's article objects with only the fields the extractors read (type, headline, dates, description, the
 * author's names): what travels from the content script to the popup, which reads them exactly as it would the
 * page's JSON-LD. The raw JSON-LD does not travel: a page can nest it thousands of levels deep, which a browser
 * cannot pass in a message (tests/unit/engine/extract.test.ts).
 */
export const jsonLdSummary = (jsonLd: readonly unknown[]): Json[] => articleObjects(jsonLd).map((o) => ({
  '@type': flat(o['@type']), headline: flat(o.headline), datePublished: flat(o.datePublished), description: flat(o.description), author: authorShape(o.author),
}));

/** The names of a JSON-LD author, people or organisations as asked. */
export function authorName(author: unknown, organisations = false, depth = 0): string | null {
  if (Array.isArray(author)) {
    if (depth >= METADATA.authorMaxNesting) return null; // a list of authors, or lists of them; deeper is no byline
    return author.map((a) => authorName(a, organisations, depth + 1)).filter((x): x is string => x !== null).join(', ') || null;
  }
  if (typeof author === 'object' && author !== null) {
    const type = (author as Json)['@type'];
    const isOrganisation = (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /organi[sz]ation|corporation/i.test(t));
    return isOrganisation === organisations ? str((author as Json).name) : null;
  }
  const name = str(author);
  return !organisations && name !== null && !/^https?:/.test(name) ? name : null;
}
