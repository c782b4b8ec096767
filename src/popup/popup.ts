// Popup: shows the switch as soon as the tab says on or off, then asks for the
// page's report and fills the reader's card. popup.html?tab=<id> targets that
// tab (tests); otherwise the active tab.
import browser from 'webextension-polyfill';
import type { Message, MessageType, Reply } from '../shared/protocol';
import { render, showError, showNotice, showSwitch, type CardActions } from './render.ts';
import { showSiteControls } from './site.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { byId } from '../shared/dom.ts';

function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

async function send<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(message));
}

localizePage(document);
const tabId = targetTab();
// Held open while the popup is shown: when it closes, the background takes a highlighted quote away.
browser.runtime.connect({ name: 'popup' });

const actions: CardActions = {
  showAgain: (blockId) => void send({ type: 'unhide-block', tabId, blockId }).then(afterUnhide),
  showQuote: async (quote) => {
    const reply = await send({ type: 'show-quote', tabId, quote });
    return reply.ok && reply.value.found;
  },
};

function show(reply: Reply<'get-state'>): void {
  if (reply.ok) render(reply.value, actions);
  else showError(reply.error);
}

function afterUnhide(reply: Reply<'unhide-block'>): void {
  if (reply.ok) show(reply);
  else showNotice(reply.error);
}

function working(on: boolean): void {
  byId('status').textContent = t(on ? 'switchingOn' : 'switchingOff');
  byId('app').setAttribute('aria-busy', 'true');
}

async function main(): Promise<void> {
  byId('open-options').addEventListener('click', () => { void browser.runtime.openOptionsPage(); });
  byId('toggle').addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    // A long page takes a moment: say so at once, and leave the switch usable (a second click is handled in order).
    working(on);
    void send({ type: 'set-enabled', tabId, on }).then(show).finally(() => { byId('app').removeAttribute('aria-busy'); });
  });
  // The switch first: the tab answers on or off without reading the page; the card follows the page's report.
  const state = send({ type: 'get-state', tabId });
  const quick = await send({ type: 'get-switch', tabId });
  if (!quick.ok) { showError(quick.error); return; }
  if (byId('app').dataset.on === undefined) showSwitch(quick.value.on);
  const first = await state;
  if (byId('app').getAttribute('aria-busy') === null) show(first);
  else if (!first.ok) showError(first.error);
  if (first.ok) await showSiteControls(first.value.url, () => void send({ type: 'set-enabled', tabId, on: true }).then(show));
}

main().catch((error: unknown) => { showError(error instanceof Error ? error.message : String(error)); });
