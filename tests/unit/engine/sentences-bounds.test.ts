// Sentence boundaries read from the end of a text in growing windows (extract/pronouns.ts): the same answer as a
// scan from the start, wherever the last full stop falls.
import { describe, expect, it } from 'vitest';
import { lastChars, lastSentence, sentenceStart } from '../../../src/engine/extract/pronouns.ts';

const filler = (n: number): string => 'word '.repeat(n);

describe('sentenceStart', () => {
  it('finds a sentence end beyond the first window', () => {
    const text = `First sentence ends here. ${filler(200)}and goes on`;
    expect(sentenceStart(text)).toBe('First sentence ends here. '.length);
  });

  it('finds one beyond the attribution window too', () => {
    const text = `Early end. ${filler(600)}still the same sentence`;
    expect(sentenceStart(text)).toBe('Early end. '.length);
  });

  it('does not end a sentence at a title cut by a window edge', () => {
    // The first 256-character window starts inside "Mr.": read from there, "r. " looks like a sentence end.
    const tail = `Mr. Smith said ${filler(48)}ok`;
    const text = `Before. ${filler(60)}${tail}`;
    expect(text.slice(text.length - 256).startsWith('r. Smith')).toBe(true);
    expect(sentenceStart(text)).toBe('Before. '.length);
  });

  it('gives the text length when it ends a sentence with a space', () => {
    expect(sentenceStart('One. Two. ')).toBe('One. Two. '.length);
  });

  it('gives 0 for a text with no sentence end', () => {
    expect(sentenceStart(filler(400))).toBe(0);
  });
});

describe('lastSentence', () => {
  it('reads the last sentence through closing quotes and brackets', () => {
    expect(lastSentence('He left. She said “no.”)')?.words.trim()).toBe('She said  )');
  });

  it('is null when the text ends no sentence', () => {
    expect(lastSentence('no full stop here')).toBeNull();
  });
});

describe('lastChars', () => {
  it('cuts at a space, never inside a word', () => {
    expect(lastChars('alpha beta gamma', 8)).toBe(' gamma');
    expect(lastChars('short', 10)).toBe('short');
  });
});

describe('sentences', () => {
  it('joins the pieces the segmenter breaks after abbreviations and initials', async () => {
    const { sentences } = await import('../../../src/engine/extract/sentences.ts');
    expect(sentences('Mr. Smith met Sen. Jones in the U.S. on Jan. 5. They spoke.  It rained.'))
      .toEqual(['Mr. Smith met Sen. Jones in the U.S. on Jan. 5.', 'They spoke.', 'It rained.']);
    expect(sentences('A.B.C. said so. Then he left.')).toEqual(['A.B.C. said so.', 'Then he left.']);
  });

  it('reads a sentence that keeps growing by abbreviations once, not again at every piece', async () => {
    // 'Mr. ' 25,000 times (100 KB) re-read the growing sentence at each piece: 15 s and 2.6 GB before.
    const { sentences } = await import('../../../src/engine/extract/sentences.ts');
    const text = 'Mr. '.repeat(25_000);
    expect(sentences(text)).toEqual([text.trim()]);
  });
});
