// End-to-end harness: serves local pages on 127.0.0.1 (port 0), launches
// Debian's Chromium or Firefox ESR with the *built* extension, and opens the
// popup for a given tab. The extension under test is dist/<browser> copied to a
// temp dir with one addition: host access to 127.0.0.1, standing in for the
// reader granting the site (a prompt that cannot be clicked headless).
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { rootMarkName } from '../../scripts/eval/browser-probes.ts';
import { marksFor, ROOT_MARK, type MarkNames } from '../../src/shared/marks.ts';

export type BrowserName = 'chrome' | 'firefox';

const FIREFOX_UUID = '6f3b2c1a-9d4e-4c2b-8a7f-0e1d2c3b4a59';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

export interface Served { origin: string; server: Server; close(): Promise<void> }

/** Serves `pages` (path → file or inline body) plus any file under tests/fixtures. */
export async function serve(pages: Record<string, { file?: string; body?: string; type?: string }> = {}): Promise<Served> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const fixture = join('tests/fixtures', path);
    const page = pages[path] ?? (existsSync(fixture) && statSync(fixture).isFile() ? { file: fixture } : undefined);
    if (page === undefined) { res.writeHead(404).end('not found'); return; }
    const body = page.body ?? readFileSync(page.file ?? '');
    res.writeHead(200, { 'content-type': page.type ?? TYPES[extname(page.file ?? path)] ?? TYPES['.html'] }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server, close: () => new Promise((r) => server.close(() => { r(); })) };
}

function extensionCopy(name: BrowserName): string {
  const source = join('dist', name);
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`${source} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), `declutter-${name}-`));
  cpSync(source, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

export interface Session { browser: Browser; name: BrowserName; extensionBase: string; close(): Promise<void> }

/** Every host but 127.0.0.1 fails at once: Chromium resolves no other name, Firefox sends the rest to a closed
 * port as its proxy (corpus pages name hundreds of third-party hosts; a lookup left to time out would stall them). */
const CHROME_OFFLINE = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];
const FIREFOX_OFFLINE = {
  'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9, 'network.proxy.no_proxies_on': '127.0.0.1', 'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
};

export interface LaunchOptions {
  /** Refuse every request not to 127.0.0.1 (pages from the corpus). */
  offline?: boolean;
  /** The system's scheme is dark: pages and the popup see prefers-color-scheme: dark. */
  dark?: boolean;
}

/** The add-on id the Firefox build declares (vite.config.ts), so its moz-extension:// uuid can be pinned. */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const extDir = extensionCopy(name);
  const profile = mkdtempSync(join(tmpdir(), `declutter-profile-${name}-`));
  const offline = options.offline === true;
  const browser = name === 'chrome'
    ? await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true,
      userDataDir: profile, args: [...CHROME_FLAGS, ...(offline ? CHROME_OFFLINE : []), ...(options.dark === true ? ['--force-dark-mode'] : [])] })
    : await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
      userDataDir: profile, args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: FIREFOX_UUID }), ...(offline ? FIREFOX_OFFLINE : {}),
        ...(options.dark === true ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}) } });
  const id = await browser.installExtension(extDir);
  const extensionBase = name === 'chrome' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_UUID}/`;
  return {
    browser, name, extensionBase,
    async close() { await browser.close(); rmSync(extDir, { recursive: true, force: true }); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Opens an extension page and waits until its document is ready (Firefox's goto on moz-extension never resolves). */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = session.extensionBase + path;
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page.evaluate(() => location.href.startsWith('moz-extension:') || location.href.startsWith('chrome-extension:')
      ? document.readyState === 'complete' : false).catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The tab id of the page showing `url`, asked from an open extension page (host access lets it read tab URLs);
 * null when no tab shows it (the page's own script went elsewhere). */
export async function tabIdFrom(probe: Page, url: string): Promise<number | null> {
  return probe.evaluate(async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id ?? null, url);
}

/** Finds the tab id of the page showing `url`, from an extension page opened for the purpose. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const probe = await openExtensionPage(session, 'src/popup/popup.html?tab=-1');
  try {
    const id = await tabIdFrom(probe, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally { await probe.close(); }
}

export async function openPopup(session: Session, tabId: number): Promise<Page> {
  return openExtensionPage(session, `src/popup/popup.html?tab=${tabId}`);
}

/** The session's mark names (src/shared/marks.ts) as the page carries them while declutter is on; null while off. */
export async function marksIn(page: Page): Promise<MarkNames | null> {
  const root = await page.evaluate(rootMarkName, ROOT_MARK.source);
  const token = root === null ? undefined : ROOT_MARK.exec(root)?.[1];
  return token === undefined ? null : marksFor(token);
}

/** As marksIn, for a page declutter must be on in. */
export async function marksOf(page: Page): Promise<MarkNames> {
  const names = await marksIn(page);
  if (names === null) throw new Error('declutter is not on in this page: no root mark on <html>');
  return names;
}
