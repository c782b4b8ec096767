// Extractors on hostile text: pathological inputs a page could craft to keep
// the popup busy (long runs of capitalised words, thousands of quotes, endless
// appositions). Timed here, in the benchmark, not in a unit test.
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { summarise } from '../../src/engine/extract/summary.ts';

export const HOSTILE: Record<string, string> = {
  'commas after a name': 'John Smith' + ', a b c d e'.repeat(4000) + ' said "hello there my friend"',
  'capitalised words': '"Quote here now ok," said ' + 'Aa '.repeat(20_000),
  'names and commas': 'Mr. ' + 'Aaa Bbb, '.repeat(5000) + 'said "x y z w"',
  '5,000 quotes': '"a b c d" '.repeat(5000),
  'repeated role words': 'Ann Lee, ' + 'the chief '.repeat(3000) + 'officer, said "one two three four"',
  'dotted initials': 'A.B.C.D.'.repeat(5000) + ' "one two three four," he said.',
  'names, then 500 quotes handed over by "saying"': 'Aaa Bbb Ccc '.repeat(300) + ', saying "a b c d e"'.repeat(500),
  '500 "he said" sentences in one paragraph': 'John Smith said "x y z w". ' + 'Aaa Bbb Ccc '.repeat(300) + '"a b c d," he said. '.repeat(500),
};

/** Milliseconds per case for the speaker extractor and the summary on the text as one paragraph. */
export function hostileTimes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, text] of Object.entries(HOSTILE)) {
    const t0 = performance.now();
    extractSpeakers([text]);
    summarise([text], null);
    out[name] = performance.now() - t0;
  }
  return out;
}
