// Content script entry. Runs in the extension's isolated world, so nothing here
// is visible to the page. Any failure is caught and logged once: a broken
// extension must never break the page it runs on.
import { fail, isMessage, isTabMessage, ok, type Message, type TabMessageType } from '../shared/protocol';
import type { Controller } from './controller';
import { createController } from './controller';
import { onMessage } from './ext';

const STARTED = Symbol.for('declutter.content.started');

function start(): void {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED] === true) return; // injected again by the background: one instance is enough
  scope[STARTED] = true;
  const controller = createController(document);
  onMessage((message) => {
    // A quote is shown by a script the background injects for it (background/quotes.ts), not by this one.
    if (!isMessage(message) || !isTabMessage(message) || message.type === 'show-quote') return undefined;
    return answer(controller, message).then(ok, (error: unknown) => fail(error));
  });
}

/** The switch and a quote are answered at once; the rest with the page's report. */
async function answer(controller: Controller, message: Message<Exclude<TabMessageType, 'show-quote'>>): Promise<unknown> {
  if (message.type === 'get-switch') return controller.switchState();
  return controller.handle(message);
}

try {
  start();
} catch (error) {
  console.warn('[Declutter] could not start; the page is left untouched.', error);
}
