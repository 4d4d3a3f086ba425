import { defineConfig } from 'vitest/config';

// Two stages (tests/run.ts runs them): `unit` needs only the sources; `site` runs
// against the built dist/, every page in Node and one page per template in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/data/**/*.test.ts'],
          // Several cases read and check the whole dataset (about 2 s alone); a busy CI runner may take several times that.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/chromium-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: two test files at a time, and up to three pages side by side in a browser test.
          maxWorkers: 2,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
