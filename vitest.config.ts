import { defineConfig } from 'vitest/config';

// Two stages: `unit` needs only the sources; `site` runs against the built dist/
// (npm test builds in between), with real Chromium for browser behaviour.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/data/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
