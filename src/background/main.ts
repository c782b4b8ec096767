// Background: routes popup, shortcut and context-menu requests to the tab's
// content script, and keeps the toolbar badge in step with what is hidden.
import browser, { type Runtime } from 'webextension-polyfill';
import { fail, isMessage, isTabMessage, type Message, type Reply, type ReportMessageType, type TabMessageType } from '../shared/protocol';
import { activeTabId, askSwitch, sendToTab, setStylesheet } from './tabs';
import { quotedTabs, showQuote } from './quotes.ts';
import { watchAutoSites } from './auto';
import { userRulesFor } from './user-rules.ts';
import { marksToken } from './marks.ts';
import { t } from '../shared/i18n.ts';

const MENU_ID = 'declutter-toggle';
const POPUP_PORT = 'popup';

function isExtensionPage(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL('/'));
}

/** What a message switches declutter to, if it is a switch. */
const switchTo = (message: Message): boolean | null => (message.type === 'set-enabled' ? message.on : null);

/** A popup's or shortcut's message to a tab: the switch is answered without reading the page; a quote gets its style. */
async function route(message: Message<TabMessageType>): Promise<Reply<TabMessageType>> {
  const tabId = message.tabId ?? (await activeTabId());
  if (message.type === 'get-switch') return askSwitch(tabId);
  if (message.type === 'show-quote') return showQuote(tabId, message.quote);
  return routeReport({ ...message, tabId });
}

async function routeReport<K extends ReportMessageType>(message: Message<K> & { tabId: number }): Promise<Reply<K>> {
  const { tabId } = message;
  const switching = switchTo(message);
  // The stylesheet goes in while the page works (not after its marks, which would show unhidden for a moment; not
  // before the message, which would delay the page); a page the browser keeps us out of refuses it, and sendToTab
  // then says why.
  const styling = switching === true ? setStylesheet(tabId, true).then(() => true, () => false) : Promise.resolve(false);
  const sent = switching === true ? { ...message, marks: await marksToken() } : message;
  const [styled, reply] = await Promise.all([styling, sendToTab(tabId, sent)]);
  // Then it follows the state the page reports (an 'on' overtaken by an 'off' ends off).
  if (reply.ok && switching !== null && (!reply.value.on || !styled)) await setStylesheet(tabId, reply.value.on).catch(console.warn);
  if (reply.ok) await showBadge(tabId, reply.value.on ? reply.value.hiddenTotal : null);
  return reply;
}

async function showBadge(tabId: number, hidden: number | null): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: hidden === null ? '' : String(hidden) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}

async function toggle(tabId: number): Promise<void> {
  const state = await askSwitch(tabId);
  if (!state.ok) return;
  await route({ type: 'set-enabled', tabId, on: !state.value.on });
}

const hostOf = (url: string | undefined): string | undefined => { try { return url === undefined ? undefined : new URL(url).hostname; } catch { return undefined; } };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  // Our content script in a tab asks for one thing only: the reader's rules for its tab's host, which the browser
  // tells (sender.tab.url), never the message: a page cannot ask for another site's rules.
  if (!isTabMessage(message)) {
    if (sender.id !== browser.runtime.id || sender.tab === undefined) return undefined;
    const hasMatcher = message.matcher === true;
    return userRulesFor({ host: hostOf(sender.tab.url), tabId: sender.tab.id, frameId: sender.frameId ?? 0, hasMatcher });
  }
  // Everything else comes from our own extension pages (popup, options) and is routed to a tab.
  if (!isExtensionPage(sender.url)) return undefined;
  return route(message).catch((error: unknown) => fail(error));
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-declutter') return;
  void (tab?.id !== undefined ? Promise.resolve(tab.id) : activeTabId()).then(toggle).catch(console.warn);
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: t('commandToggle'), contexts: ['page'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void toggle(tab.id).catch(console.warn);
});

// The popup holds a port open while it is shown: when it closes, the quote it highlighted goes.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== POPUP_PORT || port.sender?.id !== browser.runtime.id) return;
  port.onDisconnect.addListener(() => { for (const tabId of [...quotedTabs]) void showQuote(tabId, null).catch(() => undefined); });
});

watchAutoSites((tabId) => route({ type: 'set-enabled', tabId, on: true }));
