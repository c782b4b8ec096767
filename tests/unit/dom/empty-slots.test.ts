// Ad slots that hold no text (an iframe or a picture only): hidden by their
// name, reported as one entry, and given back exactly when declutter is off.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentToBlocks } from '../../../src/adapters/dom/index.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { declutter, restore } from '../../../src/content/declutter.ts';
import { buildReport } from '../../../src/content/report.ts';
import { inAnyLanguage } from '../any-language.ts';

const SEED = readFileSync('tests/fixtures/pages/kerry-iraq-independent.html', 'utf8');

/** The seed page (which has one empty ad slot, #mpu-ad) with more around and inside its article, and look-alikes
 * that are no ads; in the test's own document, which has a location to report. */
function page(): Document {
  const html = SEED.replace('<body class="articlePage">', '$&<div class="ad-wrapper" id="top"><div class="dfp-leaderboard"><iframe title="ad"></iframe></div></div>')
    .replace('<div class="articleContent" id="article">', '$&<div class="advertisement" id="inline"><img alt="" src="data:,"></div>'
      + '<div class="ad-free-image" id="photo"><img alt="Kerry in Cairo" src="data:,"></div><div class="load-more" id="load"></div>');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document;
}

describe('empty ad slots', () => {
  it('are found by name, only where the name says ad slot', () => {
    const doc = page();
    const { input, containerElements } = documentToBlocks(doc);
    const ids = runEngine(inAnyLanguage(input)).emptySlots.map((s) => containerElements[s.container]?.id || containerElements[s.container]?.className);
    expect(ids).toEqual(['top', 'dfp-leaderboard', 'inline', 'mpu-ad']);
  });

  it('are hidden outermost first (outside the article too, inside their region), reported as one entry, and restored exactly', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const marked = new Set<Element>();
    const state = declutter(doc, marked, () => false);
    expect(doc.getElementById('top')?.getAttribute('data-declutter-hidden')).toBe('ad-slot');
    expect(doc.querySelector('.dfp-leaderboard')?.hasAttribute('data-declutter-hidden')).toBe(false);
    expect(doc.getElementById('inline')?.getAttribute('data-declutter-hidden')).toBe('ad-slot');
    expect(doc.getElementById('photo')?.hasAttribute('data-declutter-hidden')).toBe(false);
    const report = buildReport(doc, state.analysis, true, state.hidden, state.userHits, state.slots, state);
    const entry = report.hidden.find((h) => h.target === 'empty-slots');
    expect(entry).toMatchObject({ ruleId: 'ad-slot', kind: 'ad', text: '3 empty ad slots' });
    expect(report.hiddenTotal).toBe(state.hidden.length + 3 + state.regions.length);
    restore(doc, state.analysis, state.marked);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
