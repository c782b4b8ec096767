// Blocks a reader chose to show again, remembered per site in storage.local as
// "<rule-id>|<hash of the block's text>", newest last and at most
// EXCEPTIONS_PER_SITE of them, so the list never outgrows its storage.
import { EXCEPTIONS_PER_SITE, EXCEPTIONS_PREFIX } from '../settings/keys.ts';
import { localArea } from './ext.ts';
import type { Classification } from '../engine/index.ts';
import { t } from '../shared/i18n.ts';
import { strings } from '../settings/backup.ts';

/** FNV-1a, 32 bits: small and stable; a collision only re-shows a block. Written in base 36. */
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
const RADIX = 36;

function hash(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return (h >>> 0).toString(RADIX);
}

export function exceptionKey(c: Classification): string {
  return `${c.ruleId}|${hash(c.block.text)}`;
}

const storageKey = (host: string): string => `${EXCEPTIONS_PREFIX}${host}`;

async function stored(host: string): Promise<string[]> {
  const key = storageKey(host);
  return strings((await localArea().get(key))[key]);
}

export async function loadExceptions(host: string): Promise<Set<string>> {
  return new Set(await stored(host));
}

/** Remembers `c`; a storage failure is told to the reader (the popup shows the message). */
export async function addException(host: string, c: Classification): Promise<Set<string>> {
  const key = exceptionKey(c);
  const list = [...(await stored(host)).filter((k) => k !== key), key].slice(-EXCEPTIONS_PER_SITE);
  try {
    await localArea().set({ [storageKey(host)]: list });
  } catch (error) {
    throw new Error(t('rememberFailed', error instanceof Error ? error.message : String(error)));
  }
  return new Set(list);
}
