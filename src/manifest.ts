// One manifest source, emitted per browser: Chrome gets a service worker,
// Firefox gets background scripts plus the gecko settings AMO requires.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** Pinned so the e2e harness can open moz-extension:// pages by a known id. */
export const GECKO_ID = 'declutter@declutter.example';
export const GECKO_MIN_VERSION = '142.0';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export function manifestFor(browser: TargetBrowser) {
  const background =
    browser === 'firefox'
      ? { scripts: ['src/background/main.ts'], type: 'module' as const }
      : { service_worker: 'src/background/main.ts', type: 'module' as const };
  return defineManifest({
    manifest_version: 3,
    name: 'Declutter',
    version: pkg.version,
    description: pkg.description,
    icons: ICONS,
    action: { default_popup: 'src/popup/popup.html', default_title: 'Declutter', default_icon: ICONS },
    background,
    options_ui: { page: 'src/options/options.html', open_in_tab: true },
    // Least privilege: the page is reached through activeTab; hosts only when a
    // reader asks to "always declutter" a site, requested at run time.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*', 'file:///*'],
    commands: {
      'toggle-declutter': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Toggle Declutter on this page',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: GECKO_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '120' }),
  });
}
