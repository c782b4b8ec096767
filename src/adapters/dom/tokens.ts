// Class and id → lower-case words: "article-body sidebarRight" → article-body,
// article, body, sidebarright, sidebar, right. Whole names are kept so
// multi-word tokens ("more-stories") can match too.

const MAX_TOKENS = 24;

const NO_TOKENS: readonly string[] = [];

/** Tokens of a class and id; pages repeat the same class names, so callers pass a cache per walk. */
export function tokensOf(className: string, id: string, cache: Map<string, readonly string[]>): readonly string[] {
  if (className === '' && id === '') return NO_TOKENS;
  const raw = `${className} ${id}`;
  let tokens = cache.get(raw);
  if (tokens === undefined) { tokens = splitTokens(raw); cache.set(raw, tokens); }
  return tokens;
}

/** A CSS-in-JS hash such as "dWWnRo" or "AdDsWC": no separators, and its case changes cut it into three or more
 * pieces of at most three letters. Its pieces are not words ("AdDsWC" is no ad: naeb dev eb61b546). */
const HASH_PIECES = 3;
function isHashName(name: string, caseCut: readonly string[]): boolean {
  return !/[^A-Za-z0-9]/.test(name) && caseCut.length >= HASH_PIECES && caseCut.every((p) => p.length <= HASH_PIECES);
}

function splitTokens(raw: string): string[] {
  if (raw.trim() === '') return [];
  const out = new Set<string>();
  for (const name of raw.split(/\s+/)) {
    if (name === '' || out.size >= MAX_TOKENS) continue;
    out.add(name.toLowerCase());
    const caseCut = name.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (isHashName(name, caseCut.split(' '))) continue;
    for (const part of caseCut.split(/[^A-Za-z0-9]+/)) {
      if (part !== '') out.add(part.toLowerCase());
    }
  }
  return [...out].slice(0, MAX_TOKENS);
}
