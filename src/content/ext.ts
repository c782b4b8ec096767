// The only extension APIs the content script needs, on the browsers' own
// objects instead of webextension-polyfill: the polyfill is 10 KB, a sixth of
// the content script's 60 KB budget. Both browsers' MV3 storage returns
// promises, both answer onMessage through sendResponse and return the reply
// of sendMessage as a promise; popup, options and background keep the polyfill.

interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;
interface ContentApi {
  storage: { local: StorageArea };
  runtime: { onMessage: { addListener(listener: Listener): void }; sendMessage(message: unknown): Promise<unknown> };
}

/** The browser's own extension object: one whose runtime has an id and a message event. A page element with
 * id="browser" is window.browser in the content script's world on Chrome before 148, which has no browser object
 * of its own; taken as the API, it disabled the content script (tests/unit/dom/ext.test.ts). An iframe named
 * "browser" makes it a cross-origin window, whose members throw when read: such a candidate is passed over. */
function isExtensionApi(candidate: unknown): candidate is ContentApi {
  try {
    // A page element has no runtime whose id is a string and whose onMessage can be listened to.
    if (typeof candidate !== 'object' || candidate === null) return false;
    const runtime = (candidate as { runtime?: { id?: unknown; onMessage?: { addListener?: unknown } } }).runtime;
    return typeof runtime?.id === 'string' && typeof runtime.onMessage?.addListener === 'function';
  } catch {
    return false;
  }
}

function api(): ContentApi {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  const found = [scope.browser, scope.chrome].find(isExtensionApi);
  if (found === undefined) throw new Error('No extension API here.');
  return found;
}

export const localArea = (): StorageArea => api().storage.local;

/** Asks the background (both browsers' MV3 sendMessage returns a promise of the reply). */
export const sendMessage = (message: unknown): Promise<unknown> => api().runtime.sendMessage(message);

/** Answers messages with the handler's promise; messages it does not take (undefined) are left to others. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  api().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = handler(message);
    if (reply === undefined) return undefined;
    void reply.then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  });
}
