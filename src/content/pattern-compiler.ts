// The content script's side of the reader's patterns: it compiles them with the
// linear-time engine the background injected (matcher.ts). Without it, a
// pattern rule is skipped, never run by the backtracking RegExp.
import type { PatternCompiler } from '../settings/rule-syntax.ts';

export const MATCHER_GLOBAL = '__declutterLinearMatcher';

/** Whether the engine is here already (the background then need not inject it again). */
export const hasMatcher = (): boolean => typeof (globalThis as Record<string, unknown>)[MATCHER_GLOBAL] === 'function';

export const compileInjected: PatternCompiler = (pattern) => {
  const compile = (globalThis as Record<string, unknown>)[MATCHER_GLOBAL];
  if (typeof compile !== 'function') throw new Error('the pattern engine was not injected');
  return (compile as PatternCompiler)(pattern);
};
