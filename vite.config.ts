// Builds one browser's extension: `vite build --mode chrome|firefox`.
// manifest.json (top level) is the manifest source, written for Chrome;
// forBrowser() applies what Firefox needs instead.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** Pinned so the e2e harness can open moz-extension:// pages by a known id. */
export const GECKO_ID = 'declutter@declutter.example';
const GECKO_MIN_VERSION = '142.0';

type Manifest = typeof manifest;
type FirefoxManifest = Omit<Manifest, 'background' | 'minimum_chrome_version'> & {
  background: { scripts: string[]; type: 'module' };
  browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
};

const CHROME_ONLY = new Set(['background', 'minimum_chrome_version']);

/** Chrome runs the background as a service worker; Firefox as background scripts, with the gecko settings AMO requires. */
export function forBrowser(source: Manifest, browser: TargetBrowser): Manifest | FirefoxManifest {
  if (browser === 'chrome') return source;
  const common = Object.fromEntries(Object.entries(source).filter(([key]) => !CHROME_ONLY.has(key))) as Omit<Manifest, 'background' | 'minimum_chrome_version'>;
  return {
    ...common,
    background: { scripts: [source.background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } } },
  };
}

const LEADING = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_';
const FOLLOWING = `${LEADING}0123456789`;
/** Short names in a fixed order (terser's own base-54/64 numbering). Terser orders them by how often each character
 * occurs in a chunk, and the background chunk holds an id made from the folder it is built in until the plugin writes
 * the content script's path into it: the names, and so the store zips, changed with the folder (npm run package --
 * --verify). */
const FIXED_NAMES = {
  get(n: number): string {
    let name = LEADING.charAt(n % LEADING.length);
    let rest = Math.floor(n / LEADING.length);
    while (rest > 0) {
      rest -= 1;
      name += FOLLOWING.charAt(rest % FOLLOWING.length);
      rest = Math.floor(rest / FOLLOWING.length);
    }
    return name;
  },
};

function targetBrowser(mode: string): TargetBrowser {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`vite mode must be "chrome" or "firefox", got "${mode}"`);
}

export default defineConfig(({ mode }) => {
  const browser = targetBrowser(mode);
  return {
    plugins: [crx({ manifest: forBrowser(manifest, browser) as ManifestV3Export, browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      // terser over the default: the content script, injected into every page decluttered, comes out 6 % smaller.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, ecma: 2020, mangle: { nth_identifier: FIXED_NAMES } },
      sourcemap: false,
      // Extension pages load their modules from the package; the preload polyfill would be the bundle's only fetch().
      modulePreload: { polyfill: false },
    },
    server: { cors: { origin: [/chrome-extension:\/\//, /moz-extension:\/\//] } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
