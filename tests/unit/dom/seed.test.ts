// The page this product was conceived from must come out perfectly, from saved
// text and from the HTML fixture of the same page alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, type Mode } from '../../../src/adapters/analyse.ts';

const TEXT = readFileSync('tests/fixtures/pages/kerry-iraq-independent.txt', 'utf8');
const LINES = TEXT.split('\n');
/** Lines 5–47, every other line: the 22 article paragraphs. */
// Whitespace (the saved text has non-breaking spaces) is normalised as the adapters do.
const PARAGRAPHS = LINES.slice(4, 47).filter((l) => l.trim() !== '').map((l) => l.replace(/\s+/g, ' ').trim());
const FURNITURE_FROM = LINES.findIndex((l) => l.startsWith('Video: Fighting in Fallujah'));
const FURNITURE = LINES.slice(FURNITURE_FROM).map((l) => l.trim()).filter((l) => l !== '');

describe.each<[Mode, string]>([
  ['text', TEXT],
  ['html', readFileSync('tests/fixtures/pages/kerry-iraq-independent.html', 'utf8')],
])('seed page in %s mode', (mode, content) => {
  const { result, headline } = analyse(content, mode);
  const article = result.blocks.filter((c) => c.verdict === 'article');

  it('recognises the headline and the standfirst', () => {
    expect(headline).toBe("US will support Iraq but won't send in troops, says John Kerry");
    expect(result.blocks.find((c) => c.kind === 'standfirst')?.block.text).toBe(LINES[2]?.trim());
  });

  it('keeps all 22 article paragraphs and the AP credit, in order', () => {
    expect(PARAGRAPHS).toHaveLength(22);
    const body = article.filter((c) => c.kind === 'body').map((c) => c.block.text);
    expect(body).toEqual(PARAGRAPHS);
    expect(article.find((c) => c.kind === 'credit')?.block.text).toBe('AP');
    expect(result.guarded).toBe(false);
  });

  it('hides everything from "Video: Fighting in Fallujah" on, each with a rule and evidence', () => {
    const hidden = result.blocks.filter((c) => c.verdict === 'furniture');
    const hiddenText = hidden.map((c) => c.block.text).join('\n');
    for (const line of FURNITURE) expect(hiddenText, line).toContain(line.replace(/\s+/g, ' ').slice(0, 30));
    for (const c of hidden) {
      expect(c.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.evidence).not.toBe('');
      expect(c.kind).not.toBe('boilerplate');
    }
    expect(result.article).not.toContain('Fallujah\n');
  });

  it('names the job lines job-widget and the travel offers promo', () => {
    const kindOf = (snippet: string) => result.blocks.find((c) => c.block.text.includes(snippet))?.kind;
    expect(kindOf('£350 - £450 Per Day')).toBe('job-widget');
    expect(kindOf('Senior C++ Developer')).toBe('job-widget');
    expect(kindOf('Negotiable: Harrington Starr')).toBe('job-widget');
    expect(kindOf('Up to 70% off luxury travel')).toBe('promo');
    expect(kindOf('Travel Shop')).toBe('promo');
  });
});
