import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './src/manifest.ts';

function targetBrowser(mode: string): TargetBrowser {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`vite mode must be "chrome" or "firefox", got "${mode}"`);
}

export default defineConfig(({ mode }) => {
  const browser = targetBrowser(mode);
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
      // Extension pages load their modules from the package; the preload polyfill would be the bundle's only fetch().
      modulePreload: { polyfill: false },
    },
    server: { cors: { origin: [/chrome-extension:\/\//, /moz-extension:\/\//] } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
