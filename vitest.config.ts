import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests never rely on the machine's time zone: every time is formatted in a named zone.
export default defineConfig({
  resolve: {
    alias: { '@': path.dirname(fileURLToPath(import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'components/**/*.test.tsx'],
    environment: 'node',
    // Compiling MDX with esbuild takes a moment, most of all for a folder of files at once.
    testTimeout: 30_000,
  },
});
