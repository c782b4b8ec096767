import { describe, expect, it } from 'vitest';
import { lineIndexOfBlocks, textToBlocks } from '../../../src/adapters/text/index.ts';

describe('text adapter', () => {
  it('makes one block per non-blank line and counts the blank lines before it', () => {
    const input = textToBlocks('Title\n\n\nFirst line\r\nSecond\u00a0 line  \n');
    expect(input.source).toBe('text');
    expect(input.blocks.map((b) => [b.text, b.gapBefore])).toEqual([['Title', 0], ['First line', 2], ['Second line', 0]]);
    expect(input.blocks.every((b) => b.linkDensity === null && b.tag === null && b.path.length === 0)).toBe(true);
  });

  it('drops NUL bytes and maps blocks back to their lines', () => {
    const text = 'a\0b\n\nc';
    expect(textToBlocks(text).blocks.map((b) => b.text)).toEqual(['ab', 'c']);
    expect(lineIndexOfBlocks(text)).toEqual([0, 2]);
  });
});
