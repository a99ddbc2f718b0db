import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/meilisearch-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The tests share one real Meilisearch; each file uses its own index prefix.
    fileParallelism: true,
  },
});
