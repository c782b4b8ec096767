// What a page declares about itself: <meta> tags, JSON-LD, author and time
// elements. Read once per page with a handful of selector queries.
import type { PageMeta } from '../../engine/types.ts';

/** JSON-LD scripts larger than this are skipped (a hostile page could send megabytes). */
const MAX_JSON_LD_CHARS = 200_000;
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readPageMeta(doc: Document): PageMeta {
  const meta: Record<string, string> = {};
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim() ?? '';
    if (key !== '' && content !== '' && !(key in meta)) meta[key] = content;
  }
  const jsonLd: unknown[] = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = el.textContent;
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const parsed = parseJson(text);
    if (parsed !== undefined) jsonLd.push(parsed);
  }
  const byline = doc.querySelector(BYLINE_SELECTOR)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return { meta, jsonLd, bylineText: byline === '' ? null : byline, timeDatetime: time };
}
