import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own stack; two at a time fit this 2-core machine.
    maxConcurrency: 1,
    fileParallelism: false,
  },
});
