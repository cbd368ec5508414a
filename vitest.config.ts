import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Tests never rely on the machine's time zone: every time is formatted in a named zone.
export default defineConfig({
  resolve: {
    alias: { '@': root },
  },
  test: {
    environment: 'node',
    // Compiling MDX with esbuild takes a moment, most of all for a folder of files at once.
    testTimeout: 30_000,
    setupFiles: ['tests/setup/temporary-cache.ts'],
    projects: [
      {
        extends: true,
        // Vitest's default leaves one core idle; unit tests are light enough to use both.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], maxWorkers: '100%' },
      },
      {
        // Checks on the production build's output; run after `next build`.
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
    ],
  },
});
