import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Generous limits: the machines are shared, and some tests read 100 MB or
  // the real snapshots; no test asserts a speed.
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
