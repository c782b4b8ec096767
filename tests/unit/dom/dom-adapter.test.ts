import { describe, expect, it } from 'vitest';
import { documentToBlocks } from '../../../src/adapters/dom/index.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { extractAll } from '../../../src/engine/extract/index.ts';
import { inAnyLanguage } from '../any-language.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('DOM adapter', () => {
  it('splits text at block elements and keeps each block\'s element', () => {
    const { input, elements } = documentToBlocks(doc('<div>Intro <b>bold</b><p>Para <a href="#">link</a></p>Tail</div>'));
    expect(input.blocks.map((b) => b.text)).toEqual(['Intro bold', 'Para link', 'Tail']);
    expect(elements.map((e) => e.localName)).toEqual(['div', 'p', 'div']);
    expect(input.blocks[1]?.linkDensity).toBeCloseTo(4 / 9, 2);
  });

  it('records tags, class/id words and roles of the containers', () => {
    const { input } = documentToBlocks(doc('<aside class="relatedLinks" role="complementary"><p id="x-y">Hi there</p></aside>'));
    const path = input.blocks[0]?.path ?? [];
    const infos = path.map((c) => input.containers[c]);
    expect(infos.map((i) => i?.tag)).toEqual(['body', 'aside', 'p']);
    expect(infos[1]?.tokens).toEqual(expect.arrayContaining(['relatedlinks', 'related', 'links']));
    expect(infos[1]?.role).toBe('complementary');
    expect(infos[2]?.tokens).toEqual(expect.arrayContaining(['x-y', 'x', 'y']));
  });

  it('marks hidden text and skips scripts, styles and templates', () => {
    const { input } = documentToBlocks(doc('<p hidden>A</p><p aria-hidden="true">B</p><p style="display: none">C</p><p>D</p><script>E</script><style>p{}</style><template>F</template>'));
    expect(input.blocks.map((b) => [b.text, b.hidden])).toEqual([['A', true], ['B', true], ['C', true], ['D', false]]);
  });

  it('reads MathML formulas token by token and skips their TeX source (readability mathjax page)', () => {
    const { input } = documentToBlocks(doc('<p>When <math><semantics><mrow><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></mrow>'
      + '<annotation encoding="application/x-tex">a \\ne 0</annotation></semantics></math>, there are two solutions.</p>'));
    expect(input.blocks.map((b) => b.text)).toEqual(['When a ≠ 0, there are two solutions.']);
  });

  it('reads ruby base text without its readings (furigana), as the line shows it (trafilatura-dev nhk.or.jp page)', () => {
    const { input } = documentToBlocks(doc('<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくす</p>'));
    expect(input.blocks.map((b) => b.text)).toEqual(['子どもへの虐待をなくす']);
  });

  it('marks form widgets as interactive', () => {
    const { input } = documentToBlocks(doc('<form><label>Email</label><p>Your address <input type="email"></p></form><p>Plain</p>'));
    expect(input.blocks.map((b) => [b.text, b.interactive])).toEqual([['Email', false], ['Your address', true], ['Plain', false]]);
  });

  // jsdom itself needs seconds per 10,000 levels (quadratic in its tree code); 2,000 shows the walk is iterative.
  it('walks 2,000 nested elements without recursion and bounds each path', () => {
    const deep = '<div>'.repeat(2_000) + 'deep text' + '</div>'.repeat(2_000);
    const { input } = documentToBlocks(doc(deep));
    expect(input.blocks.map((b) => b.text)).toEqual(['deep text']);
    expect(input.blocks[0]?.path.length).toBeLessThanOrEqual(48);
  });

  it('gives no blocks for an empty document', () => {
    expect(documentToBlocks(doc('')).input.blocks).toEqual([]);
  });
});

describe('page metadata', () => {
  it('reads JSON-LD wrapped in CDATA or a comment (readability gitlab-blog page)', () => {
    const html = '<head><script type="application/ld+json">\n<![CDATA[\n{"@type":"BlogPosting","datePublished":"2024-06-25"}\n]]>\n</script>'
      + '<script type="application/ld+json"><!-- {"@type":"Person","name":"X"} --></script></head><body><p>Text</p></body>';
    expect(documentToBlocks(doc(html)).input.meta?.jsonLd).toEqual([{ '@type': 'BlogPosting', datePublished: '2024-06-25' }, { '@type': 'Person', name: 'X' }]);
  });

  it('reads every name of a space-separated property and keys Dublin Core as dc.<field> (readability 004-metadata page)', () => {
    const html = '<head><meta property="x:title dc:title" content="Preferred title"><meta name="DCTERMS.creator" content="Creator Name">'
      + '<meta property="og:title" content=""></head><body><p>Text</p></body>';
    const meta = documentToBlocks(doc(html)).input.meta?.meta;
    expect(meta).toMatchObject({ 'x:title': 'Preferred title', 'dc.title': 'Preferred title', 'dc.creator': 'Creator Name' });
    expect(meta).not.toHaveProperty('og:title');
  });

  it('lists each author of a repeated author tag once, at most three (readability ietf-1, ehow-2 pages)', () => {
    const tags = ['Kooman, F.', 'Jong, Michiel de', 'Kooman, F.', 'Third Person', 'Fourth Person'].map((n) => `<meta name="DC.Creator" content="${n}">`).join('');
    const meta = documentToBlocks(doc(`<head>${tags}<meta name="description" content="One"><meta name="description" content="Two"></head><body><p>Text</p></body>`)).input.meta?.meta;
    expect(meta).toMatchObject({ 'dc.creator': 'Kooman, F.; Jong, Michiel de; Third Person', description: 'One' });
  });

  it('leaves a modal dialog\'s prose out of the article even where no stylesheet hides it (readability simplyfound-1 page)', () => {
    const para = (n: number): string => `<p>Paragraph ${n} of the story says that the council met on Monday and agreed that the new bridge would open in the spring, after two years of delays and a long argument about its cost.</p>`;
    const modal = '<div class="modal fade"><div class="modal-body"><p>To become an approved author, you must have a minimum of two articles in your account, and they must be complete and ready to be published.</p>'
      + '<p>The articles must be unique and contain no duplicate contents from other websites, books and magazines, or anywhere else at all.</p></div></div>';
    const { input } = documentToBlocks(doc(`<body><div class="post">${[1, 2, 3, 4].map(para).join('')}</div>${modal}</body>`));
    const article = runEngine(inAnyLanguage(input)).article;
    expect(article).toContain('Paragraph 4 of the story');
    expect(article).not.toContain('approved author');
  });

  it('records each author element with the block it precedes', () => {
    const html = '<ul><li class="author-follow">Sidebar Person Writes About Things</li></ul><h1>Story</h1><div class="byline">By Ann Lee</div><p>Body.</p>';
    const bylines = documentToBlocks(doc(html)).input.meta?.bylines;
    expect(bylines).toEqual([{ text: 'Sidebar Person Writes About Things', block: 0 }, { text: 'By Ann Lee', block: 2 }]);
  });
});

describe('headline in DOM mode', () => {
  it('takes a one-word <h1> that the <title> repeats over a longer site line (readability wikipedia-2 page)', () => {
    const para = '<p>Mozilla is a free software community founded in 1998 by members of Netscape, and it makes the Firefox browser that many people use every day.</p>';
    const { input } = documentToBlocks(doc(`<title>Mozilla - Wikipedia</title><h1>Mozilla</h1><div id="siteSub">From Wikipedia, the free encyclopedia</div><div id="content">${para.repeat(4)}</div>`));
    const result = runEngine(inAnyLanguage(input));
    expect(result.blocks.find((c) => c.kind === 'headline')?.block.text).toBe('Mozilla');
    expect(extractAll(result, input).headline).toBe('Mozilla');
  });
});

