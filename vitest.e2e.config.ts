import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium (playwright-core) driving the built extension in .output/chrome-mv3. */
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
