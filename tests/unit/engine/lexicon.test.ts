// The lexicon (src/engine/lexicon/): word lists one item per line with their
// source, built into patterns in one place. Item shapes are checked here so a
// list cannot smuggle in a pattern; the extractors' behaviour on the corpus is
// checked by the eval and the extractor tests.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../../src/engine/lexicon/calendar.ts';
import * as names from '../../../src/engine/lexicon/names.ts';
import * as titles from '../../../src/engine/lexicon/titles.ts';
import * as verbs from '../../../src/engine/lexicon/verbs.ts';
import { anyOf, lines } from '../../../src/engine/lexicon/lines.ts';
import { WORDS } from '../../../src/engine/lexicon/index.ts';
import { STOPLISTS } from '../../../src/engine/lexicon/stoplists/index.ts';

const LISTS = Object.entries({ ...calendar, ...names, ...titles, ...verbs }).filter(([, v]) => Array.isArray(v)) as [string, string[]][];
/** An item is words: letters, spaces, hyphens, apostrophes and an abbreviation's period; nothing a pattern reserves. */
const ITEM = /^[\p{L}][\p{L} '’.-]*$/u;

describe('lexicon', () => {
  it.each(LISTS)('%s holds words, each once', (_name, items) => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item, item).toMatch(ITEM);
    expect(new Set(items).size).toBe(items.length);
  });

  it('names the source of every list file', () => {
    const files = readdirSync('src/engine/lexicon', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !/(^|\/)(index|lines)\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(readFileSync(`src/engine/lexicon/${file}`, 'utf8'), file).toMatch(/\bSource: /);
  });

  it.each(Object.entries(STOPLISTS))('stoplist %s holds lower-case single words, each once', (_lang, text) => {
    const items = lines(text);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item, item).toMatch(/^[\p{Ll}\p{Lo}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u);
    expect(new Set(items).size).toBe(items.length);
  });

  it('reads one item per line and escapes them into an alternation', () => {
    expect(lines('\n  Sen.\n\n  Vice President \n')).toEqual(['Sen.', 'Vice President']);
    expect(new RegExp(`^(?:${anyOf(['Sen.', 'Gov.'])})$`).test('Senx')).toBe(false);
  });

  it('builds patterns that match their own items and nothing longer', () => {
    expect(new RegExp(`^${WORDS.title}$`).test('Secretary-General')).toBe(true);
    expect(new RegExp(`^${WORDS.title}$`).test('Sen.')).toBe(true);
    expect(new RegExp(`^${WORDS.monthWord}$`, 'i').test('Sept.')).toBe(true);
    expect(new RegExp(`^${WORDS.speechVerb}$`).test('pointed out')).toBe(true);
    expect(new RegExp(`^${WORDS.occupation}$`, 'u').test('astronaut')).toBe(true);
    expect(new RegExp(`^${WORDS.occupation}$`, 'u').test('mother')).toBe(false);
  });
});
