// Shapes that comments in src/ give as the reason for a rule or threshold, in our own words, where no fixture page
// shows them: each case names the rule or number it stands behind. Saved text through the whole engine.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine/engine.ts';
import { textToBlocks } from '../../../src/adapters/text/index.ts';
import { qualities } from '../../../src/engine/pipeline/quality.ts';
import { featurize } from '../../../src/engine/pipeline/featurize.ts';
import { drain } from '../../../src/engine/steps.ts';
import { inAnyLanguage } from '../any-language.ts';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old bridge to cars from next spring, after months of argument about its safety.',
  'Engineers found that two of its supports had cracked, and the repairs would cost more than a new crossing would.',
  'Residents who live on the far bank said they feared the detour would add twenty minutes to every journey into town.',
  'The mayor said the council would pay for a shuttle bus until the new crossing opens, which is planned for the year after.',
];
const run = (lines: readonly string[]) => runEngine(inAnyLanguage(textToBlocks(lines.join('\n\n'))));
const ruleOf = (lines: readonly string[], text: string): string | undefined => run(lines).blocks.find((c) => c.block.text === text)?.ruleId;

describe('comments-section (src/engine/rules/comments-section.ts)', () => {
  it('takes a count of none under the headline for a counter, not the head of a thread', () => {
    const result = run(['Bridge to close', 'By Ann Lee', '0 Comments', ...PARAGRAPHS]);
    for (const p of PARAGRAPHS) expect(result.article).toContain(p);
  });

  it('takes only the plural as a thread\'s heading: "Comment" and "Response" head a diagram\'s parts', () => {
    for (const label of ['Comment', 'Response']) {
      const result = run([...PARAGRAPHS.slice(0, 2), label, ...PARAGRAPHS.slice(2)]);
      for (const p of PARAGRAPHS) expect(result.article, label).toContain(p);
    }
    expect(ruleOf([...PARAGRAPHS.slice(0, 2), 'Comments', ...PARAGRAPHS.slice(2)], 'Comments')).toBe('comments-section');
  });

  it('knows a thread by its metadata lines: "<name> says:", "Rating: 9 Votes", "2 days ago at 07:54 am"', () => {
    const comment = 'I drive over that bridge every day and it has felt shaky for years, so this is overdue.';
    const result = run([...PARAGRAPHS, 'riverfan22 says:', 'Rating: 9 Votes', '2 days ago at 07:54 am', comment, 'oldtimer says:', '3 days ago at 10:12 pm', comment.replace('every', 'each')]);
    expect(result.article).not.toContain('I drive over that bridge');
    for (const p of PARAGRAPHS) expect(result.article).toContain(p);
  });
});

describe('text quality (src/engine/pipeline/quality.ts)', () => {
  it('calls a long line with no punctuation at all a keyword cloud, not prose (LENGTH.unpunctuatedMaxWords)', () => {
    const cloud = 'bridge news council vote city traffic roads detour shuttle bus river town mayor repairs crossing budget engineers safety spring year';
    const { blocks } = drain(featurize(inAnyLanguage(textToBlocks(`${cloud}\n\n${PARAGRAPHS[0] ?? ''}`))));
    expect(qualities(blocks)[0]).toBe('bad');
    expect(qualities(blocks)[1]).not.toBe('bad');
  });
});

describe('the region and its header (src/engine/pipeline/region.ts, page-header.ts)', () => {
  it('keeps a story told in short paragraphs, which jusText\'s context pass alone would call bad', () => {
    const short = ['The bridge will close in spring.', 'Cars will be sent round by the ring road.', 'A shuttle bus will run every ten minutes.',
      'The new crossing opens the year after.', 'It will cost four million pounds.', 'Work starts in March.'];
    const result = run(['Bridge to close', ...short]);
    for (const s of short) expect(result.article).toContain(s);
  });

  it('does not take a short first paragraph inside the story for its headline', () => {
    const result = run(['Bridge to close', 'It is official.', ...PARAGRAPHS]);
    expect(result.blocks.find((c) => c.block.text === 'It is official.')?.kind).not.toBe('headline');
  });
});

describe('verbs of saying (src/engine/lexicon/verbs.ts)', () => {
  it('reads a verb of two words: "points out that"', async () => {
    const { extractSpeakers } = await import('../../../src/engine/extract/speakers.ts');
    const found = extractSpeakers(['Chuck Klosterman points out that “the nineties were the last decade without a phone in every pocket,” and the crowd laughs.']);
    expect(found.map((s) => s.name)).toEqual(['Chuck Klosterman']);
  });
});
