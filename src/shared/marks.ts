// The attributes declutter marks the page with, and the stylesheet that hides
// what they mark. Their names are drawn at random once per browser session by
// the background (background/marks.ts) and sent to the content script with
// the message that turns it on, as uBlock Origin draws its own: a page's
// stylesheet cannot target them ahead of time
// (`[data-declutter-hidden]#nag { display: block }`), and a page's own
// `data-declutter*` attributes are never ours to save, clear or hide
// (tests/e2e/hostile.e2e.ts). The defaults serve unit tests.

export interface MarkNames {
  /** On <html> while declutter is on, value "on". */
  root: string;
  /** On each hidden element, value the rule's id. */
  hidden: string;
  /** On <html> or <body> while their scroll lock is undone (src/content/screen.ts). */
  unlock: string;
  /** On the view that stands in for a saved text's <pre> (src/content/text-view.ts). */
  view: string;
  /** The name of the highlight (CSS Custom Highlight API) on a quote the reader asked to see (src/content/quote.ts). */
  quote: string;
}

/** A session's token: lowercase letters only, so every name built from it is a valid attribute name. */
export const TOKEN = /^[a-z]{10}$/;
/** The root mark's name, `data-` and a token: what tests and the browser evaluation look for on <html>. */
export const ROOT_MARK = /^data-([a-z]{10})$/;

export const marksFor = (token: string): MarkNames =>
  ({ root: `data-${token}`, hidden: `data-${token}-h`, unlock: `data-${token}-u`, view: `data-${token}-v`, quote: `data-${token}-q` });

/** A fresh token from the platform's random source. */
export function drawToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return String.fromCharCode(...[...bytes].map((b) => 97 + (b % 26)));
}

/** The hiding stylesheet, inserted as a user-origin sheet (background/tabs.ts). It does not key on the root
 * attribute: a rule on <html> would make the browser restyle the whole page when declutter turns on (a 50 ms task on
 * a 50,000-element page); marks exist only while declutter is on, so they alone decide. */
export const hidingCss = (names: MarkNames): string => `[${names.hidden}] { display: none !important; }
[${names.unlock}] { overflow: visible !important; position: static !important; }`;

/** Where the injected quote script (src/content/quote-script.ts) leaves its functions, in the isolated world. */
export const QUOTE_GLOBAL = '__declutterQuote';

/** Where the injected language data (src/content/language-data-script.ts) leaves every language's function words
 * and widget labels. */
export const LANGUAGE_DATA_GLOBAL = '__declutterLanguages';

/** The quote highlight's style, a user-origin sheet of its own (background/tabs.ts): in the tab while a quote the
 * reader picked in the popup is shown, on or off. A highlight is painted, not put in the page: nothing to restore. */
export const quoteCss = (names: MarkNames): string =>
  `::highlight(${names.quote}) { background-color: #fde047 !important; color: #111827 !important; }`;
