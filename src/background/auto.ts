// "Always declutter this site": when a page of a chosen site finishes loading,
// and the reader still grants the extension that site, declutter it at once.
import browser from 'webextension-polyfill';
import { loadSettings } from '../settings/store.ts';
import { hostPattern, siteOf } from '../settings/sites.ts';

export async function isAutoSite(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (site === null || !(await loadSettings()).autoSites.includes(site)) return false;
  return browser.permissions.contains({ origins: [hostPattern(site)] });
}

export function watchAutoSites(declutter: (tabId: number) => Promise<unknown>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || tab.url === undefined) return;
    void isAutoSite(tab.url).then((auto) => (auto ? declutter(tabId) : undefined)).catch((error: unknown) => {
      console.warn('[Declutter] could not declutter an always-on site.', error);
    });
  });
}
