import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, serve, tabIdOf, type BrowserName, type Served, type Session } from './harness.ts';

const THROWING_PAGE = `<!doctype html><title>Hostile page</title>
<script>Object.defineProperty(Document.prototype, 'title', { get() { throw new Error('boom'); } });</script>
<p id="x">This page breaks document.title for everyone.</p>`;

describe.each<BrowserName>(['chrome', 'firefox'])('%s: smoke', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => {
    site = await serve({
      '/smoke.html': { body: '<!doctype html><title>Smoke test page</title><p>Hello from a local page.</p>' },
      '/throws.html': { body: THROWING_PAGE },
    });
    session = await launch(name);
  });
  afterAll(async () => {
    await session.close();
    await site.close();
  });

  it('runs the content script on a page and names the page in the popup', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.origin}/smoke.html`);
    const popup = await openPopup(session, await tabIdOf(session, `${site.origin}/smoke.html`));
    await popup.waitForFunction(() => document.getElementById('headline')?.textContent === 'Smoke test page');
    expect(await popup.$eval('#toggle', (el) => (el as HTMLInputElement).disabled)).toBe(false);
    await popup.close();
    await page.close();
  });

  it('is not affected by a page that overrides DOM prototypes, and leaves it untouched', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.origin}/throws.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopup(session, await tabIdOf(session, `${site.origin}/throws.html`));
    // The content script lives in an isolated world: the page's override cannot reach it.
    await popup.waitForFunction(() => document.getElementById('headline')?.textContent === 'Hostile page');
    expect(await page.evaluate(() => document.getElementById('x')?.textContent)).toContain('breaks document.title');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });
});
