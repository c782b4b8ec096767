// On/off requests in quick succession (issue #16): turning on reads the
// reader's settings from storage first; an 'off' sent while it waits must win,
// and the 'on' reply must say what the page really is.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createController } from '../../../src/content/controller.ts';
import { HIDDEN_ATTR } from '../../../src/content/hide.ts';

const scope = globalThis as { chrome?: unknown };
afterEach(() => { delete scope.chrome; });

/** A storage that answers only when `release` is called, like a slow storage.sync. */
function slowStorage(): { release: () => void } {
  const waiting: (() => void)[] = [];
  const get = (): Promise<Record<string, unknown>> => new Promise((resolve) => { waiting.push(() => { resolve({}); }); });
  scope.chrome = { runtime: { id: 'test', onMessage: { addListener: () => undefined } }, storage: { sync: { get, set: () => Promise.resolve() }, local: { get, set: () => Promise.resolve() } } };
  return { release: () => { for (const answer of waiting.splice(0)) answer(); } };
}

describe('content controller', () => {
  it('ends off when turned off while turning on still waits for storage', async () => {
    const parsed = new DOMParser().parseFromString(readFileSync('tests/fixtures/pages/kerry-iraq-independent.html', 'utf8'), 'text/html');
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
    const storage = slowStorage();
    const controller = createController(document);
    const turningOn = controller.handle({ type: 'set-enabled', on: true });
    const off = await controller.handle({ type: 'set-enabled', on: false });
    for (let i = 0; i < 5; i++) { storage.release(); await new Promise((r) => setTimeout(r, 0)); }
    const onReply = await turningOn;
    expect(off.on).toBe(false);
    expect(onReply.on).toBe(false);
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
    expect(document.documentElement.hasAttribute('data-declutter')).toBe(false);
  });
});
