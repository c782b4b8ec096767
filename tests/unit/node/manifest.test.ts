// Checks the built manifests (npm test builds before unit tests run).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { forBrowser } from '../../../vite.config.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function manifest(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  it('asks only for activeTab, scripting, storage and the context menu; hosts are optional', () => {
    const m = manifest(browser);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('forbids extension pages any network connection and inline script (strict CSP)', () => {
    const csp = (manifest(browser).content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('ships no code that can reach the network (fetch, XHR, sockets, beacons)', () => {
    const dir = `dist/${browser}`;
    const scripts = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
    }
  });

  it('declares a toggle shortcut with a modifier', () => {
    const commands = manifest(browser).commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands['toggle-declutter']?.suggested_key.default).toMatch(/^(Alt|Ctrl|Command)\+/);
  });
});

describe('manifest.json is the source of both built manifests', () => {
  const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Parameters<typeof forBrowser>[0];
  /** The background file names are the bundler's; everything else must be exactly what forBrowser() gives. */
  const withoutBackground = (m: Record<string, unknown>): Record<string, unknown> => ({ ...m, background: undefined });

  it.each(['chrome', 'firefox'] as const)('%s: built manifest = forBrowser(manifest.json)', (browser) => {
    expect(withoutBackground(manifest(browser))).toEqual(withoutBackground(forBrowser(source, browser) as unknown as Record<string, unknown>));
  });

  it('keeps the version in step with package.json, and every __MSG_ key in _locales/en', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(source.version).toBe(pkg.version);
    const messages = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
    const keys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) expect(messages, key).toHaveProperty(key);
    for (const browser of ['chrome', 'firefox'] as const) expect(existsSync(`dist/${browser}/_locales/en/messages.json`)).toBe(true);
  });
});

describe('per-browser background', () => {
  it('gives Chrome a service worker and Firefox background scripts with gecko settings', () => {
    expect(manifest('chrome').background).toMatchObject({ service_worker: expect.any(String) as string });
    const firefox = manifest('firefox');
    expect(firefox.background).toMatchObject({ scripts: [expect.any(String) as string] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String) as string, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
