// Late widgets on the seed's HTML fixture: anything added beside the article's
// path is hidden at once as a region; inside the article only the added
// subtree is read and classified, rule-named furniture is hidden, and new
// prose asks for a full pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declutter } from '../../../src/content/declutter.ts';
import { commonAncestor, declutterAdded } from '../../../src/content/late.ts';

const SEED = readFileSync('tests/fixtures/pages/kerry-iraq-independent.html', 'utf8');
const PROSE = 'Kerry later told reporters in Amman that the talks with the Jordanian foreign minister had covered the refugee crisis and the border.';

function seed() {
  const doc = new DOMParser().parseFromString(SEED, 'text/html');
  const state = declutter(doc, new Set(), () => false);
  return { doc, state };
}

function add(doc: Document, parent: Element, html: string): Element {
  const box = doc.createElement('div');
  // eslint-disable-next-line no-restricted-syntax -- the test builds the page's own late widget
  box.innerHTML = html;
  parent.append(box);
  return box;
}

describe('late widgets', () => {
  it('finds the article container as the common ancestor of its text', () => {
    const { state } = seed();
    expect(state.articleRoot?.id).toBe('article');
    const doc = new DOMParser().parseFromString('<div id="a"><p id="b"></p><div><p id="c"></p></div></div>', 'text/html');
    expect(commonAncestor([doc.getElementById('b'), doc.getElementById('c')].filter((e) => e !== null))?.id).toBe('a');
    expect(commonAncestor([])).toBeNull();
  });

  it('hides whatever is appended outside the article as one region, without reading it', () => {
    const { doc, state } = seed();
    const rail = add(doc, doc.body, '<h3>Most popular</h3><ul><li><a href="/a">Ten things about the summit</a></li><li><a href="/b">Markets fall again</a></li></ul>');
    const overlay = add(doc, doc.body, '<p>This is a long sentence of prose that would read as article text if it were judged by its words alone.</p>');
    const found = declutterAdded(doc, [rail, overlay], state.articleRoot, 1000, () => false);
    expect(found.needsFullPass).toBe(false);
    expect(found.marks).toEqual([{ element: rail, ruleId: 'outside-article' }, { element: overlay, ruleId: 'outside-article' }]);
    expect(found.regions).toEqual([rail, overlay]);
    expect(found.hidden).toEqual([]);
  });

  it('hides a teaser list inserted into the article with the rule that names it', () => {
    const { doc, state } = seed();
    const article = state.articleRoot;
    if (article === null) throw new Error('no article root');
    const rail = add(doc, article, '<h3>Most popular</h3><ul><li><a href="/a">Ten things about the summit</a></li><li><a href="/b">Markets fall again</a></li></ul>');
    const found = declutterAdded(doc, [rail], article, 1000, () => false);
    expect(found.marks.map((m) => m.element)).toContain(rail);
    expect(found.hidden.every((c) => c.block.id >= 1000)).toBe(true);
    expect(found.hidden.map((c) => c.kind)).toContain('related');
  });

  it('hides a sponsored box inserted into the article, and asks for a full pass when prose arrives there', () => {
    const { doc, state } = seed();
    const article = doc.getElementById('article');
    if (article === null) throw new Error('fixture changed');
    const promo = add(doc, article, '<h3>Sponsored stories</h3><ul><li><a href="/x">You will not believe these ten gadgets</a></li></ul>');
    const promoFound = declutterAdded(doc, [promo], state.articleRoot, 1000, () => false);
    expect(promoFound.marks).toEqual([{ element: promo, ruleId: 'promoted-label' }]);
    const paragraph = add(doc, article, `<p>${PROSE}</p>`);
    const proseFound = declutterAdded(doc, [paragraph], state.articleRoot, 1000, () => false);
    expect(proseFound).toEqual({ marks: [], hidden: [], slots: [], regions: [], boxes: [], needsFullPass: true });
  });

  it('skips elements inside a widget that is hidden already, and reader exceptions stay visible', () => {
    const { doc, state } = seed();
    const hiddenWidget = [...state.marked][0];
    if (hiddenWidget === undefined) throw new Error('nothing hidden on the seed');
    const inner = add(doc, hiddenWidget, '<a href="/y">Another teaser</a>');
    expect(declutterAdded(doc, [inner], state.articleRoot, 1000, () => false).marks).toEqual([]);
    const article = state.articleRoot;
    if (article === null) throw new Error('no article root');
    const rail = add(doc, article, '<h3>Sponsored stories</h3><ul><li><a href="/x">Gadgets</a></li></ul>');
    expect(declutterAdded(doc, [rail], article, 1000, () => true).marks).toEqual([]);
  });

  it('hides an ad slot with no text that arrives late inside the article by its name alone (outside, as a region)', () => {
    const { doc, state } = seed();
    const article = state.articleRoot;
    if (article === null) throw new Error('no article root');
    const outside = add(doc, doc.body, '<div class="ad-wrapper"><div class="dfp-slot"><iframe title="ad"></iframe></div></div>');
    const inside = add(doc, article, '<div class="advertisement"><img alt="" src="data:,"></div>');
    const photo = add(doc, article, '<figure class="ad-free-image"><img alt="Kerry" src="data:,"></figure>');
    const found = declutterAdded(doc, [outside, inside, photo], article, 1000, () => false);
    expect(found.marks[0]).toEqual({ element: outside, ruleId: 'outside-article' });
    expect(found.marks.slice(1).map((m) => [m.element.className, m.ruleId])).toEqual([['advertisement', 'ad-slot']]);
    expect(found.slots).toHaveLength(1);
    expect(found.needsFullPass).toBe(false);
  });
});

