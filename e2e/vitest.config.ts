import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real server (embedded database, content imported on first start), the H5
 * build in Debian's Chromium, and the weapp build in a WeChat stand-in. Builds run first when a
 * source is newer than the build output. Run from the repository root:
 *   npx vitest run -c e2e/vitest.config.ts
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: __dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['./support/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
