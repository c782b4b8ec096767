// A quote the reader picks in the popup: the background injects the quote
// script (content/quote-script.ts) into the tab, with the highlight's style as
// a user-origin sheet, and calls it; the content script on every page stays
// small. The highlight goes when the popup that asked closes (main.ts).
import browser from 'webextension-polyfill';
import quoteScript from '../content/quote-script?script&iife';
import { marksFor, QUOTE_GLOBAL } from '../shared/marks.ts';
import { ok, type Reply } from '../shared/protocol';
import { marksToken } from './marks.ts';
import { setQuoteStyle } from './tabs.ts';

type QuoteApi = { show(quote: string, name: string): boolean; clear(name: string): void } | undefined;

/** Tabs where a popup showed a quote: the highlight goes when that popup closes. */
export const quotedTabs = new Set<number>();

/** Scrolls the tab to the quote and highlights it; `quote` null takes the highlight away. */
export async function showQuote(tabId: number, quote: string | null): Promise<Reply<'show-quote'>> {
  const name = marksFor(await marksToken()).quote;
  const target = { tabId };
  if (quote === null) {
    quotedTabs.delete(tabId);
    await setQuoteStyle(tabId, false).catch(() => undefined);
    await browser.scripting.executeScript({ target, args: [QUOTE_GLOBAL, name],
      func: (key: string, n: string) => { ((globalThis as Record<string, unknown>)[key] as QuoteApi)?.clear(n); } }).catch(() => undefined);
    return ok({ found: false });
  }
  quotedTabs.add(tabId);
  await setQuoteStyle(tabId, true);
  await browser.scripting.executeScript({ target, files: [quoteScript] });
  const [result] = await browser.scripting.executeScript({ target, args: [QUOTE_GLOBAL, quote, name],
    func: (key: string, q: string, n: string) => ((globalThis as Record<string, unknown>)[key] as QuoteApi)?.show(q, n) === true });
  return ok({ found: result?.result === true });
}
