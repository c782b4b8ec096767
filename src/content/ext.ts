// The only extension APIs the content script needs, on the browsers' own
// objects instead of webextension-polyfill: the polyfill is 10 KB, a sixth of
// the content script's 60 KB budget. Both browsers' MV3 storage returns
// promises, and both answer onMessage through sendResponse; popup, options
// and background keep the polyfill.

interface StorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;
interface ContentApi {
  storage: { sync: StorageArea };
  runtime: { onMessage: { addListener(listener: Listener): void } };
}

function api(): ContentApi {
  const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  const found = scope.browser ?? scope.chrome;
  if (found === undefined) throw new Error('Not running as an extension content script.');
  return found;
}

export const syncStorage = (): StorageArea => api().storage.sync;

/** Answers messages with the handler's promise; messages it does not take (undefined) are left to others. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  api().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = handler(message);
    if (reply === undefined) return undefined;
    void reply.then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  });
}
