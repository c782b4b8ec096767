// Applies the reader's own cosmetic rules (settings/user-rules.ts) on top of
// the engine: elements matching a rule's selector (and its :has-text) are
// marked hidden under the rule id "user-rule", like any other hidden block.
import type { UserRule } from '../settings/user-rules.ts';
import { textMatches } from '../settings/user-rules.ts';
import type { Marking } from './hide.ts';

export const USER_RULE_ID = 'user-rule';
const NEVER = new Set(['html', 'body', 'head']);

export interface UserHit { element: Element; rule: UserRule; text: string }

/** Elements the rules hide; a rule with only :has-text() tests the engine's block elements. */
export function userRuleHits(doc: Document, rules: readonly UserRule[], blockElements: readonly Element[]): UserHit[] {
  const hits: UserHit[] = [];
  const seen = new Set<Element>();
  for (const rule of rules) {
    const candidates = rule.selector === '' ? blockElements : doc.querySelectorAll(rule.selector);
    for (const element of candidates) {
      if (seen.has(element) || NEVER.has(element.localName)) continue;
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      if (!textMatches(rule, text)) continue;
      seen.add(element);
      hits.push({ element, rule, text });
    }
  }
  return hits;
}

export const userMarkings = (hits: readonly UserHit[]): Marking[] => hits.map((h) => ({ element: h.element, ruleId: USER_RULE_ID }));

/** For saved text: the rules with only :has-text() hide the lines they match. */
export function userRuleForLine(rules: readonly UserRule[], line: string): UserRule | null {
  return rules.find((r) => r.selector === '' && r.hasText !== null && textMatches(r, line)) ?? null;
}
