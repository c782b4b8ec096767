// The settings file: what export writes and import accepts. Pure, so it is
// tested without a browser; store.ts moves it in and out of storage.sync.

export interface Settings { userRules: string; autoSites: string[]; exceptions: Record<string, string[]> }

const FORMAT = 'declutter-settings';

export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

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

