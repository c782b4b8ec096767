// Saved text (a page's innerText) → blocks. Every non-blank line is a block;
// blank lines before it are kept as a signal. No DOM features exist here.
import type { EngineInput, RawBlock } from '../../engine/types.ts';
import { normalizeSpace } from '../../engine/text/words.ts';

export function textToBlocks(text: string, title?: string): EngineInput {
  const blocks: RawBlock[] = [];
  let gap = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const clean = normalizeSpace(line.replace(/\0/g, ''));
    if (clean === '') { gap += 1; continue; }
    blocks.push({ text: clean, tag: null, linkDensity: null, hidden: false, interactive: false, path: [], gapBefore: gap });
    gap = 0;
  }
  return { source: 'text', blocks, containers: [], ...(title === undefined ? {} : { title }) };
}

/** The line index (0-based, counting blank lines) of every block, for mapping verdicts back onto the text. */
export function lineIndexOfBlocks(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (normalizeSpace(line.replace(/\0/g, '')) !== '') lines.push(i);
  });
  return lines;
}
