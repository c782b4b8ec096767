// The engine on its own, in plain Node (no DOM globals exist here).
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine/engine.ts';
import { textToBlocks } from '../../../src/adapters/text/index.ts';
import { maxRegion } from '../../../src/engine/pipeline/region.ts';
import { resolveContext } from '../../../src/engine/pipeline/quality.ts';
import { computeFeatures } from '../../../src/engine/features.ts';
import { EMPTY_STOPWORDS } from '../../../src/engine/text/stopwords.ts';
import { OUTSIDE_ARTICLE } from '../../../src/engine/rules/stage-rules.ts';
import socialShare from '../../../src/engine/rules/social-share.ts';
import relatedLabel from '../../../src/engine/rules/related-label.ts';
import { inAnyLanguage } from '../any-language.ts';
import { STOPWORDS } from '../../../src/engine/thresholds.ts';

const PROSE = 'The council said on Tuesday that the work would begin in the spring and that it would take about eighteen months to finish, with the path closed in stages while the new wall is built.';

describe('engine', () => {
  it('runs with no DOM in scope', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('gives a clear result for empty and whitespace-only input', () => {
    for (const text of ['', '   \n\n\t  ']) {
      const result = runEngine(inAnyLanguage(textToBlocks(text)));
      expect(result.blocks).toEqual([]);
      expect(result.article).toBe('');
      expect(result.warnings).toContain('No article text found on this page.');
    }
  });

  it('keeps prose and drops a menu before it', () => {
    const text = ['Home', 'News', 'Sport', 'Weather', 'Business', '', PROSE, '', PROSE.replace('Tuesday', 'Monday')].join('\n');
    const result = runEngine(inAnyLanguage(textToBlocks(text)));
    expect(result.article.split('\n\n')).toHaveLength(2);
    expect(result.blocks.slice(0, 5).every((c) => c.verdict === 'furniture' && c.kind === 'navigation')).toBe(true);
  });

  it('guards against an empty page: a lone short text is kept and the result says so', () => {
    const result = runEngine(inAnyLanguage(textToBlocks('Advertisement\nA short note about the weather in the valley today.')));
    expect(result.article).toContain('A short note about the weather');
    expect(result.guarded).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/best-scoring region/);
  });

  it('keeps long plain paragraphs whose words are no known function words, read as no language (readability title-and-h1-discrepancy page)', () => {
    const lorem = 'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
    const result = runEngine(inAnyLanguage(textToBlocks(`This is a long title with a colon: Hello there\n${lorem}\n${lorem}`)));
    expect(result.article.split('\n\n')).toEqual([lorem, lorem]);
    // Lorem ipsum matches no stoplist well enough (STOPWORDS.minDetectedShare): its share is unknown, not low.
    expect(result.blocks.filter((c) => c.block.text === lorem).map((c) => c.block.features.stopwordDensity)).toEqual([STOPWORDS.unknownLanguage, STOPWORDS.unknownLanguage]);
  });

  it('measures the length of Chinese paragraphs by what they carry, not by their character count (readability pixnet page)', () => {
    // Each paragraph is 30-odd characters: "short" by Latin letters, which had left the whole page bad.
    const paragraphs = [
      '一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。',
      '玉峰道路一路上雲氣山嵐滯留山頭，順路下切蜿蜒道路後不久即抵達營地。',
      '營區內除了露營、民宿、餐飲、賞楓項目，多了許多原木飾品更有畫龍點睛之效。',
      '來到現場已是落葉飄飄堆疊滿地，不時隨著風吹雨襲而葉落垂地。',
    ];
    const text = ['首頁', '部落格', '運動', '美妝', '電影', '旅遊', '', '新竹尖石美樹營地賞楓', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const result = runEngine(inAnyLanguage(textToBlocks(text)));
    expect(result.article.split('\n\n')).toEqual(paragraphs);
    expect(result.guarded).toBe(false);
  });

  it('ends a sentence before reference marks, not inside a bracket (readability wikipedia-4 page)', () => {
    const ends = (text: string): boolean => computeFeatures(text, EMPTY_STOPWORDS).endsSentence;
    expect(ends('He is forced to relive the same day over and over.[15]')).toBe(true);
    expect(ends('It is seen as the quintessential time-loop movie.[16][17][18]')).toBe(true);
    expect(ends('A claim that needs a source.[citation needed]')).toBe(true);
    expect(ends('Remake of The Time Travelers[4]')).toBe(false);
  });

  it('is deterministic: the same input gives the same verdicts', () => {
    const text = `Share this\n\n${PROSE}\n\nComments\n${PROSE}`;
    const a = runEngine(inAnyLanguage(textToBlocks(text)));
    const b = runEngine(inAnyLanguage(textToBlocks(text)));
    expect(a.blocks.map((c) => c.ruleId)).toEqual(b.blocks.map((c) => c.ruleId));
  });
});

describe('pipeline stages', () => {
  it('maxRegion finds the maximum-sum run', () => {
    expect(maxRegion([-5, 10, -2, 8, -30, 4])).toEqual({ start: 1, end: 3, weight: 16 });
    expect(maxRegion([-1, -2])).toEqual({ start: -1, end: -1, weight: 0 });
    expect(maxRegion([])).toEqual({ start: -1, end: -1, weight: 0 });
  });

  it('resolveContext follows jusText: short between good is good, near-good between bad is bad', () => {
    expect(resolveContext(['good', 'short', 'good'])).toEqual(['good', 'good', 'good']);
    expect(resolveContext(['bad', 'short', 'bad'])).toEqual(['bad', 'bad', 'bad']);
    expect(resolveContext(['bad', 'near-good', 'bad'])).toEqual(['bad', 'bad', 'bad']);
    expect(resolveContext(['good', 'near-good', 'bad'])).toEqual(['good', 'good', 'bad']);
  });

  it('ends a share bar at the first line of prose, where a teaser list goes on over its blurbs', () => {
    const blurb = 'The operator says the timetable will return to normal in April, once two new crews have finished their training.';
    const page = (label: string): string => [PROSE, '', PROSE.replace('Tuesday', 'Monday'), '', label, 'Facebook', 'Twitter', 'Email', '', blurb].join('\n');
    const ruleOf = (label: string): string | undefined => runEngine(inAnyLanguage(textToBlocks(page(label)))).blocks.find((c) => c.block.text === blurb)?.ruleId;
    expect(ruleOf('Share this story')).toBe(OUTSIDE_ARTICLE.id);
    expect(ruleOf('Related stories')).toBe(relatedLabel.id);
    expect(runEngine(inAnyLanguage(textToBlocks(page('Share this story')))).blocks.find((c) => c.block.text === 'Twitter')?.ruleId).toBe(socialShare.id);
  });
});

describe('the price pattern', () => {
  // The unanchored pattern it replaces, as reference on short strings only (on a long run of digits it is quadratic).
  const OLD_PRICE = /(?:[£$€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP)\b)/u;
  const CASES = ['From £40 a night', 'only $ 5', '12.50EUR', 'now 1,299 € off', 'now 1,299 €uro', 'save .5 USD today', '5€x', 'Euros and dollars',
    'EUR 40', '40 euros', 'AUSD', '12 EURO', 'a long run 1111 of digits', '5 €', '1,1,1 GBP', '..,, USD', '4\u00a0USD', '4  USD', '¥\t7', ''];

  it('finds a currency before or after a number exactly where the pattern it replaces did', async () => {
    const { PRICE } = await import('../../../src/engine/features.ts');
    const hasPrice = (text: string): boolean => PRICE.test(text);
    for (const text of CASES) expect(hasPrice(text), text).toBe(OLD_PRICE.test(text));
    expect(CASES.filter((t) => hasPrice(t))).toEqual(['From £40 a night', 'only $ 5', '12.50EUR', 'now 1,299 €uro', 'save .5 USD today', '5€x', '1,1,1 GBP', '4\u00a0USD', '¥\t7']);
  });

  it('agrees with it on random strings of digits, separators, spaces and currencies', async () => {
    const { PRICE } = await import('../../../src/engine/features.ts');
    const hasPrice = (text: string): boolean => PRICE.test(text);
    const parts = ['1', '9', ',', '.', ' ', '  ', '€', 'EUR', 'USD', 'GBP', '$', '£', 'x', 'E'];
    let seed = 7;
    const next = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => parts[next() % parts.length]).join('');
      expect(hasPrice(text), text).toBe(OLD_PRICE.test(text));
    }
  });
});
