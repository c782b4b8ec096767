import { describe, expect, it } from 'vitest';
import { fail, isMessage, isTabMessage, ok } from '../../../src/shared/protocol.ts';

describe('protocol', () => {
  it('accepts only known message types', () => {
    expect(isMessage({ type: 'get-state' })).toBe(true);
    expect(isMessage({ type: 'set-enabled', on: true })).toBe(true);
    expect(isMessage({ type: 'evil' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('get-state')).toBe(false);
  });

  it('tells the messages a tab answers from the one the background answers for a content script', () => {
    expect(isTabMessage({ type: 'unhide-block', blockId: 3 })).toBe(true);
    expect(isTabMessage({ type: 'user-rules' })).toBe(false);
  });

  it('carries errors as data', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail(new Error('nope'))).toEqual({ ok: false, error: 'nope' });
    expect(fail('plain')).toEqual({ ok: false, error: 'plain' });
  });
});
