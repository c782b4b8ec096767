// The settings file: what export writes and import accepts. Pure, so it is
// tested without a browser; store.ts moves it in and out of storage.
// Import validates the whole file first: a file with any field missing or of
// the wrong type is refused with the reason, and nothing changes.
import { siteOf } from './sites.ts';
import { isRuleLine, parseLines, type PatternCompiler, type SelectorCheck } from './rule-syntax.ts';
import { plural, t } from '../shared/i18n.ts';

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
const quote = (v: unknown): string => (v === undefined ? String(v) : JSON.stringify(v).slice(0, 60));

function stringList(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) throw new Error(t('fieldNotList', field));
  v.forEach((x, i) => { if (typeof x !== 'string') throw new Error(t('itemNotText', field, i + 1, quote(x))); });
  return v as string[];
}

function sites(v: unknown): string[] {
  const list = stringList(v, 'autoSites');
  const bad = list.find((s) => siteOf(s) !== s);
  if (bad !== undefined) throw new Error(t('notASite', quote(bad)));
  return list;
}

function exceptions(v: unknown): Record<string, string[]> {
  if (!isRecord(v)) throw new Error(t('exceptionsShape'));
  return Object.fromEntries(Object.entries(v).map(([host, keys]) => [host, stringList(keys, `exceptions.${host}`)]));
}

/** Checks an imported file's whole shape; throws a message fit for the reader. */
export function parseImport(text: string): Settings {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) throw new Error(t('importTooBig')); // bytes, not characters
  let data: unknown;
  try { data = JSON.parse(text); } catch { throw new Error(t('importNotJson')); }
  if (!isRecord(data) || data.format !== FORMAT) throw new Error(t('importNotOurs'));
  if (data.version !== VERSION) {
    throw new Error(typeof data.version === 'number' && data.version > VERSION
      ? t('importNewer', data.version)
      : t('importUnknownVersion', quote(data.version)));
  }
  if (typeof data.userRules !== 'string') throw new Error(t('fieldNotText', 'userRules'));
  return { userRules: data.userRules, autoSites: sites(data.autoSites), exceptions: exceptions(data.exceptions) };
}

const ruleLines = (text: string): number => text.split(/\r?\n/).filter(isRuleLine).length;

/** What importing `next` over `current` replaces, in a sentence the reader confirms before anything changes. */
export function describeImport(current: Settings, next: Settings): string {
  const dropped = current.autoSites.filter((s) => !next.autoSites.includes(s));
  const summary = t('importSummary', ruleLines(current.userRules), ruleLines(next.userRules), current.autoSites.length, next.autoSites.length,
    Object.keys(current.exceptions).length, Object.keys(next.exceptions).length);
  return dropped.length === 0 ? summary : `${summary} ${plural('importDropsSites', dropped.length, dropped.join(', '))}`;
}

/** One line of an imported file's rules as the reader reviews it before anything changes (as uBlock Origin lists a
 * filter list before subscribing): where it applies, and why it cannot be used when it cannot. */
export interface RulePreview { line: number; source: string; scope: string; error: string | null }

/** How many rules the preview lists; the rest are counted. */
export const PREVIEW_RULES = 200;

/** The imported rules, in file order, each checked as Save checks it (selector, linear-time pattern). */
export function previewRules(text: string, checkSelector: SelectorCheck, compile: PatternCompiler): RulePreview[] {
  return parseLines(text, checkSelector, compile).map(({ line, source, parsed }) => {
    const rule = typeof parsed === 'string' ? undefined : parsed;
    return { line, source, scope: rule === undefined || rule.hosts.length === 0 ? t('ruleEverySite') : rule.hosts.join(', '), error: typeof parsed === 'string' ? parsed : null };
  });
}
