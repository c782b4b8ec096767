// Reads the reader's rules from storage for this page's host. A rule that no
// longer parses (edited elsewhere) is skipped, not fatal: the options page
// shows the error where the reader can fix it.
import { syncStorage } from './ext.ts';
import { isValidSelector } from '../shared/dom.ts';
import { parseRules, rulesFor, type UserRule } from '../settings/rule-syntax.ts';
import { rulesText } from '../settings/rules-chunks.ts';

export type { UserHit } from './apply-user-rules.ts';

export async function loadUserRules(doc: Document): Promise<UserRule[]> {
  const stored = rulesText(await syncStorage().get(null)); // sync holds only the rules and the sites list
  if (stored.trim() === '') return [];
  return rulesFor(doc.location.hostname, parseRules(stored, (selector) => (isValidSelector(doc, selector) ? null : selector)).rules);
}
