// Reaching a tab's content script: inject it on demand (activeTab or a granted
// host), then forward a typed message. Pages that forbid scripts (browser
// pages, the stores) yield a clear error for the popup to show.
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script?script&iife';
import languageDataScript from '../content/language-data-script?script&iife';
import { ok, type Message, type MessageType, type Reply } from '../shared/protocol';
import { hidingCss, marksFor, quoteCss, type MarkNames } from '../shared/marks.ts';
import { marksToken } from './marks.ts';
import { t } from '../shared/i18n.ts';

const FORBIDDEN = /^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/;

const restrictedPage = (): string => t('restrictedPage');

export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('noActiveTab'));
  return tab.id;
}

/** Whether declutter is on in the tab, asked of its content script without injecting one: a tab without it is off. */
export async function askSwitch(tabId: number): Promise<Reply<'get-switch'>> {
  // No tabs.get first: a page the browser keeps us out of has no content script and answers off here, and the
  // get-state the popup sends beside this one says why the switch cannot be used.
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-switch' }).catch(() => ok({ on: false }));
  const on = typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true && 'value' in reply
    && typeof reply.value === 'object' && reply.value !== null && 'on' in reply.value && reply.value.on === true;
  return ok({ on });
}

/** One user-origin sheet of the session's marks in the tab, or none: removed before each insertion, so there is never a
 * second copy. */
async function setUserSheet(tabId: number, css: (names: MarkNames) => string, on: boolean): Promise<void> {
  const sheet = { target: { tabId }, css: css(marksFor(await marksToken())), origin: 'USER' } as const;
  await browser.scripting.removeCSS(sheet).catch(() => undefined); // none there yet
  if (on) await browser.scripting.insertCSS(sheet);
}

/** The quote highlight's sheet, in the tab while a quote is shown (shared/marks.ts quoteCss). */
export const setQuoteStyle = (tabId: number, shown: boolean): Promise<void> => setUserSheet(tabId, quoteCss, shown);

/** Injects the content script, after the function words and widget labels of every language it reads
 * (content/language-data-script.ts: one data file, kept out of the content script's budget). Its hiding stylesheet comes and goes with the switch:
 * setStylesheet. */
async function inject(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url !== undefined && FORBIDDEN.test(tab.url)) throw new Error(restrictedPage());
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [languageDataScript, contentScript] });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(/cannot access|cannot be scripted|missing host permission|extensions gallery/i.test(text) ? restrictedPage() : text);
  }
}

/** The one hiding stylesheet is a user-origin sheet, as uBlock Origin's are: no node enters the page, and a page's
 * own `!important` rule for a marked element loses to it (tests/e2e/hostile.e2e.ts). It names the session's marks. It is in the tab exactly while declutter is
 * on: left behind, it hid whatever the page itself later marked with our attribute, and told the page we had been
 * there (issue #16). */
export const setStylesheet = (tabId: number, on: boolean): Promise<void> => setUserSheet(tabId, hidingCss, on);

/** Sends a message to the page's content script, injecting it first when it is not there yet. */
export async function sendToTab<K extends MessageType>(tabId: number, message: Message<K>): Promise<Reply<K>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message);
  } catch {
    await inject(tabId); // no receiver: first use on this page
    // Injected yet still no answer: the browser silently kept the script out (Firefox on about: pages).
    reply = await browser.tabs.sendMessage(tabId, message).catch((error: unknown) => {
      throw new Error(/receiving end does not exist|could not establish connection/i.test(String(error)) ? restrictedPage() : String(error));
    });
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(t('pageNoAnswer'));
  }
  return reply as Reply<K>;
}
