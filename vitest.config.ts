import { defineConfig } from 'vitest/config';

/**
 * One vitest for the workspace. `server` holds everything that touches the database (it runs again
 * on PostgreSQL in CI); the mini-program and browser suites bring their own configs.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      'miniprogram/vitest.config.{ts,mts}',
      'e2e/vitest.config.{ts,mts}',
    ],
  },
});
