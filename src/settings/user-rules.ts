// User rules in uBlock Origin's cosmetic syntax: `example.com##.promo-box`,
// `##.newsletter` (every site), `a.com,b.org##aside:has-text(Sponsored)`,
// `##:has-text(/^Advertisement$/i)` (also hides matching lines of saved text).
// Pure parsing and validation; the CSS check is passed in by the caller,
// which has a DOM (the options page, the content script).

export interface UserRule {
  /** Hostnames the rule applies to; empty means every site. */
  hosts: string[];
  /** CSS selector; empty when the rule is only a :has-text() test. */
  selector: string;
  /** Text the element (or saved-text line) must contain: a plain string, or a regular expression. */
  hasText: string | RegExp | null;
  /** The line as written, for messages and export. */
  source: string;
}

export interface RuleError { line: number; source: string; message: string }

const HAS_TEXT = /:has-text\((.*)\)$/;
/** uBlock's other procedural operators: recognised so the error can name them. */
const UNSUPPORTED = /:(upward|remove|style|matches-css|matches-path|min-text-length|watch-attr|xpath|others|nth-ancestor|if|if-not|spath|matches-attr|matches-media|remove-attr|remove-class)\(/;
const HOST = /^(?:\*\.)?(?:[a-z0-9-]+\.)*[a-z0-9-]+$/i;

function parseHasText(arg: string): string | RegExp {
  const re = /^\/(.+)\/([imsu]*)$/.exec(arg);
  if (re === null) return arg;
  return new RegExp(re[1] ?? '', re[2]); // throws on a bad pattern: reported by the caller
}

/** Parses one non-comment line, or returns why it cannot be used. */
export function parseRule(source: string, isValidSelector: (selector: string) => boolean): UserRule | string {
  if (source.includes('#@#') || source.includes('##+js')) return 'exception (#@#) and scriptlet (##+js) rules are not supported';
  const at = source.indexOf('##');
  if (at < 0) return 'a cosmetic rule needs "##" between the sites and the selector (e.g. example.com##.promo)';
  const hosts = source.slice(0, at).split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  const bad = hosts.find((h) => !HOST.test(h));
  if (bad !== undefined) return `"${bad}" is not a site name`;
  let selector = source.slice(at + 2).trim();
  if (selector === '') return 'the selector after "##" is empty';
  if (UNSUPPORTED.test(selector)) return `only :has-text() is supported of uBlock's procedural operators (found ${UNSUPPORTED.exec(selector)?.[0] ?? ''}…)`;
  let hasText: string | RegExp | null = null;
  const text = HAS_TEXT.exec(selector);
  if (text !== null) {
    const arg = (text[1] ?? '').trim();
    if (arg === '') return ':has-text() needs some text';
    try { hasText = parseHasText(arg); } catch { return `:has-text(${arg}) is not a valid regular expression`; }
    selector = selector.slice(0, text.index).trim();
  }
  if (selector !== '' && !isValidSelector(selector)) return `"${selector}" is not a valid CSS selector`;
  return { hosts, selector, hasText, source };
}

/** Parses the options text: one rule per line; blank lines and "!" comments are skipped. */
export function parseRules(text: string, isValidSelector: (selector: string) => boolean): { rules: UserRule[]; errors: RuleError[] } {
  const rules: UserRule[] = [];
  const errors: RuleError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const source = raw.trim();
    if (source === '' || source.startsWith('!')) return;
    const parsed = parseRule(source, isValidSelector);
    if (typeof parsed === 'string') errors.push({ line: i + 1, source, message: parsed });
    else rules.push(parsed);
  });
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

export function textMatches(rule: UserRule, text: string): boolean {
  if (rule.hasText === null) return true;
  return typeof rule.hasText === 'string' ? text.includes(rule.hasText) : rule.hasText.test(text);
}
