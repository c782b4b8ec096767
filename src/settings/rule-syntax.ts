// User rules in uBlock Origin's cosmetic syntax: `example.com##.promo-box`,
// `##.newsletter` (every site), `a.com,b.org##aside:has-text(Sponsored)`,
// `##:has-text(/^Advertisement$/i)` (also hides matching lines of saved text).
// A pattern is data here; it is matched by a linear-time engine (RE2, see
// linear-pattern.ts), so no pattern a reader writes or imports can freeze a
// page (tests/unit/node/user-patterns.test.ts). Pure parsing and validation. The options page parses with the DOM's CSS
// check and explains a bad selector (explainSelector); the background parses
// for the content script, which checks selectors on its page (fromWire), so the
// parser stays out of the script that runs on pages.
import { t } from '../shared/i18n.ts';
import type { PatternSpec, UserRule, WireRule } from '../shared/user-rule.ts';

export type { PatternSpec, UserRule, WireRule } from '../shared/user-rule.ts';

export interface RuleError { line: number; source: string; message: string }

/** Whether a text passes a rule's :has-text(). */
export type TextTest = (text: string) => boolean;
/** Turns a pattern into its test; throws, with a reason for the reader, when it cannot. */
export type PatternCompiler = (pattern: PatternSpec) => TextTest;

/** A rule ready to test elements: its pattern compiled. */
export interface ActiveRule extends UserRule { test: TextTest | null }

/** The rule ready to use, or null when the page's browser refuses its selector (the background has no DOM to ask)
 * or its pattern cannot be compiled here. */
export function fromWire(wire: WireRule, isValidSelector: (selector: string) => boolean, compile: PatternCompiler): ActiveRule | null {
  if (wire.selector !== '' && !isValidSelector(wire.selector)) return null;
  const { hasText } = wire;
  if (hasText === null) return { ...wire, test: null };
  if (typeof hasText === 'string') return { ...wire, test: (text) => text.includes(hasText) };
  try {
    return { ...wire, test: compile(hasText) };
  } catch {
    return null;
  }
}

/** Why a CSS selector cannot be used, or null when it can. */
export type SelectorCheck = (selector: string) => string | null;

const HAS_TEXT = ':has-text(';
/** uBlock's other procedural operators: recognised so the error can name them. */
const UNSUPPORTED = /:(upward|remove|style|matches-css|matches-path|min-text-length|watch-attr|xpath|others|nth-ancestor|if|if-not|spath|matches-attr|matches-media|remove-attr|remove-class)\(/;
const HOST = /^(?:\*\.)?(?:[a-z0-9-]+\.)*[a-z0-9-]+$/i;
/** Flags a :has-text() pattern may carry; g and y only make a test stateful, so they are dropped. */
const FLAGS_KEPT = /^[imsu]*$/;
const FLAGS_DROPPED = /[gy]/g;
/** The text a :has-text() test reads of one element: a bound on the work per candidate. */
export const MAX_TEXT_READ = 10_000;
/** The nodes a :has-text() test visits in one element: on nested markup the text a label sits in comes early, and the work per candidate stays fixed. */
export const MAX_NODES_READ = 500;

/** Index of the parenthesis closing the one before `open`, skipping escaped characters; -1 when unbalanced. */
function closingParen(source: string, open: number): number {
  let depth = 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The argument as text, or as a pattern the compiler accepts (it throws the reason when it does not). */
function parseHasText(arg: string, compile: PatternCompiler): string | PatternSpec {
  const re = /^\/(.+)\/([a-z]*)$/.exec(arg);
  if (re === null) return arg;
  const [, body = '', flags = ''] = re;
  const kept = flags.replace(FLAGS_DROPPED, '');
  if (!FLAGS_KEPT.test(kept)) throw new Error(t('ruleFlags', flags));
  const pattern = { source: body, flags: kept };
  compile(pattern);
  return pattern;
}

/** Splits `selector:has-text(arg)` and a compound tail that stays CSS (`:has-text(x):not(.y)` = `:not(.y)` + text). */
function splitHasText(selector: string): { css: string; arg: string | null } | string {
  const at = selector.indexOf(HAS_TEXT);
  if (at < 0) return { css: selector, arg: null };
  const close = closingParen(selector, at + HAS_TEXT.length);
  if (close < 0) return t('ruleHasTextOpen');
  const tail = selector.slice(close + 1);
  if (tail.includes(HAS_TEXT)) return t('ruleOneHasText');
  if (/^\s|[\s>+~]/.test(tail.replace(/\([^()]*\)/g, ''))) return t('ruleTailCss');
  return { css: selector.slice(0, at).trim() + tail, arg: selector.slice(at + HAS_TEXT.length, close).trim() };
}

/** Parses one non-comment line, or returns why it cannot be used. */
export function parseRule(source: string, checkSelector: SelectorCheck, compile: PatternCompiler): UserRule | string {
  if (source.includes('#@#') || source.includes('##+js')) return t('ruleUnsupportedKind');
  const at = source.indexOf('##');
  if (at < 0) return t('ruleNeedsHashes');
  const hosts = source.slice(0, at).split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  const bad = hosts.find((h) => !HOST.test(h));
  if (bad !== undefined) return t('ruleBadHost', bad);
  let selector = source.slice(at + 2).trim();
  if (selector === '') return t('ruleEmptySelector');
  let hasText: string | PatternSpec | null = null;
  const split = splitHasText(selector);
  if (typeof split === 'string') return split;
  if (split.arg !== null) {
    if (split.arg === '') return t('ruleHasTextEmpty');
    try { hasText = parseHasText(split.arg, compile); } catch (error) { return t('ruleHasTextError', split.arg, (error as Error).message); }
  }
  selector = split.css;
  const problem = selector === '' ? null : checkSelector(selector);
  return problem ?? { hosts, selector, hasText, source };
}

/** The options page's check: uBlock's procedural operators, which no browser parses, are named as such (the
 * content script has no use for the reason, so this stays out of it). */
export function explainSelector(isValid: (selector: string) => boolean): SelectorCheck {
  return (selector) => {
    const operator = UNSUPPORTED.exec(selector);
    if (operator !== null) return t('ruleUnsupportedOperator', operator[0]);
    return isValid(selector) ? null : t('ruleBadSelector', selector);
  };
}

/** A line that holds a rule: not blank, not a "!" comment. */
export const isRuleLine = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('!');

/** One rule line of the options text (1-based line number) and what it parses to: the rule, or why it cannot be used. */
export interface ParsedLine { line: number; source: string; parsed: UserRule | string }

/** Each rule line of the options text, in order; blank lines and "!" comments are skipped. */
export function parseLines(text: string, checkSelector: SelectorCheck, compile: PatternCompiler): ParsedLine[] {
  const out: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const source = raw.trim();
    if (isRuleLine(source)) out.push({ line: i + 1, source, parsed: parseRule(source, checkSelector, compile) });
  });
  return out;
}

/** Parses the options text: the rules that can be used, and each line that cannot with its reason. */
export function parseRules(text: string, checkSelector: SelectorCheck, compile: PatternCompiler): { rules: UserRule[]; errors: RuleError[] } {
  const rules: UserRule[] = [];
  const errors: RuleError[] = [];
  for (const { line, source, parsed } of parseLines(text, checkSelector, compile)) {
    if (typeof parsed === 'string') errors.push({ line, source, message: parsed });
    else rules.push(parsed);
  }
  return { rules, errors };
}

/** The rules that apply on `hostname` (a rule for example.com also covers www.example.com). */
export function rulesFor(hostname: string, rules: readonly UserRule[]): UserRule[] {
  const host = hostname.toLowerCase();
  return rules.filter((r) => r.hosts.length === 0 || r.hosts.some((h) => {
    const base = h.replace(/^\*\./, '');
    return host === base || host.endsWith(`.${base}`);
  }));
}

/** Whether `text` (cut at MAX_TEXT_READ) satisfies the rule's :has-text(). */
export function textMatches(rule: ActiveRule, text: string): boolean {
  if (rule.test === null) return true;
  return rule.test(text.length > MAX_TEXT_READ ? text.slice(0, MAX_TEXT_READ) : text);
}
