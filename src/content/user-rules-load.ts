// Reads the reader's rules from storage for this page's host. A rule that no
// longer parses (edited elsewhere) is skipped, not fatal: the options page
// shows the error where the reader can fix it.
import { RULES_KEY } from '../settings/keys.ts';
import { syncStorage } from './ext.ts';
import { isValidSelector } from '../shared/dom.ts';
import { parseRules, rulesFor, type UserRule } from '../settings/user-rules.ts';

export type { UserHit } from './user-rules.ts';

export async function loadUserRules(doc: Document): Promise<UserRule[]> {
  const stored = (await syncStorage().get(RULES_KEY))[RULES_KEY];
  if (typeof stored !== 'string' || stored.trim() === '') return [];
  return rulesFor(doc.location.hostname, parseRules(stored, (selector) => isValidSelector(doc, selector)).rules);
}
