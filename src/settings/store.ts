// Settings in storage.sync: user rules (text, as written), sites that are
// decluttered automatically (origins), and blocks shown again (per host, see
// content/exceptions.ts). Export and import move all of them as one JSON file.
import browser from 'webextension-polyfill';
import { AUTO_KEY, EXCEPTIONS_PREFIX, RULES_KEY } from './keys.ts';
import { strings, type Settings } from './backup.ts';
import { hostPattern } from './sites.ts';

export type { Settings } from './backup.ts';
export { exportSettings, parseImport } from './backup.ts';

export async function loadSettings(): Promise<Settings> {
  const all = await browser.storage.sync.get(null);
  const exceptions: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(EXCEPTIONS_PREFIX)) exceptions[key.slice(EXCEPTIONS_PREFIX.length)] = strings(value);
  return { userRules: typeof all[RULES_KEY] === 'string' ? all[RULES_KEY] : '', autoSites: strings(all[AUTO_KEY]), exceptions };
}

export async function saveRules(text: string): Promise<void> {
  await browser.storage.sync.set({ [RULES_KEY]: text });
}

/** Only the always-on sites: the background asks on every page load, so it reads one key, not all settings. */
async function loadAutoSites(): Promise<string[]> {
  return strings((await browser.storage.sync.get(AUTO_KEY))[AUTO_KEY]);
}

export async function setAutoSite(site: string, on: boolean): Promise<string[]> {
  const sites = new Set(await loadAutoSites());
  if (on) sites.add(site); else sites.delete(site);
  await browser.storage.sync.set({ [AUTO_KEY]: [...sites] });
  return [...sites];
}

/** The reader chose the site and the browser still grants the extension access to it. */
export async function isAutoSite(site: string): Promise<boolean> {
  return (await loadAutoSites()).includes(site) && browser.permissions.contains({ origins: [hostPattern(site)] });
}

/** Stops deciding for a site and gives its access back; access granted at install cannot be given back and stays. */
export async function forgetAutoSite(site: string): Promise<void> {
  await setAutoSite(site, false);
  await browser.permissions.remove({ origins: [hostPattern(site)] }).catch(() => false);
}

export async function importSettings(settings: Settings): Promise<void> {
  const entries: Record<string, unknown> = { [RULES_KEY]: settings.userRules, [AUTO_KEY]: settings.autoSites };
  for (const [host, keys] of Object.entries(settings.exceptions)) entries[EXCEPTIONS_PREFIX + host] = keys;
  await browser.storage.sync.set(entries);
}
