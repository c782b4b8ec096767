// The page around the article hidden as regions, fixed/sticky boxes and an
// overlay's scroll lock (tests/fixtures/screen/*.html, own markup modelled on
// 2023 news pages), and toggling off gives the page back byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declutter, restore } from '../../../src/content/declutter.ts';
import { buildReport } from '../../../src/content/report.ts';
import { MARKS } from '../../../src/content/hide.ts';
import { OUTSIDE_ARTICLE } from '../../../src/engine/rules/stage-rules.ts';
import { FIXED_BOX, PAGE_RULES, SCROLL_LOCK } from '../../../src/engine/rules/page-rules.ts';

/** The fixture in the test's own document (jsdom cascades its <style> into getComputedStyle). */
function page(name: string): Document {
  const parsed = new DOMParser().parseFromString(readFileSync(`tests/fixtures/screen/${name}.html`, 'utf8'), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document;
}

const byId = (doc: Document, id: string): Element => {
  const el = doc.getElementById(id);
  if (el === null) throw new Error(`fixture lost #${id}`);
  return el;
};

/** Hidden by us: the element or an ancestor carries the mark. */
const hidden = (el: Element): string | null => el.closest(`[${MARKS.hidden}]`)?.getAttribute(MARKS.hidden) ?? null;

describe('page rules', () => {
  it.each(PAGE_RULES.map((r) => [r.id]))('%s has its fixture page', (id) => {
    expect(readFileSync(`tests/fixtures/screen/${id}.html`, 'utf8')).toContain('Modelled on');
  });
});

describe('regions and fixed boxes', () => {
  it('hides the masthead, the boxes over the page and the ad label, and keeps the story with its headline, byline and picture', () => {
    const doc = page('fixed-box');
    const state = declutter(doc, new Set(), () => false);
    expect(state.analysis.isArticle).toBe(true);
    for (const id of ['headline', 'byline', 'lead']) expect(hidden(byId(doc, id)), id).toBeNull();
    for (const p of doc.querySelectorAll('#story p:not(.byline)')) expect(hidden(p), p.textContent).toBeNull();
    // Beside the article's path: the masthead before it, the newsletter bar and the consent dialog after it.
    for (const id of ['newsletter', 'backdrop', 'consent']) expect(hidden(byId(doc, id)), id).not.toBeNull();
    expect(byId(doc, 'backdrop').getAttribute(MARKS.hidden)).toBe(OUTSIDE_ARTICLE.id);
    expect(hidden(doc.querySelector('.masthead') ?? doc.body)).not.toBeNull();
    // Inside the story's container: a floating player and a sticky share rail hold no article text.
    expect(hidden(byId(doc, 'player'))).toBe(FIXED_BOX.id);
    expect(hidden(byId(doc, 'share'))).toBe(FIXED_BOX.id);
    expect(hidden(byId(doc, 'ad-label'))).toBe('ad-slot');
    expect(hidden(byId(doc, 'inline-ad'))).toBe('ad-slot');
    const report = buildReport(doc, state.analysis, true, state.hidden, state.userHits, state.slots, state);
    expect(report.hidden.find((h) => h.target === 'regions')?.text).toMatch(/^\d+ page regions? around the article$/);
    expect(report.hidden.find((h) => h.target === 'boxes')).toMatchObject({ ruleId: FIXED_BOX.id, text: '2 fixed or sticky boxes over the page' });
    expect(report.hidden.some((h) => h.target === 'scroll-lock')).toBe(false);
  });

  it('undoes an overlay\'s scroll lock while on, and toggling off restores the page exactly', () => {
    const doc = page('scroll-lock');
    const before = doc.documentElement.outerHTML;
    const state = declutter(doc, new Set(), () => false);
    expect(hidden(byId(doc, 'wall'))).not.toBeNull();
    expect(doc.body.hasAttribute(MARKS.unlock)).toBe(true);
    const report = buildReport(doc, state.analysis, true, state.hidden, state.userHits, state.slots, state);
    expect(report.hidden.find((h) => h.target === 'scroll-lock')).toMatchObject({ ruleId: SCROLL_LOCK.id });
    // A second pass (late content) keeps the unlock and the boxes though both are now hidden by us.
    const again = declutter(doc, state.marked, () => false);
    expect(again.locks).toEqual([doc.body]);
    expect(again.boxes).toEqual(state.boxes);
    restore(doc, again.analysis, again.marked);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves a page with no scroll lock unmarked', () => {
    const doc = page('fixed-box');
    const state = declutter(doc, new Set(), () => false);
    expect(state.locks).toEqual([]);
    expect(doc.documentElement.hasAttribute(MARKS.unlock) || doc.body.hasAttribute(MARKS.unlock)).toBe(false);
  });
});
