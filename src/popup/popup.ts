// Popup: asks the background for the target tab's state and renders it as
// plain text (never HTML: page data may be hostile).
import browser from 'webextension-polyfill';
import type { Message, MessageType, Reply } from '../shared/protocol';
import type { PageReport } from '../shared/report';

function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

async function send<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(message));
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`popup.html lacks #${id}`);
  return element;
}

function toggleInput(): HTMLInputElement {
  const element = byId('toggle');
  if (!(element instanceof HTMLInputElement)) throw new Error('#toggle is not an input');
  return element;
}

function render(report: PageReport): void {
  byId('page-title').textContent = report.title || report.url;
  const toggle = toggleInput();
  toggle.disabled = false;
  toggle.checked = report.on;
  byId('status').textContent = report.on ? 'Decluttered.' : 'Declutter is off.';
}

function showError(error: string): void {
  byId('status').textContent = error;
  toggleInput().disabled = true;
}

async function main(): Promise<void> {
  const tabId = targetTab();
  const show = (reply: Reply<'get-state'>): void => {
    if (reply.ok) render(reply.value);
    else showError(reply.error);
  };
  show(await send({ type: 'get-state', tabId }));
  toggleInput().addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    void send({ type: 'set-enabled', tabId, on }).then(show);
  });
}

main().catch((error: unknown) => { showError(error instanceof Error ? error.message : String(error)); });
