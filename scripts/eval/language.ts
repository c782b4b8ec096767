// A page's declared language, for the eval's per-language table: the primary
// subtag of <html lang> (or xml:lang), lower case; 'unknown' when none.
const HTML_LANG = /<html\b[^>]{0,2000}?\b(?:xml:)?lang\s*=\s*["']?([a-zA-Z]{2,3})\b/i;

export function pageLanguage(html: string): string {
  return HTML_LANG.exec(html.slice(0, 100_000))?.[1]?.toLowerCase() ?? 'unknown';
}
