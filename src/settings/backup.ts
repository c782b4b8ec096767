// The settings file: what export writes and import accepts. Pure, so it is
// tested without a browser; store.ts moves it in and out of storage.
// Import validates the whole file first: a file with any field missing or of
// the wrong type is refused with the reason, and nothing changes.
import { siteOf } from './sites.ts';

export interface Settings { userRules: string; autoSites: string[]; exceptions: Record<string, string[]> }

const FORMAT = 'declutter-settings';
const VERSION = 1;
/** Far above any real export (sync holds 100 KB); a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, ...settings }, null, 2);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 60));

function stringList(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) throw new Error(`"${field}" must be a list.`);
  v.forEach((x, i) => { if (typeof x !== 'string') throw new Error(`"${field}" item ${i + 1} is not text: ${quote(x)}.`); });
  return v as string[];
}

function sites(v: unknown): string[] {
  const list = stringList(v, 'autoSites');
  const bad = list.find((s) => siteOf(s) !== s);
  if (bad !== undefined) throw new Error(`"autoSites" holds ${quote(bad)}, which is not a site (like https://example.com).`);
  return list;
}

function exceptions(v: unknown): Record<string, string[]> {
  if (!isRecord(v)) throw new Error('"exceptions" must be an object of sites and their blocks.');
  return Object.fromEntries(Object.entries(v).map(([host, keys]) => [host, stringList(keys, `exceptions.${host}`)]));
}

/** Checks an imported file's whole shape; throws a message fit for the reader. */
export function parseImport(text: string): Settings {
  if (text.length > MAX_IMPORT_BYTES) throw new Error('That file is too big to be a Declutter settings export.');
  let data: unknown;
  try { data = JSON.parse(text); } catch { throw new Error('That file is not JSON.'); }
  if (!isRecord(data) || data.format !== FORMAT) throw new Error('That file is not a Declutter settings export.');
  if (data.version !== VERSION) {
    throw new Error(typeof data.version === 'number' && data.version > VERSION
      ? `That file comes from a newer Declutter (settings version ${data.version}); update Declutter to import it.`
      : `That file has an unknown settings version (${quote(data.version)}).`);
  }
  if (typeof data.userRules !== 'string') throw new Error('"userRules" must be text.');
  return { userRules: data.userRules, autoSites: sites(data.autoSites), exceptions: exceptions(data.exceptions) };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const ruleLines = (text: string): number => text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('!')).length;

/** What importing `next` over `current` replaces, in a sentence the reader confirms before anything changes. */
export function describeImport(current: Settings, next: Settings): string {
  const dropped = current.autoSites.filter((s) => !next.autoSites.includes(s));
  const parts = [
    `your ${count(ruleLines(current.userRules), 'rule', 'rules')} with ${count(ruleLines(next.userRules), 'rule', 'rules')}`,
    `your ${count(current.autoSites.length, 'always-decluttered site', 'always-decluttered sites')} with ${count(next.autoSites.length, 'site', 'sites')}`,
    `blocks shown again on ${count(Object.keys(current.exceptions).length, 'site', 'sites')} with those on ${count(Object.keys(next.exceptions).length, 'site', 'sites')}`,
  ];
  const stops = dropped.length === 0 ? '' : ` ${dropped.join(', ')} will no longer be decluttered automatically, and Declutter gives back its access to ${dropped.length === 1 ? 'it' : 'them'}.`;
  return `Importing replaces ${parts.join('; ')}.${stops}`;
}
