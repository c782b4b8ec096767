// Function words per language (lexicon/stoplists/: seven lists hand-kept from
// jusText's, the rest from stopwords-iso). The page's language is its declared
// one when the page's words bear it out, else the list that covers most of its
// words. The engine carries none: callers pass every language's list in
// EngineInput.stoplists (the CLI and the evaluation import lexicon/stoplists;
// the content script reads the data file the background injects before it,
// keeping the content script small).
import { STOPWORDS } from '../thresholds.ts';
import { lines } from '../lexicon/lines.ts';

export type StopwordSet = ReadonlySet<string>;
/** Language code → its function words, one per line (lexicon/stoplists/*.ts). */
export type RawStoplists = Readonly<Record<string, string>>;

export const EMPTY_STOPWORDS: StopwordSet = new Set();
const NO_STOPLISTS: RawStoplists = {};

interface Parsed {
  sets: ReadonlyMap<string, StopwordSet>;
  /** Each function word → the languages whose lists hold it, so a sample is read once, not once per language. */
  langsOfWord: ReadonlyMap<string, readonly string[]>;
}

const parsedCache = new WeakMap<RawStoplists, Parsed>();

function parse(raw: RawStoplists): Parsed {
  const cached = parsedCache.get(raw);
  if (cached) return cached;
  const sets = new Map<string, StopwordSet>();
  const langsOfWord = new Map<string, string[]>();
  for (const [lang, text] of Object.entries(raw)) {
    if (typeof text !== 'string') continue;
    const set = new Set(lines(text));
    sets.set(lang, set);
    for (const word of set) langsOfWord.set(word, [...(langsOfWord.get(word) ?? []), lang]);
  }
  const parsed = { sets, langsOfWord };
  parsedCache.set(raw, parsed);
  return parsed;
}

const NO_LANGS: readonly string[] = [];

/** The primary subtag of a declared language ("de-CH" → "de"), lower case; null when there is none. */
export function primaryLanguage(declared: string | null | undefined): string | null {
  const tag = /^\s*([a-z]{2,3})(?![a-z])/i.exec(declared ?? '')?.[1];
  return tag === undefined ? null : tag.toLowerCase();
}

export interface PickedStopwords { lang: string | null; set: StopwordSet }

/** The stoplist for a sample of the page's lower-cased words: the declared language's when at least
 * STOPWORDS.minLanguageShare of the sample is on it and it is near the best-covered list (CMS templates declare "en" on
 * pages in German; where languages share their function words, Danish and Norwegian, the declaration decides), else the one
 * that matches the most words when it covers STOPWORDS.minDetectedShare, else none (CJK, or a language without a list). Ties go to the language listed first. */
export function pickStopwords(sampleWords: readonly string[], raw: RawStoplists = NO_STOPLISTS, declared: string | null = null): PickedStopwords {
  const { sets, langsOfWord } = parse(raw);
  const hits = new Map<string, number>();
  for (const word of sampleWords) for (const lang of langsOfWord.get(word) ?? NO_LANGS) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  const enough = (count: number, share: number): boolean => count > 0 && count >= sampleWords.length * share;
  let best: PickedStopwords = { lang: null, set: EMPTY_STOPWORDS };
  let bestHits = 0;
  for (const [lang, set] of sets) {
    const count = hits.get(lang) ?? 0;
    if (count > bestHits) { bestHits = count; best = { lang, set }; }
  }
  const own = primaryLanguage(declared);
  const ownSet = own === null ? undefined : sets.get(own);
  const ownHits = own === null ? 0 : hits.get(own) ?? 0;
  if (ownSet !== undefined && own !== null && enough(ownHits, STOPWORDS.minLanguageShare) && ownHits >= bestHits * STOPWORDS.declaredMinOfBest) {
    return { lang: own, set: ownSet };
  }
  return enough(bestHits, STOPWORDS.minDetectedShare) ? best : { lang: null, set: EMPTY_STOPWORDS };
}
