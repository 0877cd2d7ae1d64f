import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Finds (or installs once) the Node 24 that the e2e tests run dist/ with.
    globalSetup: ['__tests__/support/node24-setup.ts'],
  },
});
