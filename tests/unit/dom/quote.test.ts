// Finding a quote the reader picked in the page's own text (src/content/quote.ts).
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../src/content/quote.ts';

/** A fresh document holding the markup (parsed, as a page's own markup is). */
function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

describe('findQuote', () => {
  it('finds a quote split across elements and comments, whatever its spacing', () => {
    const doc = page('<p>He said: "Here we <!-- c --><b>are</b> on\n   a historic   day," and left.</p>');
    const range = findQuote(doc, 'Here we are on a historic day,');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('Here we are on a historic day,');
  });

  it('reads no script or style text, and says null when the page no longer shows the quote', () => {
    const doc = page('<script>var q = "a quote in code";</script><p>Other words.</p>');
    expect(findQuote(doc, 'a quote in code')).toBeNull();
    expect(findQuote(doc, '')).toBeNull();
  });

  it('walks a form whose controls shadow the DOM\'s own properties', () => {
    const doc = page('<form><input name="firstChild"><input name="nextSibling"><p>the words "we will rebuild" here</p></form>');
    expect(findQuote(doc, 'we will rebuild')?.toString()).toBe('we will rebuild');
  });
});
