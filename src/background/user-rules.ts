// The reader's rules for one host, read from storage.sync and parsed here for
// the content script, which keeps the parser out of every page it runs on.
// Selectors are checked there, on the page's own DOM (rule-syntax fromWire).
import browser from 'webextension-polyfill';
import { fail, ok, type Reply } from '../shared/protocol';
import { parseRules, rulesFor, toWire } from '../settings/rule-syntax.ts';
import { rulesText } from '../settings/rules-chunks.ts';

export async function userRulesFor(host: unknown): Promise<Reply<'user-rules'>> {
  if (typeof host !== 'string') return ok([]); // a request naming no host gets no rules
  try {
    const text = rulesText(await browser.storage.sync.get(null)); // sync holds only the rules and the sites list
    if (text.trim() === '') return ok([]);
    return ok(rulesFor(host, parseRules(text, () => null).rules).map(toWire));
  } catch (error) {
    return fail(error);
  }
}
