// Settings in the built extension, in real Chromium and Firefox: the options
// page validates and saves the reader's cosmetic rules, which then hide what
// they name (DOM and saved text); "Always declutter this site" declutters the
// site's pages as they load; pages that forbid extensions get a clear message.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, marksOf, openExtensionPage, openPopup, serve, type BrowserName, type Served, type Session } from './harness.ts';
import { rootMarkName } from '../../scripts/eval/browser-probes.ts';
import { ROOT_MARK } from '../../src/shared/marks.ts';
import { groupCount, openWithPopup, saveRules, toggle, visible } from './pages.ts';

const SEED = '/pages/kerry-iraq-independent.html';
const SEED_TXT = '/pages/kerry-iraq-independent.txt';
const PARAGRAPH = 'His talks with Jordan';


describe.each<BrowserName>(['chrome', 'firefox'])('%s: settings', (name) => {
  let site: Served;
  let session: Session;
  beforeAll(async () => { site = await serve(); session = await launch(name); });
  afterAll(async () => { await session.close(); await site.close(); });

  it('refuses invalid rules with the line and the reason, and saves none of them', async () => {
    const options = await saveRules(session, '! comment\n127.0.0.1##.ok\nexample.com.promo\n##div:upward(2)\n##p[\n##:has-text(/(ad)\\1/)');
    expect(await options.$eval('#rules-status', (e) => e.textContent)).toBe('Not saved: 4 lines need fixing.');
    const errors = await options.$$eval('#rule-errors li', (items) => items.map((li) => li.textContent));
    expect(errors[0]).toMatch(/^Line 3: a cosmetic rule needs "##"/);
    expect(errors[1]).toMatch(/^Line 4: only :has-text\(\)/);
    expect(errors[2]).toMatch(/^Line 5: "p\[" is not a valid CSS selector/);
    expect(errors[3]).toMatch(/^Line 6: :has-text\(\/\(ad\)\\1\/\): it is not a pattern Declutter can test in linear time \(invalid escape sequence/);
    expect(await options.$eval('#rules', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    await options.close();
  });

  it('applies saved rules: a selector with :has-text on the page, a bare :has-text on saved text', async () => {
    const options = await saveRules(session, `127.0.0.1##p:has-text(${PARAGRAPH})\n##:has-text(/^${PARAGRAPH}/)`);
    expect(await options.$eval('#rules-status', (e) => e.textContent)).toMatch(/^Saved 2 rules/);
    await options.close();
    const { page, popup } = await openWithPopup(session, site, SEED);
    expect(await visible(page, PARAGRAPH)).toBe(true);
    await toggle(popup, true);
    expect(await visible(page, PARAGRAPH)).toBe(false);
    expect(await page.$$eval(`[${(await marksOf(page)).hidden}="user-rule"]`, (els) => els.length)).toBe(1);
    expect(await groupCount(popup, 'user-rule')).toBe(1);
    await toggle(popup, false);
    expect(await visible(page, PARAGRAPH)).toBe(true);
    await popup.close(); await page.close();

    const text = await openWithPopup(session, site, SEED_TXT);
    await toggle(text.popup, true);
    expect(await visible(text.page, PARAGRAPH)).toBe(false);
    expect(await visible(text.page, 'US Secretary of State John Kerry said Sunday')).toBe(true);
    await text.popup.close(); await text.page.close();
  });

  it('saves rules beyond one sync item (about 12 KB) and applies every one of them', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `example${i}.org##.promo-box-number-${i}`).join('\n');
    const options = await saveRules(session, `${filler}\n127.0.0.1##p:has-text(${PARAGRAPH})`);
    expect(await options.$eval('#rules-status', (e) => e.textContent)).toMatch(/^Saved 301 rules/);
    await options.close();
    const reopened = await openExtensionPage(session, 'src/options/options.html');
    await reopened.waitForFunction(() => (document.getElementById('rules') as HTMLTextAreaElement | null)?.readOnly === false);
    expect(await reopened.$eval('#rules', (e) => (e as HTMLTextAreaElement).value.split('\n').length)).toBe(301);
    await reopened.close();
    const { page, popup } = await openWithPopup(session, site, SEED);
    await toggle(popup, true);
    expect(await visible(page, PARAGRAPH)).toBe(false);
    await popup.close(); await page.close();
    const cleared = await saveRules(session, '');
    await cleared.close();
  });

  it('imports a settings file only after saying what it replaces; a damaged file changes nothing', async () => {
    const kept = await saveRules(session, '##.kept-rule');
    await kept.close();
    const options = await openExtensionPage(session, 'src/options/options.html');
    await options.waitForFunction(() => (document.getElementById('rules') as HTMLTextAreaElement | null)?.readOnly === false);
    const importFile = async (contents: string): Promise<void> => {
      const path = join(await mkdtemp(join(tmpdir(), 'declutter-import-')), 'settings.json');
      await writeFile(path, contents);
      const input = await options.$('#import');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    };
    await importFile(JSON.stringify({ format: 'declutter-settings', version: 1, userRules: '##.x', autoSites: 'https://a.org', exceptions: {} }));
    await options.waitForFunction(() => (document.getElementById('backup-status')?.textContent ?? '') !== '');
    expect(await options.$eval('#backup-status', (e) => e.textContent)).toBe('Not imported: "autoSites" must be a list. Your settings are unchanged.');
    expect(await options.$eval('#rules', (e) => (e as HTMLTextAreaElement).value)).toBe('##.kept-rule');

    await importFile(JSON.stringify({ format: 'declutter-settings', version: 1, userRules: '##.imported\n##.second', autoSites: [], exceptions: {} }));
    await options.waitForFunction(() => document.getElementById('import-confirm')?.hidden === false);
    expect(await options.$eval('#import-summary', (e) => e.textContent)).toMatch(/^Importing replaces your rules \(1 → 2\)/);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('import-apply');
    expect(await options.$eval('#rules', (e) => (e as HTMLTextAreaElement).value)).toBe('##.kept-rule');
    await options.click('#import-apply');
    await options.waitForFunction(() => (document.getElementById('backup-status')?.textContent ?? '').startsWith('Imported'));
    expect(await options.$eval('#rules', (e) => (e as HTMLTextAreaElement).value)).toBe('##.imported\n##.second');
    await options.close();
    const cleared = await saveRules(session, '');
    await cleared.close();
  });

  it('lists a hostile file\'s rules before importing: what each applies to and which cannot be used; cancelling changes nothing', async () => {
    const options = await openExtensionPage(session, 'src/options/options.html');
    await options.waitForFunction(() => (document.getElementById('rules') as HTMLTextAreaElement | null)?.readOnly === false);
    const path = join(await mkdtemp(join(tmpdir(), 'declutter-import-')), 'settings.json');
    const rules = ['##body > *', 'news.example##.promo', '##p:has-text(/(a|a)+$/)', '##p:has-text(/(ad)\\1/)'].join('\n');
    await writeFile(path, JSON.stringify({ format: 'declutter-settings', version: 1, userRules: rules, autoSites: [], exceptions: {} }));
    await (await options.$('#import') as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    await options.waitForFunction(() => document.getElementById('import-confirm')?.hidden === false);
    const listed = await options.$$eval('#import-rules li', (items) => items.map((li) => li.textContent));
    expect(listed).toEqual(['##body > * every site', 'news.example##.promo news.example', '##p:has-text(/(a|a)+$/) every site',
      expect.stringMatching(/^##p:has-text\(\/\(ad\)\\1\/\) every site not usable: .*linear time/)]);
    await options.click('#import-cancel');
    expect(await options.$eval('#backup-status', (e) => e.textContent)).toMatch(/cancel/i);
    expect(await options.$eval('#rules', (e) => (e as HTMLTextAreaElement).value)).toBe('');
    await options.close();
  });

  it('declutters a site by itself once the reader chose "Always declutter this site"', async () => {
    const first = await openWithPopup(session, site, SEED);
    expect(await first.popup.$eval('#always', (e) => (e as HTMLInputElement).checked)).toBe(false);
    await first.popup.click('#always');
    await first.popup.waitForFunction(() => document.getElementById('app')?.dataset.on === 'true');
    expect(await first.popup.$eval('#site-status', (e) => e.textContent)).toMatch(/will be decluttered whenever you open it/);
    await first.popup.close(); await first.page.close();

    const page = await session.browser.newPage();
    await page.goto(site.origin + SEED);
    await page.waitForFunction(rootMarkName, { timeout: 10_000 }, ROOT_MARK.source);
    expect(await visible(page, 'iJobs Job Widget')).toBe(false);

    const options = await openExtensionPage(session, 'src/options/options.html');
    await options.waitForFunction((o) => document.getElementById("sites")?.textContent.includes(o) === true, {}, site.origin);
    // Removing a site leaves rules typed but not yet saved where they are.
    await options.waitForFunction(() => (document.getElementById('rules') as HTMLTextAreaElement | null)?.readOnly === false);
    await options.$eval('#rules', (el) => { (el as HTMLTextAreaElement).value = '##.typed-not-saved'; });
    await options.click('#sites button');
    await options.waitForFunction(() => document.getElementById('no-sites')?.hidden === false);
    expect(await options.$eval('#rules', (e) => (e as HTMLTextAreaElement).value)).toBe('##.typed-not-saved');
    await options.close(); await page.close();
  });

  it('says clearly when the browser does not allow extensions on a page', async () => {
    const page = await session.browser.newPage();
    await page.goto(name === 'chrome' ? 'chrome://version' : 'about:robots', { timeout: 3000 }).catch(() => undefined); // Firefox never reports about: pages loaded
    const probe = await openExtensionPage(session, 'src/popup/popup.html?tab=-1');
    const tabId = await probe.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const own = location.href;
      return Math.max(...tabs.filter((t) => t.url !== own).map((t) => t.id ?? -1));
    });
    await probe.close();
    const popup = await openPopup(session, tabId);
    await popup.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…');
    expect(await popup.$eval('#status', (e) => e.textContent)).toBe('Declutter cannot run on this page: the browser does not allow extensions on it.');
    expect(await popup.$eval('#toggle', (e) => (e as HTMLInputElement).disabled)).toBe(true);
    await popup.close(); await page.close();
  });
});
