// A reader's cosmetic rule as plain data: what settings/rule-syntax.ts parses,
// what the background sends the content script, and what the protocol names.

/** A :has-text(/…/flags) pattern as written (flags limited to i, m, s, u). */
export interface PatternSpec { source: string; flags: string }

export interface UserRule {
  /** Hostnames the rule applies to; empty means every site. */
  hosts: string[];
  /** CSS selector; empty when the rule is only a :has-text() test. */
  selector: string;
  /** Text the element (or saved-text line) must contain: a plain string, or a pattern. */
  hasText: string | PatternSpec | null;
  /** The line as written, for messages and export. */
  source: string;
}

/** A rule is plain data, so a message carries it as it is. */
export type WireRule = UserRule;
