// Clutter that text cannot see, in the real browsers: regions around the
// article, fixed/sticky boxes and an overlay's scroll lock (fixtures in
// tests/fixtures/screen/), and the exact restore when the switch goes off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, marksOf, serve, type BrowserName, type Served, type Session } from './harness.ts';
import { openWithPopup, toggle, visible } from './pages.ts';
import { MIN_BOX_SHARE, readScreen } from '../../scripts/eval/browser-probes.ts';

describe.each<BrowserName>(['chrome', 'firefox'])('%s: what text cannot show', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => { site = await serve(); session = await launch(name); });
  afterAll(async () => { await session.close(); await site.close(); });

  it('hides the masthead, floating player, newsletter bar, consent dialog and ad label; keeps the story whole', async () => {
    const { page, popup } = await openWithPopup(session, site, '/screen/fixed-box.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect((await page.evaluate(readScreen, MIN_BOX_SHARE)).boxes.length).toBeGreaterThanOrEqual(4);
    await toggle(popup, true);
    const { hidden } = await marksOf(page);
    for (const snippet of ['Council votes to close river bridge to cars', 'By Ana Ruiz', 'The bridge opened in 1911.', 'shuttle bus would run every ten minutes']) {
      expect(await visible(page, snippet), snippet).toBe(true);
    }
    for (const snippet of ['We and our partners use cookies', 'Get the Courier in your inbox', 'Article continues below this ad', 'The Valley Courier']) {
      expect(await visible(page, snippet), snippet).toBe(false);
    }
    expect(await page.$eval('#lead img', (e) => e.checkVisibility())).toBe(true);
    const after = await page.evaluate(readScreen, MIN_BOX_SHARE);
    expect(after.boxes).toEqual([]);
    expect(await popup.$$eval('#hidden-list .entries summary', (els) => els.map((e) => e.textContent))).toEqual(
      expect.arrayContaining([expect.stringContaining('fixed or sticky boxes over the page'), expect.stringMatching(/page regions? around the article/)]));
    await toggle(popup, false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect((await page.evaluate(readScreen, MIN_BOX_SHARE)).boxes.length).toBeGreaterThanOrEqual(4);
    // Off, our stylesheet is gone: an element the page itself marks with the session's attribute stays in view.
    await page.evaluate((a) => { document.getElementById('consent')?.setAttribute(a, 'the page'); }, hidden);
    expect(await visible(page, 'We and our partners use cookies')).toBe(true);
    await page.evaluate((a) => { document.getElementById('consent')?.removeAttribute(a); }, hidden);
    // And on again, it is back.
    await toggle(popup, true);
    expect(await visible(page, 'We and our partners use cookies')).toBe(false);
    await toggle(popup, false);
    await popup.close(); await page.close();
  });

  it('lets a page locked by a registration wall scroll while on, and locks it again when off', async () => {
    const { page, popup } = await openWithPopup(session, site, '/screen/scroll-lock.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect((await page.evaluate(readScreen, MIN_BOX_SHARE)).unscrollable).toBe(true);
    await toggle(popup, true);
    const on = await page.evaluate(readScreen, MIN_BOX_SHARE);
    expect(on.unscrollable).toBe(false);
    expect(await visible(page, 'Create a free account to keep reading')).toBe(false);
    await toggle(popup, false);
    expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).toBe('hidden');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close(); await page.close();
  });
});
