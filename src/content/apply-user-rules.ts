// Applies the reader's own cosmetic rules (settings/rule-syntax.ts) on top of
// the engine: elements matching a rule's selector (and its :has-text) are
// marked hidden under the rule id READER_RULE.id ("user-rule"), like any other hidden block.
import type { ActiveRule } from '../settings/rule-syntax.ts';
import { MAX_NODES_READ, MAX_TEXT_READ, textMatches } from '../settings/rule-syntax.ts';
import type { Marking } from './hide.ts';
import { READER_RULE, type Steps } from '../engine/index.ts';
import { get, nextInside } from '../adapters/dom/safe.ts';

const NEVER = new Set(['html', 'body', 'head']);
/** Node.nodeType of text. */
const TEXT_NODE = 3;

export interface UserHit { element: Element; rule: ActiveRule; text: string }

/** The element's text up to MAX_TEXT_READ characters, visiting at most MAX_NODES_READ nodes: reading all of it
 * for every candidate of a broad selector (`div`) on nested markup is quadratic. */
function boundedText(element: Element): string {
  let text = '';
  let visits = 0;
  let node: Node | null = get(element, 'firstChild');
  while (node !== null && text.length < MAX_TEXT_READ && ++visits <= MAX_NODES_READ) {
    if (get(node, 'nodeType') === TEXT_NODE) text += get(node, 'nodeValue') ?? '';
    node = nextInside(node, element);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements the rules hide; a rule with only :has-text() tests the engine's block elements. Yields every
 * SLICE_ITEMS candidates, so a broad rule on a large page runs in slices like the engine. */
export function* userRuleHitsSteps(doc: Document, rules: readonly ActiveRule[], blockElements: readonly Element[]): Steps<UserHit[]> {
  const hits: UserHit[] = [];
  const seen = new Set<Element>();
  for (const rule of rules) {
    const candidates = rule.selector === '' ? blockElements : doc.querySelectorAll(rule.selector);
    for (const element of candidates) {
      if (seen.has(element) || NEVER.has(get(element, 'localName'))) continue;
      yield; // each candidate may read up to MAX_TEXT_READ characters: let the slicer check the clock
      const text = boundedText(element);
      if (!textMatches(rule, text)) continue;
      seen.add(element);
      hits.push({ element, rule, text });
    }
  }
  return hits;
}

export const userMarkings = (hits: readonly UserHit[]): Marking[] => hits.map((h) => ({ element: h.element, ruleId: READER_RULE.id }));

/** For saved text: the rules with only :has-text() hide the lines they match. */
export function userRuleForLine(rules: readonly ActiveRule[], line: string): ActiveRule | null {
  return rules.find((r) => r.selector === '' && r.test !== null && textMatches(r, line)) ?? null;
}
