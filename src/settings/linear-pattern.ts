// The readers' :has-text(/…/) patterns run in RE2's linear time (re2js, a
// pure-JS port of RE2): a JS RegExp backtracks, and one call cannot be paused,
// so `(a|a)+$` froze a tab for 27 s on 29 characters (issue #27). RE2 has no
// back-references or look-around; a pattern that needs them is refused with
// the engine's reason, when it is saved or imported. re2js is 150 KB, so it
// stays out of the content script: the background injects it (matcher.ts)
// only into pages where a pattern applies.
import { RE2JS } from 're2js';
import type { PatternCompiler, PatternSpec } from './rule-syntax.ts';
import { t } from '../shared/i18n.ts';

/** RE2 reads code points whatever the flags, so u needs no flag of its own. */
function flagsOf(pattern: PatternSpec): number {
  let flags = 0;
  if (pattern.flags.includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
  if (pattern.flags.includes('m')) flags |= RE2JS.MULTILINE;
  if (pattern.flags.includes('s')) flags |= RE2JS.DOTALL;
  return flags;
}

/** The pattern's test, in time linear in the text; throws the reason RE2 cannot run it. */
export const compileLinear: PatternCompiler = (pattern) => {
  let re: RE2JS;
  try {
    // Written in JavaScript's syntax (\u00e9, [^]); translated to RE2's.
    re = RE2JS.compile(RE2JS.translateRegExp(pattern.source), flagsOf(pattern));
  } catch (error) {
    throw new Error(t('ruleNotLinear', error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)));
  }
  return (text) => re.test(text);
};
