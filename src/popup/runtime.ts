// The popup's first script reaches the extension through the browser's own
// runtime object, not webextension-polyfill: the polyfill's 10 KB would be
// parsed before the switch is usable. Chrome's and Firefox's MV3 runtime both
// return promises from sendMessage and openOptionsPage. An extension page has
// no page markup that could shadow these globals.
import type { Runtime } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: { runtime?: Runtime.Static }; chrome?: { runtime?: Runtime.Static } };
const found = scope.browser?.runtime ?? scope.chrome?.runtime;
if (found === undefined) throw new TypeError('runtime'); // an extension page always has one
export const runtime: Runtime.Static = found;
