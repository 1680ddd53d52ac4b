import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium (playwright-core) driving the built extension in .output/chrome-mv3, and
 * real Firefox ESR (WebDriver BiDi, tests/e2e/firefox.test.ts) driving .output/firefox-mv2. One file at a time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // Vitest's default of 1 s is too short for waits on IndexedDB or the service worker on a
    // loaded 2-core CI machine; a poll still returns as soon as its condition holds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
