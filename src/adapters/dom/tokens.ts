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
 * pieces of at most three letters. Its pieces are not words ("AdDsWC" is no ad: fixture story-box-named-for-ads.html; seen on naeb/eb61b546). */
const HASH_PIECES = 3;
const isHashName = (separated: boolean, pieces: readonly string[]): boolean =>
  !separated && pieces.length >= HASH_PIECES && pieces.every((p) => p.length <= HASH_PIECES);

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A name cut at every character that is not an ASCII letter or digit, and where a lower-case letter meets a
 * capital ("sidebarRight" → sidebar, Right). A loop, not regexes: this runs on every class name of a page. */
function namePieces(name: string): { pieces: string[]; separated: boolean } {
  const pieces: string[] = [];
  let separated = false;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : -1;
    const alnum = isLower(c) || isUpper(c) || isDigit(c);
    if (c !== -1 && !alnum) separated = true;
    const caseCut = alnum && i > start && isUpper(c) && isLower(name.charCodeAt(i - 1));
    if (!alnum || caseCut) {
      if (i > start) pieces.push(name.slice(start, i));
      start = alnum ? i : i + 1;
    }
  }
  return { pieces, separated };
}

function splitTokens(raw: string): string[] {
  const out = new Set<string>();
  for (const name of raw.split(/\s+/)) {
    if (name === '' || out.size >= MAX_TOKENS) continue;
    out.add(name.toLowerCase());
    const { pieces, separated } = namePieces(name);
    if (isHashName(separated, pieces)) continue;
    for (const piece of pieces) out.add(piece.toLowerCase());
  }
  return [...out].slice(0, MAX_TOKENS);
}
