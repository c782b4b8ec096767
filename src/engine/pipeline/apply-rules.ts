// Each block meets the rules in order; the first match names it.
import type { Block } from '../types.ts';
import type { Match, Rule, RuleContext } from '../rules/rule.ts';
import { RULES } from '../rules/index.ts';
import { mapSteps, type Steps } from '../steps.ts';

export interface Hit {
  rule: Rule;
  match: Match;
  /** Set when the block was swept into a run opened by another block's label. */
  fromLabel?: number;
}

export function applyRules(blocks: readonly Block[], ctx: RuleContext): Steps<(Hit | null)[]> {
  return mapSteps(blocks, (block) => {
    for (const rule of RULES) {
      const match = rule.match(block, ctx);
      if (match) return { rule, match };
    }
    return null;
  });
}
