// The popup as a reader without a mouse uses it, at the 400 px the toolbar
// gives it, in light and dark themes: the switch, the speakers' quotes and
// "Show again" all work from the keyboard, nothing overflows sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, serve, type BrowserName, type Served, type Session } from './harness.ts';
import { openWithPopup, visible } from './pages.ts';

const SEED = '/pages/kerry-iraq-independent.html';

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(popup: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await popup.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await popup.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each<BrowserName>(['chrome', 'firefox'])('%s: popup by keyboard, at 400 px', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => { site = await serve(); session = await launch(name); });
  afterAll(async () => { await session.close(); await site.close(); });

  it('toggles, opens a speaker and shows a hidden block again with the keyboard alone', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED);
    await popup.setViewport({ width: 400, height: 700 });
    expect(await popup.$eval('#toggle', (e) => e.getAttribute('role'))).toBe('switch');
    await tabTo(popup, '#toggle');
    await popup.keyboard.press(' ');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.on === 'true');

    await tabTo(popup, '#speakers summary');
    await popup.keyboard.press('Enter');
    expect(await popup.$eval('#speakers details', (d) => (d).open)).toBe(true);

    // The groups are collapsed; Enter opens the first, then its first block, whose button shows it again.
    expect(await popup.$$eval('#hidden-list > li > details', (ds) => ds.filter((d) => d.open).length)).toBe(0);
    const shown = (await popup.$eval('#hidden-list .entries summary', (s) => s.textContent)).slice(0, 30);
    expect(await visible(page, shown)).toBe(false);
    await tabTo(popup, '#hidden-list > li > details > summary');
    await popup.keyboard.press('Enter');
    await tabTo(popup, '#hidden-list .entries summary');
    await popup.keyboard.press('Enter');
    await tabTo(popup, '#hidden-list .entries button');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction((text) => ![...document.querySelectorAll('#hidden-list .entries summary')].some((s) => s.textContent.startsWith(text)), {}, shown);
    expect(await visible(page, shown)).toBe(true);

    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await popup.close(); await page.close();
  });
});

// Chromium only: Firefox's WebDriver BiDi cannot emulate the colour scheme yet.
describe('chrome: popup theme', () => {
  let site: Served;
  let session: Session;
  beforeAll(async () => { site = await serve(); session = await launch('chrome'); });
  afterAll(async () => { await session.close(); await site.close(); });

  it('follows the light and dark themes', async () => {
    const { page, popup } = await openWithPopup(session, site, SEED);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await background()).toBe('rgb(17, 24, 39)');
    await popup.close(); await page.close();
  });
});
