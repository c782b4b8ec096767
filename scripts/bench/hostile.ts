// Extractors on hostile text: pathological inputs a page could craft to keep
// the popup busy (long runs of capitalised words, thousands of quotes, endless
// appositions). Timed here, in the benchmark, not in a unit test.
import { extractSpeakers } from '../../src/engine/extract/speakers.ts';
import { summarise } from '../../src/engine/extract/summary.ts';
import { sentences } from '../../src/engine/extract/sentences.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { nestingDepth } from '../../src/adapters/html/parse-html.ts';
import { compileLinear } from '../../src/settings/linear-pattern.ts';
import { JSDOM } from 'jsdom';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { readRealmOf } from '../../src/adapters/dom/safe.ts';

/** n forms whose controls shadow the DOM members the adapter reads (issue #27 item 2), as a jsdom document. */
function clobberingPage(n: number): Document {
  const doc = new JSDOM(`<body>${'<form><input name="hasAttribute"><input name="lastChild"><input name="nodeType"><p>Tell us what you think</p></form>'.repeat(n)}</body>`).window.document;
  readRealmOf(doc);
  return doc;
}
import { growthExponent, timeIt } from './stats.ts';

/** The readers' patterns issue #27 found catastrophic for a backtracking RegExp, each with the text that makes it so. */
export const CATASTROPHIC_PATTERNS: ReadonlyArray<{ source: string; text: (n: number) => string }> = [
  { source: '((a+))+$', text: (n) => `${'a'.repeat(n)}!` },
  { source: '(a|a)+$', text: (n) => `${'a'.repeat(n)}!` },
  { source: '(\\w|\\d)+$', text: (n) => `${'1'.repeat(n)}!` },
  { source: '(.|.)+#$', text: (n) => 'x'.repeat(n) },
  { source: 'a*a*a*b', text: (n) => 'a'.repeat(n) },
];

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

/** Hostile inputs of issue #27 at growing sizes, each through the layer it attacked: time in ms per size, and the
 * fitted growth exponent (1 is linear). */
export function hostileGrowth(): Record<string, { points: { size: number; ms: number }[]; exponent: number }> {
  const cases: Record<string, { sizes: number[]; run: (n: number) => void }> = {
    'digits (engine on a price list of n digits)': { sizes: [25_000, 50_000, 100_000, 200_000], run: (n) => runEngine(textToBlocks(`Price list ${'1'.repeat(n)}`)) },
    '"<a" runs (CLI nesting pre-scan, n tags)': { sizes: [125_000, 250_000, 500_000, 1_000_000], run: (n) => nestingDepth(`<html><body><p>${'<a'.repeat(n)}`) },
    '"Mr. " runs (sentence splitter, n repeats)': { sizes: [6_250, 12_500, 25_000, 50_000], run: (n) => sentences('Mr. '.repeat(n)) },
    'nested <path> in <svg> (CLI pre-scan, n levels)': { sizes: [2_500, 5_000, 10_000, 20_000], run: (n) => nestingDepth(`<svg>${'<path d="M0 0">'.repeat(n)}`) },
  };
  cases['clobbering forms (DOM adapter, n forms)'] = { sizes: [500, 1_000, 2_000, 4_000], run: (n) => documentToBlocks(clobberingPage(n)) };
  for (const { source, text } of CATASTROPHIC_PATTERNS) {
    const test = compileLinear({ source, flags: '' });
    cases[`reader's pattern /${source}/ (n characters)`] = { sizes: [12_500, 25_000, 50_000, 100_000], run: (n) => test(text(n)) };
  }
  const out: Record<string, { points: { size: number; ms: number }[]; exponent: number }> = {};
  for (const [name, { sizes, run }] of Object.entries(cases)) {
    const points = sizes.map((size) => ({ size, ms: timeIt(() => { run(size); }) }));
    out[name] = { points, exponent: growthExponent(points) };
  }
  return out;
}
