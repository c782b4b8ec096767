// Popup: asks the background for the target tab's state and renders it.
// popup.html?tab=<id> targets that tab (tests); otherwise the active tab.
import browser from 'webextension-polyfill';
import type { Message, MessageType, Reply } from '../shared/protocol';
import { render, showError, showNotice } from './render.ts';
import { showSiteControls } from './site.ts';
import { localizePage, t } from '../shared/i18n.ts';

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

function show(reply: Reply<'get-state'>): void {
  if (reply.ok) render(reply.value, (blockId) => void send({ type: 'unhide-block', tabId, blockId }).then(afterUnhide));
  else showError(reply.error);
}

function afterUnhide(reply: Reply<'unhide-block'>): void {
  if (reply.ok) show(reply);
  else showNotice(reply.error);
}

function working(on: boolean): void {
  const status = document.getElementById('status');
  if (status !== null) status.textContent = t(on ? 'switchingOn' : 'switchingOff');
  document.getElementById('app')?.setAttribute('aria-busy', 'true');
}

async function main(): Promise<void> {
  const first = await send({ type: 'get-state', tabId });
  show(first);
  if (first.ok) await showSiteControls(first.value.url, () => void send({ type: 'set-enabled', tabId, on: true }).then(show));
  document.getElementById('toggle')?.addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    // A long page takes a moment: say so at once, and leave the switch usable (a second click is handled in order).
    working(on);
    void send({ type: 'set-enabled', tabId, on }).then(show).finally(() => { document.getElementById('app')?.removeAttribute('aria-busy'); });
  });
}

main().catch((error: unknown) => { showError(error instanceof Error ? error.message : String(error)); });
