// Settings in storage: user rules (text, as written, in sync chunks: see
// rules-chunks.ts) and sites decluttered automatically (origins) in
// storage.sync; blocks shown again (per host, see content/exceptions.ts) in
// storage.local. Export and import move all of them as one JSON file.
// Every storage error reaches the caller, which shows it.
import browser from 'webextension-polyfill';
import { AUTO_KEY, EXCEPTIONS_PREFIX } from './keys.ts';
import { strings, type Settings } from './backup.ts';
import { hostPattern } from './sites.ts';
import { rulesItems, rulesText, staleChunkKeys } from './rules-chunks.ts';

export type { Settings } from './backup.ts';
export { describeImport, exportSettings, parseImport } from './backup.ts';

function storedExceptions(all: Record<string, unknown>): Record<string, string[]> {
  const exceptions: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(EXCEPTIONS_PREFIX)) exceptions[key.slice(EXCEPTIONS_PREFIX.length)] = strings(value);
  return exceptions;
}

const readAll = async (): Promise<[Record<string, unknown>, Record<string, unknown>]> =>
  Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);

const settingsFrom = (sync: Record<string, unknown>, local: Record<string, unknown>): Settings =>
  ({ userRules: rulesText(sync), autoSites: strings(sync[AUTO_KEY]), exceptions: storedExceptions(local) });

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(...await readAll());
}

/** Writes the rules text with `more` sync items, then removes the chunks a longer text left; throws, changing
 * nothing, when sync cannot hold it. `stored` is what sync holds now, when the caller has read it. */
async function writeRules(text: string, more: Record<string, unknown> = {}, stored?: Record<string, unknown>): Promise<void> {
  const { items } = rulesItems(text);
  const stale = staleChunkKeys(stored ?? await browser.storage.sync.get(null), items);
  await browser.storage.sync.set({ ...items, ...more });
  if (stale.length > 0) await browser.storage.sync.remove(stale);
}

export async function saveRules(text: string): Promise<void> {
  await writeRules(text);
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

/** Gives back access asked for a site; access granted at install cannot be given back and stays. */
const giveBack = async (site: string): Promise<unknown> => browser.permissions.remove({ origins: [hostPattern(site)] }).catch(() => false);

/** Stops deciding for a site and gives its access back. */
export async function forgetAutoSite(site: string): Promise<void> {
  await setAutoSite(site, false);
  await giveBack(site);
}

/** Replaces every setting with `next`: rules and sites first (sync may refuse them, and then nothing else changes),
 * then the blocks shown again; sites no longer listed give their access back. */
export async function importSettings(next: Settings): Promise<void> {
  const [sync, local] = await readAll();
  const current = settingsFrom(sync, local);
  await writeRules(next.userRules, { [AUTO_KEY]: next.autoSites }, sync);
  const exceptionItems = Object.fromEntries(Object.entries(next.exceptions).map(([host, keys]) => [EXCEPTIONS_PREFIX + host, keys]));
  const goneHosts = Object.keys(current.exceptions).filter((h) => !(h in next.exceptions)).map((h) => EXCEPTIONS_PREFIX + h);
  await browser.storage.local.set(exceptionItems);
  if (goneHosts.length > 0) await browser.storage.local.remove(goneHosts);
  await Promise.all(current.autoSites.filter((s) => !next.autoSites.includes(s)).map(giveBack));
}
