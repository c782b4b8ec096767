// The built extension on the seed page and friends, in real Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, marksOf, serve, type BrowserName, type Served, type Session } from './harness.ts';
import { groupCount, openWithPopup, toggle, visible } from './pages.ts';

const SEED = '/pages/kerry-iraq-independent.html';
const SEED_TXT = '/pages/kerry-iraq-independent.txt';
const HOMEPAGE = '<!doctype html><title>Valley Courier</title><ul>' +
  Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the valley</a></li>`).join('') + '</ul>';

const DATED = `<!doctype html><title>Council approves flood wall | Valley Courier</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves flood wall","datePublished":"2023-12-22T22:10:00-05:00","author":{"@type":"Person","name":"Kent German"}}</script>
<article><h1>Council approves flood wall</h1>${[1, 2, 3, 4].map((n) => `<p>The council said on Tuesday that the work on the flood wall would begin in the spring and take about eighteen months (${n}).</p>`).join('')}</article>`;

/** The README's pictures, taken from the real extension: the popup at 400 px and the decluttered page. */
async function screenshots(name: BrowserName, page: Page, popup: Page): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await popup.bringToFront();
  await popup.setViewport({ width: 400, height: 760 });
  await popup.$eval('#speakers details', (d) => { (d).open = true; });
  await popup.screenshot({ path: `docs/screenshots/popup-${name}.png` });
  await page.bringToFront();
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluate(() => { window.scrollTo(0, 0); });
  await page.screenshot({ path: `docs/screenshots/page-${name}.png` });
}

describe.each<BrowserName>(['chrome', 'firefox'])('%s: declutter', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => {
    site = await serve({ '/home.html': { body: HOMEPAGE }, '/dated.html': { body: DATED } });
    session = await launch(name);
  });
  afterAll(async () => { await session.close(); await site.close(); });

  it('hides the seed page furniture, keeps every paragraph, and restores the page exactly', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED);
    await page.evaluate(() => { window.scrollTo(0, 300); });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await toggle(popup, true);
    const marks = await marksOf(page);
    expect(marks.root).toMatch(/^data-[a-z]{10}$/); // the session's name, not one a page could target ahead of time
    expect(await page.evaluate(() => [...document.documentElement.attributes].some((a) => a.name.startsWith('data-declutter')))).toBe(false);
    for (const snippet of ['PROMOTED VIDEO', 'iJobs Job Widget', 'Up to 70% off luxury travel', 'Day In a Page', 'Senior C++ Developer']) {
      expect(await visible(page, snippet), snippet).toBe(false);
    }
    for (const snippet of ['US Secretary of State John Kerry said Sunday', 'His talks with Jordan', 'It may be that there are ways']) {
      expect(await visible(page, snippet), snippet).toBe(true);
    }
    const rules = await page.evaluate((a) => [...document.querySelectorAll(`[${a}]`)].map((e) => e.getAttribute(a)), marks.hidden);
    expect(rules).toEqual(expect.arrayContaining(['promoted-label', 'job-widget', 'shop-offer', 'related-label']));
    // An ad slot holding only its frame, no text, goes by its name.
    expect(await page.evaluate((a) => { const e = document.getElementById('mpu-ad'); return e && [e.getAttribute(a), getComputedStyle(e).display]; }, marks.hidden)).toEqual(['ad-slot', 'none']);
    expect(await groupCount(popup, 'ad')).toBe(1);
    expect(await popup.$eval('#headline', (e) => e.textContent)).toBe("US will support Iraq but won't send in troops, says John Kerry");
    // No declared date: the day by the byline ("Sunday 05 January 2014"), in the browser's locale.
    const seedDay = await popup.evaluate(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2014, 0, 5))));
    expect(await popup.$eval('#byline', (e) => [e.textContent, (e as HTMLElement).hidden])).toEqual([`By AP · ${seedDay} · 3 min read`, false]);
    expect(await groupCount(popup, 'job-widget')).toBeGreaterThan(0);
    const speakers = await popup.$$eval('#speakers > li', (items) => items.map((li) => li.querySelector('summary')?.textContent ?? ''));
    expect(speakers).toEqual(['John Kerry US Secretary of State · 8 quotes']);
    expect(await popup.$eval('#summary', (e) => e.textContent)).toMatch(/militants/);

    await toggle(popup, false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await popup.close(); await page.close();
  });

  it('hides a promo, a box beside the article and an empty ad slot inserted after declutter was turned on', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED);
    await toggle(popup, true);
    const { hidden } = await marksOf(page);
    await page.bringToFront(); // the reader is looking at the page (background tabs have their timers throttled)
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'late';
      // eslint-disable-next-line no-restricted-syntax -- this is the test page's own script inserting a widget
      box.innerHTML = '<h3>Sponsored stories</h3><ul><li><a href="/x">You will not believe these ten gadgets</a></li></ul>';
      document.getElementById('article')?.append(box);
      // Beside the article's container, whatever it holds goes with the page around the story.
      const beside = document.createElement('div');
      beside.id = 'late-beside';
      beside.textContent = 'A late box of any kind next to the article';
      document.getElementById('main')?.append(beside);
    });
    await page.waitForFunction((a) => document.getElementById('late')?.hasAttribute(a) === true, { timeout: 5000 }, hidden);
    expect(await page.$eval('#late', (e, a) => e.getAttribute(a), hidden)).toBe('promoted-label');
    expect(await page.$eval('#late-beside', (e, a) => e.getAttribute(a), hidden)).toBe('outside-article');
    // An ad slot with nothing but its frame, arriving late, goes by its name.
    await page.evaluate(() => {
      const slot = document.createElement('div');
      slot.id = 'late-ad';
      slot.className = 'ad-container';
      slot.append(document.createElement('iframe'));
      document.getElementById('article')?.append(slot);
    });
    await page.waitForFunction((a) => document.getElementById('late-ad')?.getAttribute(a) === 'ad-slot', { timeout: 5000 }, hidden);
    await popup.bringToFront();
    await toggle(popup, false);
    expect(await page.$$eval(`[${hidden}]`, (els) => els.length)).toBe(0);
    await popup.close(); await page.close();
  });

  it('declutters a saved .txt article shown as plain text', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED_TXT);
    await toggle(popup, true);
    const marks = await marksOf(page);
    expect(await visible(page, 'iJobs Job Widget')).toBe(false);
    expect(await visible(page, 'Up to 70% off luxury travel')).toBe(false);
    expect(await visible(page, 'US Secretary of State John Kerry said Sunday')).toBe(true);
    expect(await visible(page, 'AP')).toBe(true);
    await toggle(popup, false);
    expect(await page.$$eval(`[${marks.view}], [${marks.hidden}]`, (els) => els.length)).toBe(0);
    await popup.close(); await page.close();
  });

  it('saves screenshots of the popup and the decluttered page for the README', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED);
    await toggle(popup, true);
    await screenshots(name, page, popup);
    expect(existsSync(`docs/screenshots/popup-${name}.png`)).toBe(true);
    await popup.close(); await page.close();
  });

  it('shows the byline and the published day under the headline, the day in the reader\'s locale', async () => {
    const { page, popup } = await openWithPopup(session, site, '/dated.html');
    const line = await popup.$eval('#byline', (e) => e.textContent);
    const day = await popup.evaluate(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2023, 11, 22))));
    expect(line).toBe(`By Kent German · ${day} · 1 min read`); // the day the page shows (22nd, New York), not the UTC day of the timestamp (23rd)
    await popup.close(); await page.close();
  });

  it('says "No article found" on a homepage and hides nothing', async () => {
    const { page, popup } = await openWithPopup(session, site, '/home.html');
    expect(await popup.$eval('#status', (e) => e.textContent)).toBe('No article found on this page.');
    await toggle(popup, true);
    expect(await page.$$eval(`[${(await marksOf(page)).hidden}]`, (els) => els.length)).toBe(0);
    await popup.close(); await page.close();
  });
});
