// The reader's rules in storage.sync: cut into items that each fit sync's
// 8 KB per item, read back exactly, and refused with a reason past its 100 KB.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemBytes, rulesItems, rulesText, staleChunkKeys } from '../../../src/settings/rules-chunks.ts';
import { RULES_KEY, SYNC_LIMITS } from '../../../src/settings/keys.ts';

const rules = (n: number, width = 40): string => Array.from({ length: n }, (_, i) => `example${i}.com##.promo-box-${'x'.repeat(width)}`).join('\n');

describe('rules in sync chunks', () => {
  it('stores 400 rules (about 25 KB) in items that each fit, and reads them back exactly', () => {
    const text = rules(400);
    const { items } = rulesItems(text);
    expect(Object.keys(items).length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    expect(rulesText(items)).toBe(text);
  });

  it('keeps multi-byte text whole across chunk boundaries', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 9000 }), (text) => {
      const { items } = rulesItems(text);
      for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
      expect(rulesText(items)).toBe(text);
    }), { numRuns: 40 });
  });

  it('counts "<" and the line and paragraph separators as Chrome writes them: six bytes each', () => {
    expect(itemBytes('k', '<')).toBe(itemBytes('k', 'a') + 5);
    expect(itemBytes('k', '\u2028\u2029')).toBe('k'.length + 2 + 12);
    const text = `##div:has-text(/${'<'.repeat(3000)}/)`;
    const { items } = rulesItems(text);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    expect(rulesText(items)).toBe(text);
  });

  it('refuses rules sync cannot hold, saying how big they are', () => {
    expect(() => rulesItems(rules(3000))).toThrow(/your rules take [\d.]+ KB and the browser syncs at most 92\.0 KB/);
  });

  it('reads an older single-item text, and treats damaged counts as no rules', () => {
    expect(rulesText({ [RULES_KEY]: '##.a' })).toBe('##.a');
    expect(rulesText({ [RULES_KEY]: -1 })).toBe('');
    expect(rulesText({ [RULES_KEY]: 'x'.length * 2.5 })).toBe('');
    expect(rulesText({})).toBe('');
  });

  it('names the chunks a shorter text leaves behind, to be removed', () => {
    const long = rulesItems(rules(400)).items;
    const short = rulesItems('##.a').items;
    expect(staleChunkKeys({ ...long, autoSites: [] }, short)).toEqual(Object.keys(long).filter((k) => k !== RULES_KEY && !(k in short)));
  });
});
