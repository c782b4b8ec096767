// The reader's rules for this page's host. The background reads and parses
// them (settings/rule-syntax.ts), so the parser stays out of the script that
// runs on pages; here each rule's selector is checked on this page's DOM. A
// rule that no longer parses (edited elsewhere) is skipped, not fatal: the
// options page shows the error where the reader can fix it. Rules that cannot
// be had leave the page decluttered without them. Patterns are compiled by the
// linear-time engine the background injects when one applies (matcher.ts).
import { sendMessage } from './ext.ts';
import { isValidSelector } from '../shared/dom.ts';
import { fromWire, type ActiveRule } from '../settings/rule-syntax.ts';
import { compileInjected, hasMatcher } from './pattern-compiler.ts';
import type { Message, Reply } from '../shared/protocol';

export type { UserHit } from './apply-user-rules.ts';

export async function loadUserRules(doc: Document): Promise<ActiveRule[]> {
  const request: Message<'user-rules'> = { type: 'user-rules', matcher: hasMatcher() };
  let reply: Reply<'user-rules'> | undefined; // undefined when no listener answered
  try {
    reply = await sendMessage(request) as Reply<'user-rules'> | undefined;
  } catch (error) {
    console.warn('[Declutter] your rules could not be read; the page is decluttered without them.', error);
    return [];
  }
  if (reply?.ok !== true) return [];
  return reply.value.flatMap((wire) => fromWire(wire, (selector) => isValidSelector(doc, selector), compileInjected) ?? []);
}
