// A page's forms can shadow DOM members: each control is a named property of its form, so
// <input name="hasAttribute"> makes form.hasAttribute that input (Chrome gives content scripts the same view;
// jsdom implements no named properties, so here they are put on the forms by hand, as the page's markup would).
// The adapter and the content script read page nodes through the DOM's own members (src/adapters/dom/safe.ts).
import { describe, expect, it } from 'vitest';
import { declutter, restore } from '../../../src/content/declutter.ts';
import { documentToBlocks } from '../../../src/adapters/dom/index.ts';

const PROSE = 'The council said on Tuesday that the work would begin in the spring and take about eighteen months, with the riverside path closed in stages while the new wall is built.';
const ARTICLE = `<article><h1>Flood wall approved</h1>${[1, 2, 3, 4].map((n) => `<p>${PROSE} (${n})</p>`).join('')}</article>`;

/** Gives each form the named properties its controls would give it in a browser. */
function clobber(doc: Document): void {
  for (const form of doc.querySelectorAll('form')) {
    for (const control of [...doc.querySelectorAll('[name]')].filter((c) => c.closest('form') === form || c.getAttribute('form') === form.id)) {
      Object.defineProperty(form, control.getAttribute('name') ?? '', { value: control, configurable: true });
    }
  }
}

describe('forms whose controls shadow DOM members', () => {
  it.each([
    ['hasAttribute', `<form><input name="hasAttribute"><input name="getAttribute"><input name="localName"><input name="nodeType"></form>`],
    ['removeAttribute', `<form class="newsletter"><input name="removeAttribute"><input name="setAttribute"><p>Sign up for our newsletter</p></form>`],
    ['lastChild', `<fieldset form="f" name="lastChild"><form id="f"><p>x</p></form></fieldset>`],
  ])('%s: declutters, and off restores the page exactly', (_name, form) => {
    // eslint-disable-next-line no-restricted-syntax -- the test page's own markup
    document.body.innerHTML = `${ARTICLE}${form}<aside class="promo"><h3>Sponsored stories</h3></aside>`;
    clobber(document);
    const before = document.documentElement.outerHTML;
    const { input } = documentToBlocks(document);
    expect(input.blocks.map((b) => b.text).join(' ')).toContain('Flood wall approved');
    const state = declutter(document, new Set(), () => false);
    expect(state.hidden.length + state.marked.size).toBeGreaterThan(0);
    expect(document.querySelector('article')?.hasAttribute('data-declutter-hidden')).toBe(false);
    restore(document, state.analysis, state.marked);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
