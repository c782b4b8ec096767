// The content script's extension object: a page element named "browser" is
// window.browser in the content script's world on Chrome before 148 (DOM
// clobbering); it must not be taken for the extension API (issue #16).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onMessage } from '../../../src/content/ext.ts';

const scope = globalThis as { browser?: unknown; chrome?: unknown };

afterEach(() => { delete scope.browser; delete scope.chrome; });

describe('content script extension API', () => {
  it('ignores a page element clobbering window.browser and uses chrome', () => {
    const clobber = document.createElement('div');
    clobber.id = 'browser';
    scope.browser = clobber;
    const addListener = vi.fn();
    scope.chrome = { runtime: { id: 'abc', onMessage: { addListener } }, storage: { sync: {} } };
    onMessage(() => undefined);
    expect(addListener).toHaveBeenCalledTimes(1);
  });

  it('ignores a look-alike object without a runtime id, and says so when no API is left', () => {
    scope.browser = { runtime: { onMessage: { addListener: () => undefined } } };
    expect(() => { onMessage(() => undefined); }).toThrow('No extension API here.');
  });

  it('passes over a window.browser that throws on reading (an iframe named "browser" is a cross-origin window)', () => {
    scope.browser = Object.defineProperty({}, 'runtime', { get() { throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError'); } });
    const addListener = vi.fn();
    scope.chrome = { runtime: { id: 'abc', onMessage: { addListener } }, storage: { sync: {} } };
    onMessage(() => undefined);
    expect(addListener).toHaveBeenCalledTimes(1);
  });
});
