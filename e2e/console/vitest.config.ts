import { defineConfig } from 'vitest/config';

/**
 * The mediator console in Debian's Chromium against the real server (in process, clock under the
 * test's control) and the fake WeChat. From the repository root:
 *   npx vitest run -c e2e/console/vitest.config.ts
 * Screenshots land in test-output/console/.
 */
export default defineConfig({
  test: {
    root: __dirname,
    include: ['*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
