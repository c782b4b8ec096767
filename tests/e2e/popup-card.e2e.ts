// The popup as a reader's card, on a real corpus page (scrapinghub 833caf3b, a
// wire story with officials quoted) in Chromium and Firefox: the headline once,
// each speaker's role apart from the name, hidden blocks grouped by kind and
// collapsed, a quote that scrolls the page to it and highlights it until the
// popup closes, the dark scheme, and the page restored exactly. Also takes the
// README's screenshots of the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, openPopup, serve, tabIdOf, type BrowserName, type Served, type Session } from './harness.ts';
import { toggle } from './pages.ts';
import { readPage, SAMPLE } from '../../scripts/eval/corpus.ts';

const PAGE_ID = '833caf3b';
const corpusPage = (() => {
  const sample = readPage(SAMPLE.dir, 'scrapinghub', '833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730');
  if (sample === null) throw new Error(`tests/corpus/scrapinghub/${PAGE_ID}… is missing`);
  return sample;
})();

/** How many times the text occurs in what the popup shows. */
const occurrences = (popup: Page, text: string): Promise<number> =>
  popup.evaluate((s) => document.body.innerText.split(s).length - 1, text);

const highlights = (page: Page): Promise<number> => page.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? -1);

async function open(session: Session, site: Served): Promise<{ page: Page; popup: Page }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(`${site.origin}/story/`);
  const popup = await openPopup(session, await tabIdOf(session, `${site.origin}/story/`));
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…');
  return { page, popup };
}

describe.each<BrowserName>(['chrome', 'firefox'])('%s: the reader\'s card', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => {
    // The page's own scripts left out: they fetch ad and analytics code from hosts this machine cannot reach, and Firefox
    // once rejected the next navigation in the same session while they failed ("Address rejected"). The card reads the markup.
    site = await serve({ '/story/': { body: corpusPage.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '') } });
    session = await launch(name);
  });
  afterAll(async () => { await session.close(); await site.close(); });

  it('shows the headline once, roles apart from names, and the hidden blocks grouped and collapsed', async () => {
    const { page, popup } = await open(session, site);
    const headline = await popup.$eval('#headline', (e) => e.textContent);
    expect(headline).toMatch(/World Community Lashes Out/);
    expect(await occurrences(popup, headline)).toBe(1);
    const speakers = await popup.$$eval('#speakers > li summary', (ss) => ss.map((s) => [s.querySelector('.name')?.textContent, s.querySelector('.role')?.textContent ?? null]));
    expect(speakers).toContainEqual(['Mike Pompeo', 'US Secretary of State']);
    for (const [person, role] of speakers) if (role !== null) expect(person).not.toContain(role);

    await toggle(popup, true);
    const groups = await popup.$$eval('#hidden-list > li > details', (ds) => ds.map((d) => [d.dataset.kind, d.open, d.querySelector('.chip')?.textContent]));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every(([, open]) => open === false)).toBe(true);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1100); // about one screen until the reader expands something (it was 5,112 px on a long page)
    await popup.click('#hidden-list > li > details > summary');
    expect(await popup.$eval('#hidden-list > li > details', (d) => d.open && d.querySelectorAll('.entries > li').length > 0)).toBe(true);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await toggle(popup, false);
    await popup.close(); await page.close();
  });

  it('scrolls to a quote and highlights it, by keyboard; the highlight goes with the popup and the page is as it was', async () => {
    const { page, popup } = await open(session, site);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.focus('#speakers > li summary');
    await popup.keyboard.press('Enter');
    await popup.focus('#speakers button.quote');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('button.quote')?.getAttribute('aria-pressed') === 'true');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await highlights(page)).toBe(1);
    await popup.close();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('takes the highlight away when declutter turns off', async () => {
    const { page, popup } = await open(session, site);
    await toggle(popup, true);
    await popup.click('#speakers > li summary');
    await popup.click('#speakers button.quote');
    await popup.waitForFunction(() => document.querySelector('button.quote')?.getAttribute('aria-pressed') === 'true');
    expect(await highlights(page)).toBe(1);
    await toggle(popup, false);
    expect(await highlights(page)).toBe(0);
    await popup.close(); await page.close();
  });

  it('is light in a light system, and saves the card for the README', async () => {
    const { page, popup } = await open(session, site);
    expect(await popup.evaluate(backgroundLuminance)).toBeGreaterThan(0.8);
    await popup.click('#speakers > li summary');
    mkdirSync('docs/screenshots', { recursive: true });
    await popup.screenshot({ path: `docs/screenshots/card-${name}.png`, fullPage: true });
    await popup.close(); await page.close();
  });

  it('is dark in a dark system', async () => {
    const dark = await launch(name, { dark: true });
    try {
      const { page, popup } = await open(dark, site);
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await popup.evaluate(backgroundLuminance)).toBeLessThan(0.2);
      await popup.click('#speakers > li summary');
      await popup.screenshot({ path: `docs/screenshots/card-${name}-dark.png`, fullPage: true });
      await popup.close(); await page.close();
    } finally { await dark.close(); }
  });
});

/** The popup's background, 0 (black) to 1 (white): the mean of its sRGB channels. */
function backgroundLuminance(): number {
  const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
  return (r + g + b) / (3 * 255);
}
