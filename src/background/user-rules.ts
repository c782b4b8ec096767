// The reader's rules for one host, read from storage.sync and parsed here for
// the content script, which keeps the parser out of every page it runs on.
// Selectors are checked there, on the page's own DOM (rule-syntax fromWire).
// When a :has-text(/…/) pattern applies, the linear-time pattern engine is
// injected into the asking frame first (content/matcher.ts): only pages that
// need it pay for its 150 KB.
import browser from 'webextension-polyfill';
import matcherScript from '../content/matcher?script&iife';
import { fail, ok, type Reply } from '../shared/protocol';
import { parseRules, rulesFor, type UserRule } from '../settings/rule-syntax.ts';
import { rulesText } from '../settings/rules-chunks.ts';
import { compileLinear } from '../settings/linear-pattern.ts';

/** The frame that asked, as the browser names it (never as the message says). */
export interface Asker { host: string | undefined; tabId: number | undefined; frameId: number; hasMatcher: boolean }

const hasPattern = (rules: readonly UserRule[]): boolean => rules.some((r) => r.hasText !== null && typeof r.hasText !== 'string');

export async function userRulesFor(asker: Asker): Promise<Reply<'user-rules'>> {
  if (asker.host === undefined) return ok([]); // a request naming no host gets no rules
  try {
    const text = rulesText(await browser.storage.sync.get(null)); // sync holds only the rules and the sites list
    if (text.trim() === '') return ok([]);
    const rules = rulesFor(asker.host, parseRules(text, () => null, compileLinear).rules);
    if (hasPattern(rules) && !asker.hasMatcher && asker.tabId !== undefined) {
      // Without the engine the content script skips the pattern rules; the others still apply.
      await browser.scripting.executeScript({ target: { tabId: asker.tabId, frameIds: [asker.frameId] }, files: [matcherScript] }).catch(console.warn);
    }
    return ok(rules);
  } catch (error) {
    return fail(error);
  }
}
