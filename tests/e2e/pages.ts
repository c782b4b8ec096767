// What the browser suites do to a page and its popup, in one place: open a
// page with the popup aimed at its tab, flip the switch, ask what a reader sees.
import type { Page } from 'puppeteer-core';
import { openExtensionPage, openPopup, tabIdOf, type Served, type Session } from './harness.ts';

/** Opens `path` in a tab and the popup for that tab, once the popup has its first answer. */
export async function openWithPopup(session: Session, site: Served, path: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.browser.newPage();
  await page.goto(site.origin + path);
  const popup = await openPopup(session, await tabIdOf(session, site.origin + path));
  await popup.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…');
  return { page, popup };
}

/** Clicks the switch and waits until the popup has rendered the page's answer. */
export async function toggle(popup: Page, on: boolean): Promise<void> {
  await popup.click('#toggle');
  await popup.waitForFunction((want) => document.getElementById('app')?.dataset.on === String(want), {}, on);
}

/** Whether some visible text node on the page contains the snippet. */
export const visible = (page: Page, snippet: string): Promise<boolean> => page.evaluate((s) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.includes(s) === true && n.parentElement?.checkVisibility() === true) return true;
  }
  return false;
}, snippet);

/** Types `text` into the options page's rules box and saves it; returns the options page. */
export async function saveRules(session: Session, text: string): Promise<Page> {
  const options = await openExtensionPage(session, 'src/options/options.html');
  // The rules box is read-only until the stored rules are loaded into it.
  await options.waitForFunction(() => (document.getElementById('rules') as HTMLTextAreaElement | null)?.readOnly === false);
  await options.$eval('#rules', (el, value) => { (el as HTMLTextAreaElement).value = value; }, text);
  await options.click('#save');
  await options.waitForFunction(() => (document.getElementById('rules-status')?.textContent ?? '') !== '');
  return options;
}

/** The count the popup shows for a kind of hidden block (its group's line), or null when there is no such group. */
export const groupCount = (popup: Page, kind: string): Promise<number | null> => popup.evaluate((k) => {
  const chip = document.querySelector(`#hidden-list details[data-kind="${k}"] > summary .chip`);
  return chip === null ? null : Number(chip.textContent);
}, kind);
