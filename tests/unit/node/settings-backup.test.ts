// The settings file: export writes every setting, import takes it back, and
// anything else is refused with a message a reader understands.
import { describe, expect, it } from 'vitest';
import { exportSettings, parseImport, type Settings } from '../../../src/settings/backup.ts';

const SETTINGS: Settings = {
  userRules: 'example.com##.promo\n##:has-text(Sponsored)',
  autoSites: ['https://www.example.com'],
  exceptions: { 'www.example.com': ['promoted-label|abc123'] },
};

describe('settings export and import', () => {
  it('round-trips every setting', () => {
    expect(parseImport(exportSettings(SETTINGS))).toEqual(SETTINGS);
  });

  it('refuses files that are not JSON or not a Declutter export', () => {
    expect(() => parseImport('not json')).toThrow('That file is not JSON.');
    expect(() => parseImport('{"userRules": "x"}')).toThrow('That file is not a Declutter settings export.');
    expect(() => parseImport('null')).toThrow('not a Declutter settings export');
  });

  it('keeps only well-typed values from a damaged export', () => {
    const damaged = JSON.stringify({ format: 'declutter-settings', version: 1, userRules: 42, autoSites: ['https://a.org', 7, null], exceptions: { 'a.org': ['k', {}], 'b.org': 'x' } });
    expect(parseImport(damaged)).toEqual({ userRules: '', autoSites: ['https://a.org'], exceptions: { 'a.org': ['k'], 'b.org': [] } });
  });
});
