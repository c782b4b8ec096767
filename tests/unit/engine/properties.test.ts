// Property-based tests (fast-check) of the text adapter and the engine: any
// text, however odd, gives a well-formed result and never throws. Timing is
// left to `npm run bench`; these check shape and invariants only.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textToBlocks } from '../../../src/adapters/text/index.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { extractAll } from '../../../src/engine/extract/index.ts';
import type { EngineResult } from '../../../src/engine/types.ts';
import { FURNITURE_KINDS } from '../../../src/engine/types.ts';
import { inAnyLanguage } from '../any-language.ts';

const PROSE = 'The council said on Tuesday that the work would begin in the spring and take about eighteen months, with the riverside path closed in stages.';
const ODD_LINES = [
  PROSE, 'Home', 'PROMOTED VIDEO', 'Up to 70% off', '', '   ', '\t', '\0\0', 'شارك هذا المقال على وسائل التواصل الاجتماعي',
  '東京都は火曜日、新しい堤防の工事が春に始まると発表した。', '🎉🔥 Breaking 🔥🎉', '"I said no," he said.', '“Quote', 'Comments (12)',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a'.repeat(5_000), '\u202Eevil\u202C', 'Mr. Dr. U.S. Jan.',
];

/** Lines drawn from odd cases and arbitrary unicode, joined with any line break. */
const pageText = fc.tuple(
  fc.array(fc.oneof(fc.constantFrom(...ODD_LINES), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 60 }),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
).map(([lines, sep]) => lines.join(sep));

function wellFormed(result: EngineResult, blockCount: number): void {
  expect(result.blocks).toHaveLength(blockCount);
  for (const c of result.blocks) {
    expect(['article', 'furniture']).toContain(c.verdict);
    expect(c.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(typeof c.evidence).toBe('string');
    if (c.verdict === 'furniture') expect(FURNITURE_KINDS).toContain(c.kind);
  }
  const texts = new Set(result.blocks.filter((c) => c.verdict === 'article').map((c) => c.block.text));
  for (const paragraph of result.article.split('\n\n').filter(Boolean)) expect(texts.has(paragraph)).toBe(true);
  if (result.article === '') expect(result.warnings.length).toBeGreaterThan(0);
}

describe('engine properties (text mode)', () => {
  it('gives a well-formed result for any text, and extractors never throw', () => {
    fc.assert(fc.property(pageText, (text) => {
      const input = textToBlocks(text);
      const result = runEngine(inAnyLanguage(input));
      wellFormed(result, input.blocks.length);
      const extracted = extractAll(result, input);
      for (const s of extracted.speakers) expect(s.quotes.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('is deterministic: the same input twice gives the same verdicts', () => {
    fc.assert(fc.property(pageText, (text) => {
      const verdicts = (): string[] => runEngine(inAnyLanguage(textToBlocks(text))).blocks.map((c) => `${c.verdict}:${c.ruleId}`);
      expect(verdicts()).toEqual(verdicts());
    }), { numRuns: 100 });
  });

  it('decluttering its own article again keeps every paragraph (declutter twice = once)', () => {
    const article = (lines: string[]): string => runEngine(inAnyLanguage(textToBlocks(lines.join('\n\n')))).article;
    fc.assert(fc.property(fc.array(fc.constantFrom(...ODD_LINES, 'Sign up for our newsletter', 'Share this article', 'Most read'), { maxLength: 20 }), (noise) => {
      const once = article([...noise.slice(0, 5), 'Headline of the day', PROSE, PROSE.replace('Tuesday', 'Monday'), PROSE.replace('spring', 'autumn'), ...noise.slice(5)]);
      const twice = runEngine(inAnyLanguage(textToBlocks(once))).article;
      expect(twice).toBe(once);
    }), { numRuns: 150 });
  });

  it('handles a 10 MB single line, NUL bytes and whitespace only', () => {
    const cases = ['x'.repeat(10_000_000), '\0'.repeat(1_000), ' \t\n'.repeat(10_000), `${PROSE}\0${PROSE}`];
    for (const text of cases) {
      const input = textToBlocks(text);
      wellFormed(runEngine(inAnyLanguage(input)), input.blocks.length);
    }
  });
});
