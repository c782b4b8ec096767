// The popup's per-site controls: "Always declutter this site" asks the browser
// for that one site's access (inside the click, as browsers require), records
// the choice, and declutters the page now; unticking gives the access back.
import browser from 'webextension-polyfill';
import { forgetAutoSite, isAutoSite, setAutoSite } from '../settings/store.ts';
import { hostPattern, siteOf } from '../settings/sites.ts';
import { byId } from '../shared/dom.ts';
import { t } from '../shared/i18n.ts';


export async function showSiteControls(pageUrl: string, turnOn: () => void): Promise<void> {
  const site = siteOf(pageUrl);
  if (site === null) return;
  const box = byId('always') as HTMLInputElement;
  const status = byId('site-status');
  box.checked = await isAutoSite(site);
  byId('site-row').hidden = false;
  box.addEventListener('change', () => {
    if (box.checked) {
      // permissions.request must run in the click itself, before any await.
      void browser.permissions.request({ origins: [hostPattern(site)] }).then(async (ok) => {
        if (!ok) { box.checked = false; status.textContent = t('siteAccessRefused'); return; }
        await setAutoSite(site, true);
        status.textContent = t('siteAlways', site);
        turnOn();
      }).catch((error: unknown) => {
        box.checked = false;
        status.textContent = t('siteAccessError', error instanceof Error ? error.message : String(error));
      });
    } else {
      // Access the browser will not take back (granted at install) is kept; the choice is what counts.
      forgetAutoSite(site).then(() => {
        status.textContent = t('siteForgotten', site);
      }, (error: unknown) => {
        box.checked = true;
        status.textContent = t('siteAccessError', error instanceof Error ? error.message : String(error));
      });
    }
  });
}
