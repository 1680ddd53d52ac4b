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
  },
});
