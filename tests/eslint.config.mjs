import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

// Lives under tests/ to keep the repository's top level to the files the app needs;
// `npm run lint` points ESLint at it, and basePath makes its globs relative to the root.
export default defineConfig([
  { basePath: '..' },
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.bench/**', 'public/pagefind/**']),
]);
