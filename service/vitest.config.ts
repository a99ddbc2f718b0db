import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/stores-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The tests share one real Meilisearch and one real PostgreSQL; each test service has its own indexes and database.
    fileParallelism: true,
  },
});
