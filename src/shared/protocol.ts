// The one map of messages between popup, background and content script.
// Every request names its type; every reply is a Result so errors cross the
// boundary as data, never as thrown exceptions or `any`.
import type { PageReport } from './report';
import type { WireRule } from './user-rule.ts';

export interface Protocol {
  /** Popup → background → content: what the page looks like now. */
  'get-state': { request: { tabId?: number }; response: PageReport };
  /** Popup/shortcut/menu → background → content: turn declutter on or off; `marks` is the session's token for the
   * attribute names (shared/marks.ts), added by the background. */
  'set-enabled': { request: { tabId?: number; on: boolean; marks?: string }; response: PageReport };
  /** Popup → background → content: whether declutter is on, without reading the page (the popup's switch is usable at
   * once); off when no content script is in the tab yet. */
  'get-switch': { request: { tabId?: number }; response: { on: boolean } };
  /** Popup → background: scroll the tab to a quote and highlight it (`quote` null: take the highlight away); the
   * background injects a script of its own for it (background/quotes.ts), not the content script. */
  'show-quote': { request: { tabId?: number; quote: string | null }; response: { found: boolean } };
  /** Popup → background → content: show one wrongly hidden block again. */
  'unhide-block': { request: { tabId?: number; blockId: number }; response: PageReport };
  /** Content → background: the reader's rules for the host of the sender's tab, parsed there; `matcher` says the
   * pattern engine is in the page already (else the background injects it when a pattern applies). */
  'user-rules': { request: { matcher?: boolean }; response: WireRule[] };
}

export type MessageType = keyof Protocol;
/** The messages a tab's content script answers. */
export type TabMessageType = Exclude<MessageType, 'user-rules'>;
/** The tab messages answered with the page's report. */
export type ReportMessageType = Exclude<TabMessageType, 'get-switch' | 'show-quote'>;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & Protocol[K]['request']
  : never;
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export type Reply<K extends MessageType> = Result<Protocol[K]['response']>;

const TAB_TYPES: readonly TabMessageType[] = ['get-state', 'get-switch', 'set-enabled', 'show-quote', 'unhide-block'];
const TYPES: readonly MessageType[] = [...TAB_TYPES, 'user-rules'];

/** Messages arrive as unknown (a page can't forge them, but a bug can); check shape first. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (TYPES as readonly string[]).includes(type);
}

export const isTabMessage = (message: Message): message is Message<TabMessageType> => (TAB_TYPES as readonly string[]).includes(message.type);

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: unknown): Result<T> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
