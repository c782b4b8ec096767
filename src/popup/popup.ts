// Popup: shows the switch as soon as the tab says on or off, then asks for the
// page's report and fills the reader's card. Only the switch is loaded first;
// the card, with the extractors it runs (render.ts), and the site controls
// load beside the tab's answer. popup.html?tab=<id> targets that tab (tests);
// otherwise the active tab.
import { runtime } from './runtime.ts';
import type { Message, MessageType, Reply } from '../shared/protocol';
import { showError, showNotice, showSwitch, working } from './switch.ts';
import { localizePage } from '../shared/i18n.ts';
import { byId } from '../shared/dom.ts';
import type { CardActions } from './render.ts';

byId('app').dataset.script = String(Math.round(performance.now())); // when this script began, for eval:browser
localizePage(document);

function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

async function send<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  return (await runtime.sendMessage(message));
}

const tabId = targetTab();
// Held open while the popup is shown: when it closes, the background takes a highlighted quote away.
runtime.connect({ name: 'popup' });
/** The card and its extractors, loaded once the switch is usable (parsing them first would keep the switch waiting). */
let card: Promise<typeof import('./render.ts')> | null = null;
const loadCard = (): Promise<typeof import('./render.ts')> => (card ??= import('./render.ts'));

const actions: CardActions = {
  showAgain: (blockId) => void send({ type: 'unhide-block', tabId, blockId }).then(afterUnhide),
  showQuote: async (quote) => {
    const reply = await send({ type: 'show-quote', tabId, quote });
    return reply.ok && reply.value.found;
  },
};

async function show(reply: Reply<'get-state'>): Promise<void> {
  if (reply.ok) (await loadCard()).render(reply.value, actions);
  else showError(reply.error);
}

function afterUnhide(reply: Reply<'unhide-block'>): void {
  if (reply.ok) void show(reply);
  else showNotice(reply.error);
}

async function main(): Promise<void> {
  byId('open-options').addEventListener('click', () => { void runtime.openOptionsPage(); });
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
  void loadCard();
  const first = await state;
  if (byId('app').getAttribute('aria-busy') === null) await show(first);
  else if (!first.ok) showError(first.error);
  if (first.ok) {
    const { showSiteControls } = await import('./site.ts');
    await showSiteControls(first.value.url, () => void send({ type: 'set-enabled', tabId, on: true }).then(show));
  }
}

main().catch((error: unknown) => { showError(error instanceof Error ? error.message : String(error)); });
