import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, marksOf, openPopup, serve, tabIdOf, type BrowserName, type Served, type Session } from './harness.ts';
import { openWithPopup, toggle, visible } from './pages.ts';

const THROWING_PAGE = `<!doctype html><title>Hostile page</title>
<script>Object.defineProperty(Document.prototype, 'title', { get() { throw new Error('boom'); } });</script>
<p id="x">This page breaks document.title for everyone.</p>`;

// A German story with a teaser rail under a German heading: its function words and the heading come from the
// language data the background injects with the content script (content/language-data-script.ts).
const PARAGRAPH = 'Die Regierung hat am Montag beschlossen, dass die Steuer auf Benzin nicht erhöht wird, und der Minister sagte, er sei mit dem Ergebnis der Verhandlungen zufrieden, auch wenn noch viel zu tun sei.';
const GERMAN_PAGE = `<!doctype html><html lang="de"><title>Steuer bleibt</title><body><main><h1>Die Steuer bleibt, wie sie ist</h1>
${Array.from({ length: 5 }, () => `<p>${PARAGRAPH}</p>`).join('')}
<p id="p7">Lesen Sie auch:</p><p><a href="/a">Neue Brücke über den Rhein wird im Frühjahr eröffnet</a></p><p><a href="/b">Streit um Parkplätze in der Altstadt geht weiter</a></p></main></body></html>`;

describe.each<BrowserName>(['chrome', 'firefox'])('%s: smoke', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => {
    site = await serve({
      '/smoke.html': { body: '<!doctype html><title>Smoke test page</title><p>Hello from a local page.</p>' },
      '/throws.html': { body: THROWING_PAGE },
      '/de.html': { body: GERMAN_PAGE },
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

  it('reads a German page with the injected language data: its rail heading hides the rail', async () => {
    const { page, popup } = await openWithPopup(session, site, '/de.html');
    await toggle(popup, true);
    const { hidden } = await marksOf(page);
    expect(await page.$eval('#p7', (el, attr) => el.getAttribute(attr), hidden)).toBe('related-label');
    expect(await visible(page, 'Lesen Sie auch')).toBe(false);
    expect(await visible(page, 'Neue Brücke über den Rhein')).toBe(false);
    expect(await visible(page, 'Die Regierung hat am Montag beschlossen')).toBe(true);
    await toggle(popup, false);
    expect(await visible(page, 'Lesen Sie auch')).toBe(true);
    await popup.close();
    await page.close();
  });
});
