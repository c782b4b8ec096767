// Property-based tests (fast-check) of the DOM adapter and the content
// script's declutter pass in jsdom: arbitrary and broken markup never throws,
// declutter twice = once, and restoring serialises the page exactly as before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentToBlocks } from '../../../src/adapters/dom/index.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { extractAll } from '../../../src/engine/extract/index.ts';
import { declutter, restore } from '../../../src/content/declutter.ts';
import { fixtures } from '../../support/fixtures.ts';
import { inAnyLanguage } from '../any-language.ts';

const PROSE = 'The council said on Tuesday that the work would begin in the spring and take about eighteen months, with the riverside path closed in stages while the new wall is built.';
const TAGS = ['div', 'p', 'section', 'aside', 'nav', 'ul', 'li', 'a', 'span', 'h1', 'h2', 'footer', 'header', 'article', 'form', 'button', 'table', 'tr', 'td', 'figure', 'figcaption', 'blockquote', 'b'];
const CLASSES = ['', 'promo', 'related', 'article-body', 'sidebar', 'share', 'newsletter', 'comments', 'ad-slot', 'content', 'byline'];
const TEXTS = [PROSE, 'PROMOTED VIDEO', 'Up to 70% off', 'Sign up for our newsletter', 'Share', 'Most read', '“We will see,” Kerry said.',
  'مرحبا بالعالم', '東京都は火曜日に発表した。', '🎉🔥', '<img src=x onerror=alert(1)>', '\0', '   ', ''];

type Tree = string | { tag: string; cls: string; hidden: boolean; children: Tree[] };

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.record({ tag: fc.constantFrom(...TAGS), cls: fc.constantFrom(...CLASSES), hidden: fc.boolean(), children: fc.array(tie('node'), { maxLength: 5 }) })),
})).node;

function render(node: Tree): string {
  if (typeof node === 'string') return node.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  const attrs = `${node.cls ? ` class="${node.cls}"` : ''}${node.hidden ? ' hidden' : ''}`;
  return `<${node.tag}${attrs}>${node.children.map(render).join('')}</${node.tag}>`;
}

const ARTICLE = `<article>${[1, 2, 3, 4, 5].map((n) => `<p>${PROSE} (${n})</p>`).join('')}</article>`;

/** Generated pages (half of them around a real article, so there is furniture to hide), and raw strings full of markup characters (broken HTML). */
const page = fc.oneof(
  fc.array(tree, { maxLength: 6 }).map((nodes) => `<!doctype html><title>T</title><body>${nodes.map(render).join('')}</body>`),
  fc.tuple(fc.array(tree, { maxLength: 4 }), fc.array(tree, { maxLength: 4 }))
    .map(([pre, post]) => `<!doctype html><title>T</title><body>${pre.map(render).join('')}${ARTICLE}${post.map(render).join('')}</body>`),
  fc.string({ unit: fc.constantFrom('<', '>', '/', '"', '=', ' ', 'p', 'div', 'a', 'x', '\0', '&', ';', '!', '-', 'é', '字') as fc.Arbitrary<string>, maxLength: 300 }),
);

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const serialise = (doc: Document): string => doc.documentElement.outerHTML;

describe('DOM adapter and engine properties', () => {
  it('never throw on arbitrary or broken markup, and every article paragraph is a kept block', () => {
    fc.assert(fc.property(page, (html) => {
      const { input, elements } = documentToBlocks(parse(html));
      expect(elements).toHaveLength(input.blocks.length);
      const result = runEngine(inAnyLanguage(input));
      expect(result.blocks).toHaveLength(input.blocks.length);
      const kept = new Set(result.blocks.filter((c) => c.verdict === 'article').map((c) => c.block.text));
      for (const p of result.article.split('\n\n').filter(Boolean)) expect(kept.has(p)).toBe(true);
      expect(() => extractAll(result, input)).not.toThrow();
    }), { numRuns: 200 });
  });

  it('declutter twice = once, and restore gives back the exact serialised page', () => {
    fc.assert(fc.property(page, (html) => {
      const doc = parse(html);
      const before = serialise(doc);
      const once = declutter(doc, new Set(), () => false);
      const afterOnce = serialise(doc);
      const twice = declutter(doc, once.marked, () => false);
      expect(serialise(doc)).toBe(afterOnce);
      expect(twice.hidden.length).toBe(once.hidden.length);
      restore(doc, twice.analysis, twice.marked);
      expect(serialise(doc)).toBe(before);
    }), { numRuns: 150 });
  });
});

describe.each(fixtures().filter((f) => f.mode === 'html'))('fixture $name in the content script', (fixture) => {
  it('hides furniture, keeps the page otherwise, and restores it exactly', () => {
    const doc = parse(fixture.content);
    const before = serialise(doc);
    const state = declutter(doc, new Set(), () => false);
    expect(state.marked.size).toBeGreaterThan(0);
    expect(doc.documentElement.getAttribute('data-declutter')).toBe('on');
    expect(doc.querySelectorAll('*').length).toBe(parse(fixture.content).querySelectorAll('*').length); // nothing added or removed
    const again = declutter(doc, state.marked, () => false);
    expect([...again.marked]).toEqual([...state.marked]);
    restore(doc, again.analysis, again.marked);
    expect(serialise(doc)).toBe(before);
  });
});
