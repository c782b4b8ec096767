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

/** A storage that answers at once with nothing stored. */
function emptyStorage(): void {
  const area = { get: () => Promise.resolve({}), set: () => Promise.resolve() };
  scope.chrome = { runtime: { id: 'test', onMessage: { addListener: () => undefined } }, storage: { sync: area, local: area } };
}

function loadSeed(): void {
  const parsed = new DOMParser().parseFromString(readFileSync('tests/fixtures/pages/kerry-iraq-independent.html', 'utf8'), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

describe('content controller', () => {
  it('restores the page exactly: its own values of our attribute names, and copies it made of hidden blocks', async () => {
    loadSeed();
    document.documentElement.setAttribute('data-declutter', 'page-own');
    const own = document.createElement('p');
    own.setAttribute(HIDDEN_ATTR, 'page-own-value');
    own.textContent = 'A paragraph the page itself marks with our attribute name.';
    document.querySelector('p')?.before(own);
    const before = document.documentElement.outerHTML;
    emptyStorage();
    const controller = createController(document);
    const on = await controller.handle({ type: 'set-enabled', on: true });
    expect(on.hiddenTotal).toBeGreaterThan(5);
    expect(own.hasAttribute(HIDDEN_ATTR)).toBe(false); // not hidden by our stylesheet while on
    const hiddenBlock = document.querySelector(`[${HIDDEN_ATTR}]`);
    const copy = hiddenBlock?.cloneNode(true) as Element;
    document.body.append(copy); // a carousel cloning a hidden slide
    await controller.handle({ type: 'set-enabled', on: false });
    expect(copy.hasAttribute(HIDDEN_ATTR)).toBe(false);
    copy.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps its timings out of the page\'s performance timeline, and reports them to the popup', async () => {
    loadSeed();
    emptyStorage();
    performance.clearMeasures();
    const on = await createController(document).handle({ type: 'set-enabled', on: true });
    expect(performance.getEntriesByType('measure')).toHaveLength(0);
    expect(on.timings.fullPass.length).toBeGreaterThan(0);
  });

  it('ends off when turned off while turning on still waits for storage', async () => {
    loadSeed();
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
