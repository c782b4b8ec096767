// Function words per language (jusText's stoplists, trimmed to the most
// frequent). The page's language is the list that covers most of its words.
import { STOPWORDS } from '../thresholds.ts';

const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being below between both but by can
could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours said says its it's he's she's they're we're don't won't can't isn't`,
  de: `aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies doch dort du durch ein eine
einem einen einer eines er es für hat hatte ich ihr im in ist ja kann kein man mit nach nicht noch nur ob oder sich sie sind so über um
und uns von vor war was wenn werden wie wir wird zu zum zur`,
  fr: `a au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou par
pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous est sont été être avait fait plus comme cette`,
  es: `a al algo como con de del el ella ellos en entre era es esa ese esta este fue ha hay la las le les lo los más me mi muy no nos o para
pero por que qué se sea ser si sin sobre son su sus también te tiene todo tu un una uno y ya`,
  it: `a al alla anche che chi ci come con da dal dalla degli dei del della di e è gli ha hanno i il in io la le lo ma mi nel nella non
per più quando questo se si sono su sua suo tra un una uno`,
  pt: `a ao aos as com como da das de do dos e é ela ele em entre era essa esse foi há isso já mais mas muito na nas no nos o os ou para
pela pelo por quando que se sem ser seu sua são também um uma`,
  nl: `aan al als bij dat de den der des die dit door een en er geen had heb het hij hoe in is je kan maar me met mij naar niet nog nu of
om onder ons ook op over te tot uit van veel voor was wat we wel werd wij zal ze zich zij zijn`,
};

export type StopwordSet = ReadonlySet<string>;

const SETS: ReadonlyMap<string, StopwordSet> = new Map(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);

export const EMPTY_STOPWORDS: StopwordSet = new Set();

/** An English function word, whatever its case: "Had Palacios" is no given name. */
export const isEnglishStopword = (word: string): boolean => SETS.get('en')?.has(word.toLowerCase()) === true;

/** Each function word → the languages whose lists hold it, so a sample is read once, not once per language. */
const LANGS_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [lang, set] of SETS) for (const word of set) index.set(word, [...(index.get(word) ?? []), lang]);
  return index;
})();
const NO_LANGS: readonly string[] = [];

/** The stoplist that matches the most words of the sample, or an empty set when none fits (CJK, Russian…).
 * Ties go to the language listed first. */
export function pickStopwords(sampleWords: readonly string[]): { lang: string | null; set: StopwordSet } {
  const hits = new Map<string, number>();
  for (const word of sampleWords) for (const lang of LANGS_OF_WORD.get(word) ?? NO_LANGS) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  let best: { lang: string | null; set: StopwordSet } = { lang: null, set: EMPTY_STOPWORDS };
  let bestHits = 0;
  for (const [lang, set] of SETS) {
    const count = hits.get(lang) ?? 0;
    if (count > bestHits) { bestHits = count; best = { lang, set }; }
  }
  return bestHits >= sampleWords.length * STOPWORDS.minLanguageShare ? best : { lang: null, set: EMPTY_STOPWORDS };
}
