// Headline, byline and publication date: a cascade over what the page
// declares (JSON-LD, Open Graph/twitter/Dublin Core/parsely meta), then what
// the engine found in the text (headline and byline blocks), then <title>.
import type { PageMeta } from '../types.ts';

export interface Metadata { headline: string | null; byline: string | null; published: string | null; description: string | null }

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|WebPage|LiveBlogPosting)$/;
/** " - World - The Independent", " | Reuters", " — Site": a site name after the last separator. */
const TITLE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,60}$/;

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function articleObjects(jsonLd: readonly unknown[]): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Json;
    const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(obj);
    if (obj['@graph'] !== undefined) visit(obj['@graph']);
  };
  jsonLd.forEach(visit);
  return out;
}

function authorName(author: unknown): string | null {
  if (Array.isArray(author)) return author.map(authorName).filter((x): x is string => x !== null).join(', ') || null;
  if (typeof author === 'object' && author !== null) return str((author as Json).name);
  const name = str(author);
  return name !== null && !/^https?:/.test(name) ? name : null;
}

export function cleanByline(text: string | null): string | null {
  if (text === null) return null;
  const clean = text.replace(/^\s*(by|von|par|por)\s+/i, '').replace(/\s*[|,•·]\s*(updated|published|posted)?\s*[\p{L}]*\s*\d{1,2}.*$/iu, '').trim();
  return clean === '' ? null : clean;
}

const first = (...values: (string | null | undefined)[]): string | null => values.find((v) => v !== null && v !== undefined && v !== '') ?? null;

export function extractMetadata(meta: PageMeta | undefined, headlineBlock: string | null, bylineBlock: string | null, title: string | undefined): Metadata {
  const m = meta?.meta ?? {};
  const ld = articleObjects(meta?.jsonLd ?? [])[0] ?? {};
  const titleHeadline = title === undefined || title === '' ? null : title.replace(TITLE_SUFFIX, '').replace(TITLE_SUFFIX, '').trim();
  return {
    headline: first(str(ld.headline), m['og:title'], m['twitter:title'], m['parsely-title'], m['dc.title'], headlineBlock, titleHeadline),
    byline: cleanByline(first(authorName(ld.author), m.author, authorName(m['article:author'] ?? null), m['parsely-author'], m['dc.creator'],
      meta?.bylineText ?? null, bylineBlock)),
    published: first(str(ld.datePublished), m['article:published_time'], m['og:published_time'], m['parsely-pub-date'], m['dc.date'],
      m['dc.date.issued'], m.date, meta?.timeDatetime ?? null),
    description: first(str(ld.description), m['og:description'], m.description, m['twitter:description']),
  };
}
