import { defineConfig } from 'vitest/config';

// End-to-end tests of the built extension in real Chromium and Firefox ESR.
// One browser at a time: two cores cannot run both well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
