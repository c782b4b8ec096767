// The reader's :has-text(/…/) patterns of issue #27 item 5. A backtracking
// RegExp took 19–34 s on each of these texts of 29–1,000 characters (and a
// test would time out); RE2 answers at once, and answers right. Their growth
// with the text's size is in `npm run bench` (hostileGrowth), not timed here.
import { describe, expect, it } from 'vitest';
import { compileLinear } from '../../../src/settings/linear-pattern.ts';
import { fromWire, textMatches, type WireRule } from '../../../src/settings/rule-syntax.ts';
import { compileInjected, MATCHER_GLOBAL } from '../../../src/content/pattern-compiler.ts';
import { CATASTROPHIC_PATTERNS } from '../../../scripts/bench/hostile.ts';

const wire = (source: string): WireRule => ({ hosts: [], selector: '', hasText: { source, flags: '' }, source: `##:has-text(/${source}/)` });

describe('user patterns run in linear time', () => {
  it('answers each catastrophic pattern on the text that makes a backtracking engine explode, and answers right', () => {
    for (const { source, text } of CATASTROPHIC_PATTERNS) {
      const rule = fromWire(wire(source), () => true, compileLinear);
      expect(rule, source).not.toBeNull();
      if (rule === null) continue;
      expect(textMatches(rule, text(5_000)), source).toBe(false); // each text is built to fail at its end
      expect(new RegExp(source).test(text(3)), source).toBe(false); // the same answer as JavaScript on a short one
    }
  });

  it('still matches what those patterns describe', () => {
    const test = (source: string, text: string): boolean => compileLinear({ source, flags: '' })(text);
    expect(test('(a|a)+$', 'baaaa')).toBe(true);
    expect(test('a*a*a*b', 'aaab')).toBe(true);
    expect(test('(.|.)+#$', 'xx#')).toBe(true);
  });

  it('in the content script, compiles only with the injected engine: without it the rule is skipped, never run by RegExp', () => {
    const scope = globalThis as Record<string, unknown>;
    Reflect.deleteProperty(scope, MATCHER_GLOBAL);
    expect(fromWire(wire('(a|a)+$'), () => true, compileInjected)).toBeNull();
    expect(fromWire({ ...wire('x'), hasText: 'plain text' }, () => true, compileInjected)?.test?.('a plain text here')).toBe(true);
    scope[MATCHER_GLOBAL] = compileLinear;
    try {
      expect(fromWire(wire('(a|a)+$'), () => true, compileInjected)?.test?.('aaa')).toBe(true);
    } finally {
      Reflect.deleteProperty(scope, MATCHER_GLOBAL);
    }
  });
});
