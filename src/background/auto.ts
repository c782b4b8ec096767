// "Always declutter this site": when a page of a chosen site finishes loading,
// and the reader still grants the extension that site, declutter it at once.
import browser from 'webextension-polyfill';
import { isAutoSite } from '../settings/store.ts';
import { siteOf } from '../settings/sites.ts';

async function isAutoPage(url: string): Promise<boolean> {
  const site = siteOf(url);
  return site !== null && isAutoSite(site);
}

export function watchAutoSites(declutter: (tabId: number) => Promise<unknown>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || tab.url === undefined) return;
    void isAutoPage(tab.url).then((auto) => (auto ? declutter(tabId) : undefined)).catch((error: unknown) => {
      console.warn('[Declutter] could not declutter an always-on site.', error);
    });
  });
}
