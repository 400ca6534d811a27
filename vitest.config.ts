import { defineConfig } from 'vitest/config';

const unit = {
  include: ['server/**/*.test.ts', 'web/**/*.test.ts', 'cli/**/*.test.ts'],
  exclude: ['**/*.int.test.ts'],
};
// *.pg.int.test.ts are about PostgreSQL itself (server connections, several processes): they run only there.
const integration = {
  include: ['server/**/*.int.test.ts', 'cli/**/*.int.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// Integration tests run on PGlite always, and once more on PostgreSQL when TEST_DATABASE_URL is set.
const projects = [
  { test: { name: 'unit', ...unit } },
  {
    test: {
      name: 'integration-pglite',
      ...integration,
      exclude: ['**/*.pg.int.test.ts', '**/node_modules/**'],
      env: { TEST_DB: 'pglite' },
    },
  },
  // *.embedded.int.test.ts are about the embedded database itself (its data folder): they run only on PGlite.
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          test: {
            name: 'integration-postgres',
            ...integration,
            exclude: ['**/*.embedded.int.test.ts', '**/node_modules/**'],
            env: { TEST_DB: 'postgres' },
          },
        },
      ]
    : []),
  {
    test: {
      name: 'e2e',
      include: ['e2e/**/*.e2e.test.ts'],
      globalSetup: ['e2e/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  },
];

// In CI a JSON report is written as well, so that .ci/run can print the totals as one plain line.
export default defineConfig({
  test: {
    projects,
    // Most integration and browser tests wait on a database or a browser, so two files at a time keep both cores
    // busy (Vitest would otherwise use one worker on a two-core machine).
    maxWorkers: 2,
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]] : ['default'],
  },
});
