// Injected by the background when the reader picks a quote in the popup
// (background/quotes.ts): it leaves the quote functions where the background's
// next call, in the same isolated world, finds them.
import { clearQuote, showQuote } from './quote.ts';
import { QUOTE_GLOBAL } from '../shared/marks.ts';

(globalThis as Record<string, unknown>)[QUOTE_GLOBAL] = {
  show: (quote: string, name: string): boolean => showQuote(document, quote, name),
  clear: (name: string): void => { clearQuote(name); },
};
