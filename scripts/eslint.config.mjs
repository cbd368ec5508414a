import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/*
 * The layers as lint: app → components → lib, nothing back up (README: Layout);
 * and every link through PageLink, which does not prefetch.
 * Each rule is ESLint's own no-restricted-imports; tests/unit/boundaries.test.ts
 * runs them on small violating files.
 */

const restrictedImports = builtinRules.get('no-restricted-imports');

/** ESLint's no-restricted-imports, for the files that start with 'use client' only. */
const clientImports = {
  meta: { ...restrictedImports.meta, docs: { description: "no-restricted-imports, in 'use client' files only" } },
  create(context) {
    const directives = context.sourceCode.ast.body.filter((statement) => statement.type === 'ExpressionStatement' && statement.directive);
    return directives.some((statement) => statement.directive === 'use client') ? restrictedImports.create(context) : {};
  },
};

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** Modules that read files or compile: the server runs them, never the browser. */
const SERVER_ONLY = {
  regex: '(^@/|/)lib/(content/(load|check|compile-mdx|compile-cache|watch)|share/share-page-files|files/sync-folder)$',
  allowTypeImports: true,
  message: 'runs on the server only (it reads or writes files, or compiles MDX); a client component gets its data as props.',
};

const READS_FILES = 'components/ never reads files: lib/ loads the content and app/ hands it down.';

/** Links go through one component, so none of them prefetches (components/ui/PageLink.tsx). */
const NEXT_LINK = { name: 'next/link', message: 'link with PageLink (components/ui/PageLink), which does not prefetch the page it points to.' };

/** What a component may not import; PageLink itself may import next/link. */
const componentImports = (paths) => [
  'error',
  {
    paths: [...['fs', 'fs/promises', 'node:fs', 'node:fs/promises'].map((name) => ({ name, message: READS_FILES })), ...paths],
    patterns: [{ ...SERVER_ONLY, message: READS_FILES }],
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(react|react-dom|next)(/.*)?$', message: 'lib/ is plain TypeScript: no React or Next (rendering belongs in components/).' },
            { regex: '(^@/|/)components(/|$)', message: 'lib/ must not import components/: components use lib, not the other way.' },
          ],
        },
      ],
    },
  },
  { files: ['components/**'], rules: { 'no-restricted-imports': componentImports([NEXT_LINK]) } },
  { files: ['components/ui/PageLink.tsx'], rules: { 'no-restricted-imports': componentImports([]) } },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', { paths: [NEXT_LINK] }] } },
  {
    plugins: { layers: { rules: { 'client-imports': clientImports } } },
    rules: {
      'layers/client-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'a client component runs in the browser: no Node modules.' })),
          patterns: [{ regex: '^node:', message: 'a client component runs in the browser: no Node modules.' }, SERVER_ONLY],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.bench/**', 'public/pagefind/**']),
]);
