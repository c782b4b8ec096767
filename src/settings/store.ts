// Settings in storage.sync: user rules (text, as written), sites that are
// decluttered automatically (origins), and blocks shown again (per host, see
// content/exceptions.ts). Export and import move all of them as one JSON file.
import browser from 'webextension-polyfill';

import { AUTO_KEY, EXCEPTIONS_PREFIX, RULES_KEY } from './keys.ts';

const FORMAT = 'declutter-settings';

export interface Settings { userRules: string; autoSites: string[]; exceptions: Record<string, string[]> }

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function loadSettings(): Promise<Settings> {
  const all = await browser.storage.sync.get(null);
  const exceptions: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(EXCEPTIONS_PREFIX)) exceptions[key.slice(EXCEPTIONS_PREFIX.length)] = strings(value);
  return { userRules: typeof all[RULES_KEY] === 'string' ? all[RULES_KEY] : '', autoSites: strings(all[AUTO_KEY]), exceptions };
}

export async function saveRules(text: string): Promise<void> {
  await browser.storage.sync.set({ [RULES_KEY]: text });
}

export async function setAutoSite(origin: string, on: boolean): Promise<string[]> {
  const sites = new Set((await loadSettings()).autoSites);
  if (on) sites.add(origin); else sites.delete(origin);
  await browser.storage.sync.set({ [AUTO_KEY]: [...sites] });
  return [...sites];
}

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: FORMAT, version: 1, ...settings }, null, 2);
}

/** Checks an imported file's shape; throws a message fit for the reader. */
export function parseImport(text: string): Settings {
  let data: unknown;
  try { data = JSON.parse(text); } catch { throw new Error('That file is not JSON.'); }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) {
    throw new Error('That file is not a Declutter settings export.');
  }
  const d = data as Record<string, unknown>;
  const exceptions: Record<string, string[]> = {};
  if (typeof d.exceptions === 'object' && d.exceptions !== null) {
    for (const [host, keys] of Object.entries(d.exceptions)) exceptions[host] = strings(keys);
  }
  return { userRules: typeof d.userRules === 'string' ? d.userRules : '', autoSites: strings(d.autoSites), exceptions };
}

export async function importSettings(settings: Settings): Promise<void> {
  const entries: Record<string, unknown> = { [RULES_KEY]: settings.userRules, [AUTO_KEY]: settings.autoSites };
  for (const [host, keys] of Object.entries(settings.exceptions)) entries[EXCEPTIONS_PREFIX + host] = keys;
  await browser.storage.sync.set(entries);
}
