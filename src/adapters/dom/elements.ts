// What the DOM walker needs to know about element names.
import type { ElementAttributes } from './attributes.ts';

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'br',
  'legend', 'option', 'label',
]);

/** Elements innerText sets apart with blank lines. */
export const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figcaption']);

/**
 * Elements whose text is set apart by a space within its block: table cells (a data table reads row by row) and
 * MathML tokens, which a page lays out apart but whose text nodes hold no spaces ("a x 2 + b x": readability mathjax; case in dom-adapter.test.ts).
 */
export const SPACED_TAGS = new Set(['td', 'th', 'mi', 'mn', 'mo', 'ms', 'mtext']);

/** Elements whose text is never read (code, styles, replaced content, a formula's TeX source, or a ruby annotation:
 * the reading printed small over its word, as furigana over kanji, which the line itself does not hold: trafilatura-dev
 * nhk.or.jp "news easy" page; case in dom-adapter.test.ts). */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'annotation', 'annotation-xml', 'iframe', 'object', 'embed', 'canvas', 'head', 'select', 'textarea',
  'video', 'audio', 'picture', 'img', 'input', 'link', 'meta', 'rt', 'rp',
]);

/** Elements that make the block they sit in interactive (a form widget). */
export const INTERACTIVE_TAGS = new Set(['input', 'select', 'textarea', 'button']);

const HIDING_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup alone: no layout read needed. */
export function hiddenByMarkup(attrs: ElementAttributes): boolean {
  if (attrs.hidden || attrs.ariaHidden === 'true') return true;
  return attrs.style !== null && HIDING_STYLE.test(attrs.style);
}
