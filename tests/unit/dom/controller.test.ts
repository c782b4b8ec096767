// On/off requests in quick succession (issue #16): turning on reads the
// reader's settings from storage first; an 'off' sent while it waits must win,
// and the 'on' reply must say what the page really is.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createController } from '../../../src/content/controller.ts';
import { MARKS } from '../../../src/content/hide.ts';
import { marksFor } from '../../../src/shared/marks.ts';

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
  it('marks under the session\'s names, leaves the page\'s own data-declutter* attributes alone (set before or while on), and restores the page exactly', async () => {
    loadSeed();
    document.documentElement.setAttribute('data-declutter', 'page-own');
    const own = document.createElement('p');
    own.setAttribute('data-declutter-hidden', 'page-own-value');
    own.textContent = 'A paragraph the page itself marks with an attribute named like ours.';
    document.querySelector('p')?.before(own);
    const before = document.documentElement.outerHTML;
    emptyStorage();
    const controller = createController(document);
    const on = await controller.handle({ type: 'set-enabled', on: true, marks: 'qwertyuiop' });
    const names = marksFor('qwertyuiop');
    expect(MARKS).toEqual(names);
    expect(on.hiddenTotal).toBeGreaterThan(5);
    expect(document.documentElement.getAttribute(names.root)).toBe('on');
    expect(own.getAttribute('data-declutter-hidden')).toBe('page-own-value'); // the page's, never ours to take or hide
    expect(own.hasAttribute(names.hidden)).toBe(false);
    own.setAttribute('data-declutter-hidden', 'set-while-on'); // the page changes its own value while declutter is on
    const hiddenBlock = document.querySelector(`[${names.hidden}]`);
    const copy = hiddenBlock?.cloneNode(true) as Element;
    document.body.append(copy); // a carousel cloning a hidden slide
    await controller.handle({ type: 'set-enabled', on: false });
    expect(copy.hasAttribute(names.hidden)).toBe(false);
    copy.remove();
    expect(own.getAttribute('data-declutter-hidden')).toBe('set-while-on');
    own.setAttribute('data-declutter-hidden', 'page-own-value');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('ignores a token that is not one (names stay as they were)', async () => {
    loadSeed();
    emptyStorage();
    const controller = createController(document);
    const was = { ...MARKS };
    await controller.handle({ type: 'set-enabled', on: true, marks: 'x] , *{' });
    expect(MARKS).toEqual(was);
    await controller.handle({ type: 'set-enabled', on: false });
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
    expect(document.querySelectorAll(`[${MARKS.hidden}]`)).toHaveLength(0);
    expect(document.documentElement.hasAttribute(MARKS.root)).toBe(false);
  });
});

describe('turning on after the popup read the page', () => {
  it('answers get-switch without reading the page, and reads it again when it changed since get-state', async () => {
    loadSeed();
    emptyStorage();
    const controller = createController(document);
    expect(controller.switchState()).toEqual({ on: false });
    const off = await controller.handle({ type: 'get-state' });
    expect(off.on).toBe(false);
    // The page adds a promo after the popup read it: the analysis taken while off is stale and must not be reused.
    const promo = new DOMParser().parseFromString('<div><h3>PROMOTED STORIES</h3><ul><li><a href="/a">Ten gadgets you will not believe are real</a></li><li><a href="/b">Doctors hate this one trick</a></li></ul></div>', 'text/html').body.firstElementChild;
    if (promo === null) throw new Error('no promo');
    document.querySelector('p')?.parentElement?.append(document.importNode(promo, true));
    const on = await controller.handle({ type: 'set-enabled', on: true });
    expect(controller.switchState()).toEqual({ on: true });
    expect(on.hidden.some((h) => h.text.includes('PROMOTED STORIES'))).toBe(true);
    await controller.handle({ type: 'set-enabled', on: false });
  });

  it('gives the same verdicts whether it reuses the analysis of an unchanged page or reads it again', async () => {
    loadSeed();
    emptyStorage();
    const reused = createController(document);
    await reused.handle({ type: 'get-state' });
    const first = await reused.handle({ type: 'set-enabled', on: true });
    await reused.handle({ type: 'set-enabled', on: false });
    const fresh = createController(document);
    const second = await fresh.handle({ type: 'set-enabled', on: true });
    await fresh.handle({ type: 'set-enabled', on: false });
    expect(first.hidden.map((h) => [h.ruleId, h.text])).toEqual(second.hidden.map((h) => [h.ruleId, h.text]));
    expect(first.hiddenTotal).toBe(second.hiddenTotal);
  });
});
