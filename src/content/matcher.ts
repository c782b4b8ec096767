// The linear-time pattern engine, injected by the background beside the
// content script only into pages where one of the reader's :has-text(/…/)
// patterns applies (background/user-rules.ts), so the content script that runs
// on every page stays small. It lives in the extension's isolated world: the
// page can neither see nor replace it.
import { compileLinear } from '../settings/linear-pattern.ts';
import { MATCHER_GLOBAL } from './pattern-compiler.ts';

(globalThis as Record<string, unknown>)[MATCHER_GLOBAL] = compileLinear;
