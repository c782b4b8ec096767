import { defineConfig } from 'vitest/config';

// Unit tests: the engine in plain Node (no DOM globals, so a leak fails the
// test), adapters and UI code in jsdom. End-to-end tests have their own config.
/** The English messages for code that reads them through the browser's i18n API (src/shared/i18n.ts). */
const SETUP = 'tests/support/i18n-setup.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine', include: ['tests/unit/engine/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dom', include: ['tests/unit/dom/**/*.test.ts'], environment: 'jsdom', setupFiles: [SETUP] } },
      { test: { name: 'node', include: ['tests/unit/node/**/*.test.ts'], environment: 'node', testTimeout: 60_000, setupFiles: [SETUP] } },
    ],
  },
});
