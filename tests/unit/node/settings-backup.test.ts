// The settings file: export writes every setting, import takes it back, and
// anything else is refused whole with a message a reader understands.
import { describe, expect, it } from 'vitest';
import { describeImport, exportSettings, MAX_IMPORT_BYTES, parseImport, previewRules, type Settings } from '../../../src/settings/backup.ts';
import { compileLinear } from '../../../src/settings/linear-pattern.ts';

const SETTINGS: Settings = {
  userRules: 'example.com##.promo\n##:has-text(Sponsored)',
  autoSites: ['https://www.example.com'],
  exceptions: { 'www.example.com': ['promoted-label|abc123'] },
};
const file = (fields: Record<string, unknown>): string => JSON.stringify({ format: 'declutter-settings', version: 1, ...SETTINGS, ...fields });

describe('settings export and import', () => {
  it('round-trips every setting', () => {
    expect(parseImport(exportSettings(SETTINGS))).toEqual(SETTINGS);
  });

  it('counts a file\'s size in bytes, not characters', () => {
    // 800,000 three-byte characters: 2.4 MB, over the 2 MB bound, though under it in characters.
    const text = JSON.stringify({ format: 'x', pad: '€'.repeat(800_000) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(() => parseImport(text)).toThrow(/too (big|large)/i);
  });

  it('refuses files that are not JSON or not a Declutter export', () => {
    expect(() => parseImport('not json')).toThrow('That file is not JSON.');
    expect(() => parseImport('{"userRules": "x"}')).toThrow('That file is not a Declutter settings export.');
    expect(() => parseImport('null')).toThrow('not a Declutter settings export');
    expect(() => parseImport('[]')).toThrow('not a Declutter settings export');
    expect(() => parseImport(' '.repeat(3 * 1024 * 1024))).toThrow('too big');
  });

  it('refuses a file with the right format but a field missing or of the wrong type, naming the field', () => {
    expect(() => parseImport(file({ userRules: 42 }))).toThrow('"userRules" must be text.');
    expect(() => parseImport(file({ userRules: undefined }))).toThrow('"userRules" must be text.');
    expect(() => parseImport(file({ autoSites: ['https://a.org', 7] }))).toThrow('"autoSites" item 2 is not text: 7.');
    expect(() => parseImport(file({ autoSites: 'https://a.org' }))).toThrow('"autoSites" must be a list.');
    expect(() => parseImport(file({ autoSites: ['https://a.org/path'] }))).toThrow('not a site');
    expect(() => parseImport(file({ autoSites: ['javascript:alert(1)'] }))).toThrow('not a site');
    expect(() => parseImport(file({ exceptions: { 'a.org': ['k', {}] } }))).toThrow('"exceptions.a.org" item 2 is not text');
    expect(() => parseImport(file({ exceptions: { 'b.org': 'x' } }))).toThrow('"exceptions.b.org" must be a list.');
    expect(() => parseImport(file({ exceptions: [] }))).toThrow('"exceptions" must be an object');
  });

  it('checks the version: a newer file asks for an update, an unknown one is refused', () => {
    expect(() => parseImport(file({ version: 2 }))).toThrow('newer Declutter (settings version 2)');
    expect(() => parseImport(file({ version: '1' }))).toThrow('unknown settings version ("1")');
    expect(() => parseImport(file({ version: undefined }))).toThrow('unknown settings version');
  });

  it('says what an import replaces, and which sites lose their access, before anything changes', () => {
    const current: Settings = { userRules: '! mine\n##.a\n##.b\n', autoSites: ['https://a.org', 'https://b.org'], exceptions: { 'a.org': ['x'] } };
    expect(describeImport(current, SETTINGS)).toBe('Importing replaces your rules (2 → 2), your always-decluttered sites (2 → 1) and the blocks '
      + 'shown again (on 1 → 1 sites). https://a.org, https://b.org will no longer be decluttered automatically, and Declutter gives back '
      + 'its access to them.');
    expect(describeImport(SETTINGS, SETTINGS)).not.toMatch(/no longer/);
  });

  it('lists every rule a file brings in before it replaces anything: where it applies, and why it cannot be used', () => {
    const hostile = ['! a shared list', '##body > *', 'news.example##.promo', '##p:has-text(/(a|a)+$/)', '##p:has-text(/(ad)\\1/)', '##p['].join('\n');
    const preview = previewRules(hostile, (s) => (s.endsWith('[') ? `"${s}" is not a valid CSS selector` : null), compileLinear);
    expect(preview.map((r) => [r.line, r.source, r.scope])).toEqual([
      [2, '##body > *', 'every site'], [3, 'news.example##.promo', 'news.example'], [4, '##p:has-text(/(a|a)+$/)', 'every site'],
      [5, '##p:has-text(/(ad)\\1/)', 'every site'], [6, '##p[', 'every site']]);
    expect(preview.map((r) => r.error !== null)).toEqual([false, false, false, true, true]);
    expect(preview[3]?.error).toMatch(/linear time/);
  });
});
