// The reader's cosmetic rules (uBlock Origin syntax): parsing, clear errors,
// which sites a rule covers, and :has-text matching. Selector validity is
// passed in (no DOM here); the options page and content script use the DOM's,
// the options page through explainSelector, which names what is wrong.
import { describe, expect, it } from 'vitest';
import { explainSelector, fromWire, MAX_TEXT_READ, parseRule as parseWith, parseRules as parseAllWith, rulesFor, textMatches,
  type ActiveRule, type SelectorCheck, type UserRule, type WireRule } from '../../../src/settings/rule-syntax.ts';
import { compileLinear } from '../../../src/settings/linear-pattern.ts';

const valid = explainSelector((s) => !s.includes('[[') && !s.startsWith('>'));
const parseRule = (source: string, check: SelectorCheck): UserRule | string => parseWith(source, check, compileLinear);
const parseRules = (text: string, check: SelectorCheck): ReturnType<typeof parseAllWith> => parseAllWith(text, check, compileLinear);

function rule(source: string): UserRule {
  const parsed = parseRule(source, valid);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

function active(source: string): ActiveRule {
  const ready = fromWire(rule(source), () => true, compileLinear);
  if (ready === null) throw new Error(`${source} did not compile`);
  return ready;
}

describe('user rules', () => {
  it('parses sites, selectors and :has-text with plain text or a regular expression', () => {
    expect(rule('example.com##.promo-box')).toMatchObject({ hosts: ['example.com'], selector: '.promo-box', hasText: null });
    expect(rule('##aside:has-text(Sponsored)')).toMatchObject({ hosts: [], selector: 'aside', hasText: 'Sponsored' });
    const re = rule('a.com, B.org##:has-text(/^advert/i)');
    expect(re.hosts).toEqual(['a.com', 'b.org']);
    expect(re.selector).toBe('');
    expect(re.hasText).toEqual({ source: '^advert', flags: 'i' });
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
    expect(errors[4]?.message).toMatch(/not a pattern Declutter can test in linear time \(missing closing \]/);
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
    expect(textMatches(active('##p:has-text(Sponsored)'), 'A Sponsored story')).toBe(true);
    expect(textMatches(active('##p:has-text(/^Ad$/)'), 'Ad')).toBe(true);
    expect(textMatches(active('##p:has-text(/^Ad$/)'), 'Add')).toBe(false);
    expect(textMatches(active('##p'), 'anything')).toBe(true);
  });

  it('reads patterns in JavaScript\'s syntax and flags, and refuses what a linear-time engine cannot run, naming why', () => {
    expect(textMatches(active('##p:has-text(/caf\\u00e9/i)'), 'CAFÉ and more')).toBe(true);
    expect(textMatches(active('##p:has-text(/^second$/m)'), 'first\nsecond\nthird')).toBe(true);
    expect(textMatches(active('##p:has-text(/^second$/)'), 'first\nsecond\nthird')).toBe(false);
    expect(textMatches(active('##p:has-text(/a.b/s)'), 'a\nb')).toBe(true);
    expect(parseRule('##p:has-text(/(a)\\1/)', valid)).toMatch(/linear time \(invalid escape sequence/);
    expect(parseRule('##p:has-text(/ad(?=s)/)', valid)).toMatch(/look-around are not supported/);
  });

  it('keeps the flags it can use: g is dropped, not read as literal text; unknown flags are refused', () => {
    expect(rule('##p:has-text(/a/gi)').hasText).toEqual({ source: 'a', flags: 'i' });
    expect(parseRule('##p:has-text(/a/x)', valid)).toMatch(/flags "x" are not supported/);
  });

  it('reads :has-text() as uBlock Origin does: balanced, with the element\'s own CSS after it', () => {
    expect(rule('##div:has-text(foo):not(.x)')).toMatchObject({ selector: 'div:not(.x)', hasText: 'foo' });
    expect(rule('##p:has-text(/\\(ad\\)/)').hasText).toEqual({ source: '\\(ad\\)', flags: '' });
    expect(rule('##p:has-text(Sale (today))').hasText).toBe('Sale (today)');
    expect(parseRule('##p:has-text(foo', valid)).toBe(':has-text( is not closed');
    expect(parseRule('##div:has-text(foo) > p', valid)).toMatch(/must belong to the same element/);
    expect(parseRule('##div:has-text(a):has-text(b)', valid)).toBe('one :has-text() per rule');
  });

  it('tests at most MAX_TEXT_READ characters of an element', () => {
    expect(textMatches(active('##p:has-text(needle)'), `${'x'.repeat(MAX_TEXT_READ)}needle`)).toBe(false);
    expect(textMatches(active('##p:has-text(needle)'), `${'x'.repeat(MAX_TEXT_READ - 6)}needle`)).toBe(true);
  });

  it('skips a bad selector without a reason where none is shown (the content script), and names uBlock\'s operators where it is (the options page)', () => {
    const silent = (s: string): string | null => (s.startsWith('>') ? s : null);
    expect(parseRules('##>bad\n##.ok', silent).rules.map((r) => r.selector)).toEqual(['.ok']);
    expect(parseRule('##div:has-text(x):upward(2)', valid)).toMatch(/only :has-text\(\)/);
  });

  it('crosses from the background to the content script as plain data, and the page checks the selector', () => {
    const rules = ['example.com##p:has-text(/^advert/i)', '##.promo'].map((r) => rule(r));
    const bad: WireRule = { hosts: [], selector: '>bad', hasText: null, source: '##>bad' };
    const wired = JSON.parse(JSON.stringify([...rules, bad])) as WireRule[]; // as a message carries them
    const back = wired.map((w) => fromWire(w, (s) => !s.startsWith('>'), compileLinear));
    expect(back[0]?.test?.('Advertisement')).toBe(true);
    expect(back[0]?.hosts).toEqual(['example.com']);
    expect(back[1]?.selector).toBe('.promo');
    expect(back[2]).toBeNull();
    expect(fromWire({ hosts: [], selector: 'p', hasText: { source: '(', flags: '' }, source: '##p:has-text(/(/)' }, () => true, compileLinear)).toBeNull();
  });
});
