// Blocks a reader chose to show again, remembered per site in storage.sync as
// "<rule-id>|<hash of the block's text>".
import { EXCEPTIONS_PREFIX } from '../settings/keys.ts';
import { syncStorage } from './ext.ts';
import type { Classification } from '../engine/types.ts';

function hash(text: string): string {
  let h = 2166136261; // FNV-1a: small and stable; collisions only re-show a block
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

export function exceptionKey(c: Classification): string {
  return `${c.ruleId}|${hash(c.block.text)}`;
}

const storageKey = (host: string): string => `${EXCEPTIONS_PREFIX}${host}`;

export async function loadExceptions(host: string): Promise<Set<string>> {
  const key = storageKey(host);
  const stored = (await syncStorage().get(key))[key];
  return new Set(Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : []);
}

export async function addException(host: string, c: Classification): Promise<Set<string>> {
  const set = await loadExceptions(host);
  set.add(exceptionKey(c));
  await syncStorage().set({ [storageKey(host)]: [...set] });
  return set;
}
