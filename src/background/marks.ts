// The session's token for the attribute names declutter marks pages with
// (shared/marks.ts): drawn once, kept in storage.session so a service worker
// that restarts keeps the names of the marks and the stylesheet already in
// tabs (the stylesheet is removed by its exact text).
import browser from 'webextension-polyfill';
import { drawToken, TOKEN } from '../shared/marks.ts';

const KEY = 'marks';
let drawn: Promise<string> | null = null;

async function readOrDraw(): Promise<string> {
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  if (session === undefined) return drawToken(); // no session storage: one token for this worker's life
  const stored = (await session.get(KEY))[KEY];
  if (typeof stored === 'string' && TOKEN.test(stored)) return stored;
  const token = drawToken();
  await session.set({ [KEY]: token });
  return token;
}

/** This browser session's token. */
export function marksToken(): Promise<string> {
  drawn ??= readOrDraw().catch(() => drawToken());
  return drawn;
}
