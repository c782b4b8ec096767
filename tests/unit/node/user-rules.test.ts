// The reader's cosmetic rules (uBlock Origin syntax): parsing, clear errors,
// which sites a rule covers, and :has-text matching. Selector validity is
// passed in (no DOM here); the options page and content script use the DOM's.
import { describe, expect, it } from 'vitest';
import { parseRule, parseRules, rulesFor, textMatches, type UserRule } from '../../../src/settings/user-rules.ts';

const valid = (s: string): boolean => !s.includes('[[') && !s.startsWith('>');

function rule(source: string): UserRule {
  const parsed = parseRule(source, valid);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('user rules', () => {
  it('parses sites, selectors and :has-text with plain text or a regular expression', () => {
    expect(rule('example.com##.promo-box')).toMatchObject({ hosts: ['example.com'], selector: '.promo-box', hasText: null });
    expect(rule('##aside:has-text(Sponsored)')).toMatchObject({ hosts: [], selector: 'aside', hasText: 'Sponsored' });
    const re = rule('a.com, B.org##:has-text(/^advert/i)');
    expect(re.hosts).toEqual(['a.com', 'b.org']);
    expect(re.selector).toBe('');
    expect(re.hasText).toEqual(/^advert/i);
  });

  it('says what is wrong with a line, by line number, and skips comments and blank lines', () => {
    const { rules, errors } = parseRules(['! my rules', '', 'example.com##.ok', 'example.com.promo', 'ex ample##.x', '##', '##div:upward(2)',
      '##p:has-text(/[/)', '##p:has-text()', '##>bad', 'example.com#@#.x'].join('\n'), valid);
    expect(rules.map((r) => r.source)).toEqual(['example.com##.ok']);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(errors[0]?.message).toMatch(/needs "##"/);
    expect(errors[1]?.message).toMatch(/not a site name/);
    expect(errors[2]?.message).toMatch(/empty/);
    expect(errors[3]?.message).toMatch(/only :has-text\(\)/);
    expect(errors[4]?.message).toMatch(/not a valid regular expression/);
    expect(errors[5]?.message).toMatch(/needs some text/);
    expect(errors[6]?.message).toMatch(/not a valid CSS selector/);
    expect(errors[7]?.message).toMatch(/not supported/);
  });

  it('applies a site rule to its subdomains, and a rule without sites everywhere', () => {
    const rules = [rule('example.com##.a'), rule('##.b'), rule('other.org##.c')];
    expect(rulesFor('www.example.com', rules).map((r) => r.selector)).toEqual(['.a', '.b']);
    expect(rulesFor('notexample.com', rules).map((r) => r.selector)).toEqual(['.b']);
  });

  it('matches :has-text as a substring or a pattern', () => {
    expect(textMatches(rule('##p:has-text(Sponsored)'), 'A Sponsored story')).toBe(true);
    expect(textMatches(rule('##p:has-text(/^Ad$/)'), 'Ad')).toBe(true);
    expect(textMatches(rule('##p:has-text(/^Ad$/)'), 'Add')).toBe(false);
    expect(textMatches(rule('##p'), 'anything')).toBe(true);
  });
});
