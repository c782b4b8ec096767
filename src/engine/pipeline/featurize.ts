// Raw blocks → blocks with text features. The stoplist is chosen once
// per page, from its declared language and its own words, so features mean
// the same in every language.
import type { Block, EngineInput } from '../types.ts';
import { computeFeatures } from '../features.ts';
import { pickStopwords } from '../text/stopwords.ts';
import { words } from '../text/words.ts';
import { mapSteps, type Steps } from '../steps.ts';
import { LENGTH, STOPWORDS, WORK_BOUNDS } from '../thresholds.ts';


export function* featurize(input: EngineInput): Steps<{ blocks: Block[]; lang: string | null }> {
  const tokens = yield* mapSteps(input.blocks, (raw) => words(raw.text)); // split once, used for the language and the features
  const { lang, set } = pickStopwords(languageSample(tokens), input.stoplists, input.lang ?? null);
  // Fields copied by name: an object spread per block was a measurable share of the engine's time.
  const blocks = yield* mapSteps(input.blocks, (raw, id): Block => ({
    text: raw.text, tag: raw.tag, linkDensity: raw.linkDensity, hidden: raw.hidden, interactive: raw.interactive, path: raw.path,
    gapBefore: raw.gapBefore, id, source: input.source, features: computeFeatures(raw.text, set, tokens[id]),
  }));
  return { blocks, lang };
}

/** The page's words that tell its language, lower case: those of its sentence-length blocks, where menus and
 * buttons (names, brands, one language's UI on another's page) do not outvote the prose; all its words when it has
 * too few sentences. */
function languageSample(tokens: readonly (readonly string[])[]): string[] {
  const take = (keep: (list: readonly string[]) => boolean): string[] => {
    const sample: string[] = [];
    for (const list of tokens) {
      if (sample.length >= WORK_BOUNDS.languageSampleWords) break;
      if (keep(list)) for (const w of list) sample.push(w.toLowerCase());
    }
    return sample.slice(0, WORK_BOUNDS.languageSampleWords);
  };
  const prose = take((list) => list.length >= LENGTH.sentenceMinWords);
  return prose.length >= STOPWORDS.minSampleWords ? prose : take(() => true);
}
