// The reader's rules on hostile markup: a broad `##div:has-text(…)` on deeply
// nested and on very wide pages, in jsdom. Each candidate reads at most
// MAX_TEXT_READ characters, so time grows with the number of candidates, not
// with candidates × their text (quadratic on nesting before the bound).
import { JSDOM } from 'jsdom';
import { drain } from '../../src/engine/steps.ts';
import { userRuleHitsSteps } from '../../src/content/apply-user-rules.ts';
import { fromWire, parseRules, type ActiveRule } from '../../src/settings/rule-syntax.ts';
import { compileLinear } from '../../src/settings/linear-pattern.ts';
import { growthExponent, timeIt } from './stats.ts';

const WORDS = 'a line of text inside the box that a reader would never see ';

function nested(depth: number): Document {
  const open = '<div>'.repeat(depth);
  return new JSDOM(`<body>${open}${WORDS.repeat(depth / 10)}${'</div>'.repeat(depth)}</body>`).window.document;
}

function wide(count: number): Document {
  return new JSDOM(`<body>${`<div>${WORDS}</div>`.repeat(count)}</body>`).window.document;
}

const rules = parseRules('##div:has-text(/needle$/i)', () => null, compileLinear).rules
  .flatMap((r): ActiveRule[] => { const active = fromWire(r, () => true, compileLinear); return active === null ? [] : [active]; });

/** Milliseconds per page size, and the growth exponent, for each shape. */
export function userRuleTimes(quick: boolean): Record<string, { points: { size: number; ms: number }[]; exponent: number }> {
  const sizes = quick ? [1_000, 2_000, 4_000] : [1_000, 2_000, 4_000, 8_000];
  const out: Record<string, { points: { size: number; ms: number }[]; exponent: number }> = {};
  for (const [name, make] of [['nested', nested], ['wide', wide]] as const) {
    const points = sizes.map((size) => {
      const doc = make(size);
      return { size, ms: timeIt(() => drain(userRuleHitsSteps(doc, rules, [])), 1) };
    });
    out[name] = { points, exponent: growthExponent(points) };
  }
  return out;
}
