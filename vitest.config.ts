import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,server,client,problems}/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/postgresGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A condition polled for, not a time asserted: a busy machine may take a while to get there.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/postgresGlobalSetup.ts', 'tests/support/clientBuildGlobalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // A condition polled for, not a time asserted: a busy machine may take a while to get there.
          expect: { poll: { timeout: 10_000 } },
          // Each file drives its own Chromium; two cores fit one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
