// Content script entry. Runs in the extension's isolated world, so nothing here
// is visible to the page. Any failure is caught and logged once: a broken
// extension must never break the page it runs on.
import { fail, isMessage, isTabMessage, ok } from '../shared/protocol';
import { createController } from './controller';
import { onMessage } from './ext';

const STARTED = Symbol.for('declutter.content.started');

function start(): void {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED] === true) return; // injected again by the background: one instance is enough
  scope[STARTED] = true;
  const controller = createController(document);
  onMessage((message) => {
    if (!isMessage(message) || !isTabMessage(message)) return undefined;
    return controller.handle(message).then(ok, (error: unknown) => fail(error));
  });
}

try {
  start();
} catch (error) {
  console.warn('[Declutter] could not start; the page is left untouched.', error);
}
