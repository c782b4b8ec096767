// The reader's rules in storage.sync. One item holds at most 8 KB, about 200
// rules, so the text is cut into chunks that each fit; RULES_KEY holds their
// count (a string there is a single-item text from before chunks). Pure:
// the options page writes with it, the content script reads with it.
import { RULES_CHUNK_PREFIX, RULES_KEY, SYNC_LIMITS } from './keys.ts';
import { t } from '../shared/i18n.ts';

const chunkKey = (i: number): string => `${RULES_CHUNK_PREFIX}${i}`;
const utf8 = new TextEncoder();
/** Characters Chrome's JSON writer escapes as \uXXXX (6 bytes) where JSON.stringify leaves them as they are. */
const ESCAPED_BY_CHROME = /[<\u2028\u2029]/g;
/** What sync counts for an item: its key plus its value as JSON, as Chrome writes it (the stricter count of the two browsers). */
export const itemBytes = (key: string, value: unknown): number => utf8.encode(key + JSON.stringify(value).replace(ESCAPED_BY_CHROME, '\\u003c')).length;

/** Biggest prefix of `text` (from `start`) whose chunk item fits in one sync item. */
function chunkEnd(text: string, start: number, key: string): number {
  let end = Math.min(text.length, start + SYNC_LIMITS.bytesPerItem);
  while (end > start && itemBytes(key, text.slice(start, end)) > SYNC_LIMITS.bytesPerItem) {
    end = start + Math.floor((end - start) * 0.9);
  }
  // Never split a surrogate pair: each half alone is not valid text.
  const code = text.charCodeAt(end - 1);
  const cut = end < text.length && code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
  return Math.max(cut, start + 1);
}

export interface RulesItems { items: Record<string, string | number>; bytes: number }

/** The items that store `text`; throws a message for the reader when sync cannot hold it. */
export function rulesItems(text: string): RulesItems {
  const items: Record<string, string | number> = {};
  let count = 0;
  for (let start = 0; start < text.length; count++) {
    const end = chunkEnd(text, start, chunkKey(count));
    items[chunkKey(count)] = text.slice(start, end);
    start = end;
  }
  items[RULES_KEY] = count;
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  const room = SYNC_LIMITS.bytesInAll - SYNC_LIMITS.reservedBytes;
  if (bytes > room) throw new Error(t('rulesTooBig', kb(bytes), kb(room)));
  return { items, bytes };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Chunk keys left over from a longer text, to remove after `items` are stored. */
export function staleChunkKeys(stored: Record<string, unknown>, items: Record<string, unknown>): string[] {
  return Object.keys(stored).filter((k) => k.startsWith(RULES_CHUNK_PREFIX) && !(k in items));
}

/** The rules text from what sync holds; missing chunks read as empty, so a half-synced text is short, never wrong type. */
export function rulesText(stored: Record<string, unknown>): string {
  const head = stored[RULES_KEY];
  if (typeof head === 'string') return head;
  if (typeof head !== 'number' || !Number.isInteger(head) || head < 0) return '';
  let text = '';
  for (let i = 0; i < head; i++) {
    const chunk = stored[chunkKey(i)];
    if (typeof chunk === 'string') text += chunk;
  }
  return text;
}
